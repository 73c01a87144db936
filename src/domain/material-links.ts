/**
 * Where a material page leads: each mechanism it suffers opens the mechanism's topic page with the
 * diagrams that explain it loaded with this material (LLZO → the filament page with LLZO in the
 * Monroe–Newman, flaw and leakage diagrams, which shows why it is penetrated although its shear
 * modulus passes Monroe–Newman).
 */
import type { AppParams } from './app-params';

/** The diagram settings that load a material into the diagrams of a mechanism. */
const DIAGRAM_KEYS: Record<string, readonly (keyof AppParams)[]> = {
  'filament-growth': ['mnMaterial', 'flawMaterial', 'leakMaterial'],
  'interphase-growth': ['growthMaterial'],
  'interphase-fracture': ['fractureMaterial'],
  'sse-microcracking': ['misfitMatrix'],
  'particle-delamination': ['misfitMatrix'],
};

/** The settings a link to mechanism `mechanismId` carries for material `materialId`. */
export function mechanismDiagramParams(mechanismId: string, materialId: string): Partial<AppParams> {
  return Object.fromEntries(
    (DIAGRAM_KEYS[mechanismId] ?? []).map((k) => [k, materialId]),
  ) as Partial<AppParams>;
}
