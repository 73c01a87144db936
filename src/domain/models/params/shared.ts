/**
 * Validity limits shared by several models and the edge-crack geometry factor, as plain data (no
 * physics), for the slider specs in this folder and for the models' input checks. Source of Y =
 * 1.12: Tada, Paris & Irwin, The Stress Analysis of Cracks Handbook (3rd ed., 2000).
 */
import { type Limit, limit } from '../spec';

/**
 * Geometry factor Y of a shallow edge (surface) crack in a semi-infinite solid, loaded either by
 * remote tension or, by superposition, by a uniform pressure on its faces: K = 1.12 σ √(πa).
 */
export const EDGE_CRACK_GEOMETRY_FACTOR = 1.12;

/** Shared validity limits (canonical units; display units for messages and sliders). */
export const LIMITS = {
  fractureToughness: limit('Fracture toughness K_Ic', 'MPa·m½', 0, 20, { isMinExclusive: true }),
  flawDepth: limit('Flaw depth', 'm', 1e-9, 1e-3, { displayUnit: 'µm', displayFactor: 1e6 }),
  geometryFactor: limit('Geometry factor Y', '', 0.5, 2),
  lithiumMolarVolume: limit('Li molar volume', 'cm³/mol', 0, 100, { isMinExclusive: true }),
  youngsModulus: limit("Young's modulus", 'GPa', 0, 1000, { isMinExclusive: true }),
  poissonRatio: limit("Poisson's ratio", '', 0, 0.499),
  volumeChange: limit('Volume change ΔV/V', '%', -50, 400),
  electrolyteThickness: limit('Electrolyte thickness', 'm', 1e-7, 1e-2, {
    displayUnit: 'µm',
    displayFactor: 1e6,
  }),
} satisfies Record<string, Limit>;

/** Relabels a shared limit for a specific role, e.g. "Matrix Young's modulus". */
export function relabel(lim: Limit, label: string): Limit {
  return { ...lim, label };
}
