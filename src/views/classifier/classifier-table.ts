/**
 * Rows of the classification table: every electrolyte of the knowledge base against Li metal and
 * against one cathode, with the experimental type and the comparison. Pure; no React.
 */
import {
  type ClassifierOptions,
  type ClassifierResult,
  classifyAgainstElectrode,
  compareWithExperiment,
  type ExperimentComparison,
} from '../../domain/classifier';
import type { Electrode, Electrolyte, Phase, WindowSource } from '../../kb/schema';

/** A classification, or the message of a classifier error (bad data never crashes the view). */
export type Outcome = { ok: true; result: ClassifierResult } | { ok: false; error: string };

/** Runs a classification and turns a thrown error into an outcome with its message. */
export function classifySafely(run: () => ClassifierResult): Outcome {
  try {
    return { ok: true, result: run() };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

export interface ClassificationRow {
  id: string;
  name: string;
  /** Short display name ("LGPS"). */
  shortName: string;
  formula: string;
  againstLithium: Outcome;
  /** Experimental type against Li metal, when recorded. */
  observed: 1 | 2 | 3 | null;
  comparison: ExperimentComparison | null;
  againstCathode: Outcome | null;
}

export function classificationRows(
  electrolytes: readonly Electrolyte[],
  lithium: Electrode | undefined,
  cathode: Electrode | undefined,
  source: WindowSource,
  phases: ReadonlyMap<string, Phase>,
  options: ClassifierOptions,
  shortNameOf: (e: Electrolyte) => string = (e) => e.name,
): ClassificationRow[] {
  return electrolytes.map((e) => {
    const names = { electrolyte: shortNameOf(e) };
    const againstLithium: Outcome = lithium
      ? classifySafely(() => classifyAgainstElectrode(e, lithium, source, phases, options, names))
      : { ok: false, error: 'no Li metal electrode in the knowledge base' };
    const observed = e.interfaceWithLi?.type ?? null;
    return {
      id: e.id,
      name: e.name,
      shortName: names.electrolyte,
      formula: e.formula,
      againstLithium,
      observed,
      comparison: againstLithium.ok
        ? compareWithExperiment(againstLithium.result, observed ?? undefined)
        : null,
      againstCathode: cathode
        ? classifySafely(() => classifyAgainstElectrode(e, cathode, source, phases, options, names))
        : null,
    };
  });
}

export const TABLE_SORT_KEYS = ['name', 'li', 'exp', 'agree', 'cathode'] as const;
export type TableSortKey = (typeof TABLE_SORT_KEYS)[number];

/** Rank of a verdict for sorting: types 1, 2, 3, then undetermined, then errors and absent rows. */
function verdictRank(o: Outcome | null): number {
  if (!o?.ok) return 5;
  return o.result.verdict === 'undetermined' ? 4 : o.result.verdict;
}

const AGREEMENT_RANK: Record<ExperimentComparison['status'], number> = {
  agrees: 0,
  disagrees: 1,
  undetermined: 2,
  'no-observation': 3,
};

function rank(row: ClassificationRow, key: TableSortKey): number | string {
  switch (key) {
    case 'name':
      return row.name.toLowerCase();
    case 'li':
      return verdictRank(row.againstLithium);
    case 'exp':
      return row.observed ?? 4;
    case 'agree':
      return row.comparison ? AGREEMENT_RANK[row.comparison.status] : 4;
    case 'cathode':
      return verdictRank(row.againstCathode);
  }
}

/** Sorts by one column (ties by name, always ascending); returns a new array. */
export function sortClassificationRows(
  rows: readonly ClassificationRow[],
  key: TableSortKey,
  descending: boolean,
): ClassificationRow[] {
  const dir = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const ra = rank(a, key);
    const rb = rank(b, key);
    if (ra < rb) return -dir;
    if (ra > rb) return dir;
    return a.name.localeCompare(b.name);
  });
}
