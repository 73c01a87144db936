/**
 * Rows of the classification table: every electrolyte of the knowledge base against Li metal and
 * against one cathode, with the experimental type and the comparison. Pure; no React.
 */
import type { Electrode, Electrolyte, Phase, StabilityWindow, WindowSource } from '../../kb/schema';
import { shortName } from '../materials';
import type { ModelResult } from '../models/result';
import { compareWithExperiment, type ExperimentComparison } from './experiment';
import { classifyAgainstElectrode, type TechniqueNames } from './kb-adapter';
import type { ClassifierOptions, ClassifierResult } from './types';

/** A classification, or the message naming what is wrong (bad data never crashes the view). */
export type Outcome = ModelResult<ClassifierResult>;

export interface ClassificationRow {
  id: string;
  name: string;
  /** Short display name ("LGPS"). */
  shortName: string;
  formula: string;
  /** The electrolyte's window of the chosen source (the one every prediction uses), or null. */
  window: StabilityWindow | null;
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
  techniques: TechniqueNames = new Map(),
): ClassificationRow[] {
  return electrolytes.map((e) => {
    const names = { electrolyte: shortName(e) };
    const againstLithium: Outcome = lithium
      ? classifyAgainstElectrode(e, lithium, source, phases, options, names, techniques)
      : { ok: false, error: 'no Li metal electrode in the knowledge base' };
    const observed = e.interfaceWithLi?.type ?? null;
    return {
      id: e.id,
      name: e.name,
      shortName: names.electrolyte,
      formula: e.formula,
      window: e.windows.find((w) => w.source === source) ?? null,
      againstLithium,
      observed,
      comparison: againstLithium.ok
        ? compareWithExperiment(againstLithium.value, observed ?? undefined)
        : null,
      againstCathode: cathode
        ? classifyAgainstElectrode(e, cathode, source, phases, options, names, techniques)
        : null,
    };
  });
}

export const TABLE_SORT_KEYS = ['name', 'li', 'exp', 'agree', 'cathode'] as const;
export type TableSortKey = (typeof TABLE_SORT_KEYS)[number];

/** Rank of a verdict for sorting: types 1, 2, 3, then undetermined, then errors and absent rows. */
function verdictRank(o: Outcome | null): number {
  if (!o?.ok) return 5;
  return o.value.verdict === 'undetermined' ? 4 : o.value.verdict;
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
