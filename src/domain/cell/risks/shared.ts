/**
 * Helpers the risk modules share: the window source used across the cell, reference filtering
 * and number formatting for the explanations.
 */
import type { KbIndex } from '../../../kb/structure';
import type { Electrolyte, Phase, StabilityWindow, WindowSource } from '../../../kb/schema';
import { preferredComputedWindow } from '../../classifier/kb-adapter';
import { formatNumber } from '../../format';

/** The window source the cell uses first: the classifier's default (Zhu et al. 2015). */
export const CELL_WINDOW_SOURCE: WindowSource = 'zhu2015';

/**
 * The window of a material for the cell: the one from `source` when the material has it, else its
 * preferred computed one, else its first; null when it has none. `isSubstitute` says when another
 * source had to stand in (the explanation then names it).
 */
export function windowFor(
  m: Pick<Electrolyte | Phase, 'windows'>,
  source: WindowSource = CELL_WINDOW_SOURCE,
): { window: StabilityWindow; isSubstitute: boolean } | null {
  const own = m.windows.find((w) => w.source === source);
  if (own) return { window: own, isSubstitute: false };
  const other = preferredComputedWindow(m as Electrolyte) ?? m.windows[0];
  return other ? { window: other, isSubstitute: true } : null;
}

/** The ids of `refs` that the KB holds, without repeats, in order. */
export function knownRefs(index: KbIndex, ...lists: (readonly string[] | undefined)[]): string[] {
  const out: string[] = [];
  for (const list of lists) {
    for (const id of list ?? []) if (index.references.has(id) && !out.includes(id)) out.push(id);
  }
  return out;
}

/** A number with its unit for a sentence ("0.5 mA/cm²"). */
export function fmt(value: number, unit = '', digits = 3): string {
  const n = formatNumber(value, digits);
  return unit === '' ? n : unit === '%' ? `${n} %` : `${n} ${unit}`;
}
