/** Display words for verdicts (text and a glyph, so colour is never the only cue). Pure. */
import type { InterfaceVerdict, VerdictBasis } from '../../../domain/classifier';

export const VERDICT_LABEL: Record<`${InterfaceVerdict}`, { title: string; short: string; glyph: string }> = {
  '1': { title: 'Type 1', short: 'stable, no interphase', glyph: '=' },
  '2': { title: 'Type 2', short: 'mixed conductor, keeps growing', glyph: '↻' },
  '3': { title: 'Type 3', short: 'Li⁺ conductor, self-limiting', glyph: '⊣' },
  undetermined: { title: 'Undetermined', short: 'not enough data', glyph: '?' },
};

export function verdictKey(v: InterfaceVerdict): `${InterfaceVerdict}` {
  return String(v) as `${InterfaceVerdict}`;
}

/** "0.104", or "0.198 to 1" for bounds, or null. */
export function fractionText(phi: number | null, bounds: { min: number; max: number } | null): string | null {
  if (phi !== null) return phi.toFixed(3);
  if (bounds)
    return bounds.min === bounds.max
      ? bounds.min.toFixed(3)
      : `${bounds.min.toFixed(3)} to ${bounds.max.toFixed(3)}`;
  return null;
}

/** Words for the criterion that decided a verdict. */
export const BASIS_LABEL: Record<VerdictBasis, string> = {
  window: 'inside the window',
  'kinetic-stabilisation': 'small driving force',
  'framework-reduction': 'framework cation reduced',
  percolation: 'conducting fraction',
  'percolation-bounds': 'conducting fraction (bounds)',
};
