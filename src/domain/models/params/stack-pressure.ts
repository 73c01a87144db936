/**
 * Slider specs, validity limits and defaults of the stack-pressure model, with its electrode
 * presets, as plain data (no physics). The URL table (src/domain/mechanism-params.ts) reads its
 * defaults and ranges from here, so the models stay out of the initial bundle; the model file
 * imports the same limits for its input checks.
 */
import { limit, type ParamSpec, paramSpec } from '../spec';
import { LIMITS, relabel } from './shared';

export const STACK_LIMITS = {
  layerThicknessM: limit('Electrode thickness', 'm', 1e-7, 1e-2, { displayUnit: 'µm', displayFactor: 1e6 }),
  activeVolumeFraction: limit('Active volume fraction φ', '', 0, 1, { isMinExclusive: true }),
  volumeChangeOnChargePct: relabel(LIMITS.volumeChange, 'Volume change on charge ΔV/V'),
  utilization: limit('Utilization u', '', 0, 1, { isMinExclusive: true }),
  separatorThicknessM: limit('Separator thickness', 'm', 0, 1e-2, { displayUnit: 'µm', displayFactor: 1e6 }),
  stackModulusGPa: limit('Effective stack modulus E_eff', 'GPa', 0, 1000, { isMinExclusive: true }),
  initialPressureMPa: limit('Initial stack pressure p₀', 'MPa', 0, 1000),
  volumeToThicknessFactor: limit('Volume-to-thickness factor f', '', 0, 1, { isMinExclusive: true }),
  stateOfCharge: limit('State of charge', '', 0, 1),
};

/** One electrode layer (plain data the view can fill from the knowledge base). */
export interface ElectrodeLayerInput {
  /** Layer thickness at SOC 0, m. */
  thicknessM: number;
  /** Volume fraction φ of active material in the layer (1 for a metal foil). */
  activeVolumeFraction: number;
  /** Free volume change of the active material between SOC 0 and full lithiation/delithiation, %. */
  volumeChangeOnChargePct: number;
  /** Fraction u of that full change reached at SOC 1 (default 1; < 1 for an excess In foil). */
  utilization?: number;
}

/** A preset electrode layer with its provenance. */
export interface ElectrodeLayerPreset extends ElectrodeLayerInput {
  label: string;
  note: string;
}

/**
 * Anode presets, capacity-matched (≈ 3 mAh/cm²) to `STACK_CATHODE_PRESETS.nmc` (60 µm, φ = 0.6).
 */
export const STACK_ANODE_PRESETS = {
  indium: {
    label: 'In foil (In → LiIn)',
    thicknessM: 100e-6,
    activeVolumeFraction: 1,
    volumeChangeOnChargePct: 50,
    utilization: 0.18,
    note:
      'In → LiIn ≈ +50 %, our estimate from molar volumes (In 15.7 cm³/mol; LiIn ≈ 23.5 cm³/mol, NaTl-type, ' +
      'a ≈ 6.78 Å). A 100 µm foil is in excess: 3 mAh/cm² converts ≈ 18 µm of In (u ≈ 0.18).',
  },
  lto: {
    label: 'Li₄Ti₅O₁₂ composite',
    thicknessM: 80e-6,
    activeVolumeFraction: 0.6,
    volumeChangeOnChargePct: 0.2,
    note: '"Zero-strain" LTO: |ΔV| ≈ 0.2 % (Ohzuku et al. 1995); the sign differs between reports.',
  },
  graphite: {
    label: 'Graphite composite',
    thicknessM: 60e-6,
    activeVolumeFraction: 0.6,
    volumeChangeOnChargePct: 10,
    note: 'C → LiC₆ ≈ +10 % (c-axis 3.35 → 3.70 Å; Koerver et al. 2018).',
  },
  silicon: {
    label: 'Si composite',
    thicknessM: 10e-6,
    activeVolumeFraction: 0.4,
    volumeChangeOnChargePct: 280,
    note: 'Si → Li₁₅Si₄ ≈ +280 % (Obrovac & Christensen 2004).',
  },
} as const satisfies Record<string, ElectrodeLayerPreset>;

/** Cathode presets (the layer geometry of NMC is used for every cathode of the knowledge base). */
export const STACK_CATHODE_PRESETS = {
  lco: {
    label: 'LCO composite (charge: delithiation to Li₀.₅CoO₂)',
    thicknessM: 60e-6,
    activeVolumeFraction: 0.6,
    volumeChangeOnChargePct: 1.5,
    note: 'LCO expands ≈ 1–2 % on delithiation to Li₀.₅CoO₂ (c-axis expansion); 1.5 % is the midpoint.',
  },
  nmc: {
    label: 'NMC composite (charge: delithiation)',
    thicknessM: 60e-6,
    activeVolumeFraction: 0.6,
    volumeChangeOnChargePct: -5,
    note: 'NMC contracts ≈ 2–7 % on delithiation (Koerver et al. 2017, 2018); −5 % representative of NMC811.',
  },
} as const satisfies Record<string, ElectrodeLayerPreset>;

/**
 * Cell-level defaults: a 500 µm lab pellet separator, p₀ = 10 MPa, and E_eff = 0.09 GPa, calibrated
 * (MODELS.md) so that the In | LCO cell of these presets rises by the ≈ 1.25 MPa that Zhang et al.
 * 2017 measured for an In anode against LCO; E_eff is a fit of cell plus fixture, not a material
 * property.
 */
export const STACK_DEFAULTS = {
  separatorThicknessM: 500e-6,
  stackModulusGPa: 0.09,
  initialPressureMPa: 10,
  volumeToThicknessFactor: 1,
} as const;

/** The measurement the default E_eff is fitted to: Δp on charge of In | LCO, MPa (Zhang et al. 2017). */
export const STACK_CALIBRATION = {
  anode: 'indium',
  cathode: 'lco',
  pressureChangeMPa: 1.25,
  ref: 'zhang-2017a',
} as const;

export const STACK_PRESSURE_PARAMS: readonly ParamSpec[] = [
  paramSpec('separatorThicknessM', STACK_LIMITS.separatorThicknessM, {
    min: 2e-5,
    max: 1e-3,
    step: 1e-5,
    default: STACK_DEFAULTS.separatorThicknessM,
    isLogScale: false,
    description: 'Solid-electrolyte separator thickness.',
  }),
  paramSpec('stackModulusGPa', STACK_LIMITS.stackModulusGPa, {
    min: 0.01,
    max: 30,
    step: 0.05,
    default: STACK_DEFAULTS.stackModulusGPa,
    isLogScale: true,
    description:
      'Effective stiffness of cell and fixture (fit parameter; 0.09 GPa fits Zhang 2017 In | LCO).',
  }),
  paramSpec('initialPressureMPa', STACK_LIMITS.initialPressureMPa, {
    min: 0,
    max: 100,
    step: 1,
    default: STACK_DEFAULTS.initialPressureMPa,
    isLogScale: false,
    description: 'Stack pressure applied at assembly (SOC 0).',
  }),
  paramSpec('volumeToThicknessFactor', STACK_LIMITS.volumeToThicknessFactor, {
    min: 1 / 3,
    max: 1,
    step: 0.01,
    default: STACK_DEFAULTS.volumeToThicknessFactor,
    isLogScale: false,
    description: '1: laterally constrained layers; 1/3: free isotropic expansion.',
  }),
];
