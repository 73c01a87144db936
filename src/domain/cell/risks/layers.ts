/**
 * The internal interface of a bilayer electrolyte (e.g. a sulfide against the anode, an oxide
 * against the cathode): the two layers touch at one potential, somewhere between the anode's and
 * the cathode's, and both are stable there only if their windows overlap. The test is the
 * stability-window view's (`verdictOf` of each window at one potential), on windows of one source
 * (never mixed). Reactions without electron transfer between the two solids are not in the
 * knowledge base, and the risk says so.
 */
import type { KbIndex } from '../../../kb/structure';
import type { Electrolyte, StabilityWindow, WindowSource } from '../../../kb/schema';
import { verdictOf } from '../../electrode-overlay';
import { shortName } from '../../materials';
import type { CellRisk, RiskNumber } from '../types';
import { CELL_WINDOW_SOURCE, fmt, knownRefs } from './shared';

/** Window sources in the order the cell prefers them (the classifier's default first). */
const SOURCE_ORDER: readonly WindowSource[] = [
  CELL_WINDOW_SOURCE,
  'richards2016',
  'other-calculation',
  'experiment',
];

/** The first source (in `SOURCE_ORDER`) that both layers have a window from, with both windows. */
export function commonWindows(
  a: Pick<Electrolyte, 'windows'>,
  b: Pick<Electrolyte, 'windows'>,
): { source: WindowSource; a: StabilityWindow; b: StabilityWindow } | null {
  for (const source of SOURCE_ORDER) {
    const wa = a.windows.find((w) => w.source === source);
    const wb = b.windows.find((w) => w.source === source);
    if (wa && wb) return { source, a: wa, b: wb };
  }
  return null;
}

/**
 * The potentials at which both windows are stable, [low, high] in V vs Li/Li+, or null when there
 * is none. Each end is checked with the windows view's own test at that potential.
 */
export function sharedStableRange(a: StabilityWindow, b: StabilityWindow): [number, number] | null {
  const low = Math.max(a.reductionV, b.reductionV);
  const high = Math.min(a.oxidationV, b.oxidationV);
  const stableAt = (u: number) => verdictOf(a, u, u) === 'stable' && verdictOf(b, u, u) === 'stable';
  return stableAt(low) && stableAt(high) ? [low, high] : null;
}

function sourcesOf(e: Pick<Electrolyte, 'windows'>): string {
  return e.windows.length === 0 ? 'none' : e.windows.map((w) => w.label).join(', ');
}

/** The risk at the interface between the anode-side layer `a` and the cathode-side layer `b`. */
export function layerInterfaceRisk(a: Electrolyte, b: Electrolyte, index: KbIndex): CellRisk {
  const nameA = shortName(a);
  const nameB = shortName(b);
  const chemicalNote = `The knowledge base records no chemical reaction between ${nameA} and ${nameB} (one that needs no electron transfer, such as an exchange of sulfur and oxygen); only their electrochemical windows are compared.`;
  const base = {
    id: 'layer-interface' as const,
    title: 'Interface between the electrolyte layers',
    place: 'electrolyte-interface' as const,
    model:
      'Electrochemical stability windows of both layers at one potential (Zhu et al. 2015; Richards et al. 2016)',
  };
  const pair = commonWindows(a, b);
  if (!pair) {
    return {
      ...base,
      grade: 'watch',
      headline: 'no data for this pair',
      explanation: `The knowledge base has no windows of ${nameA} and ${nameB} from one source (${nameA}: ${sourcesOf(a)}; ${nameB}: ${sourcesOf(b)}), and windows of different sources are never compared, so whether the two layers are stable against each other is not known. Treat their interface as untested.`,
      numbers: [],
      refs: knownRefs(
        index,
        a.windows.flatMap((w) => w.refs),
        b.windows.flatMap((w) => w.refs),
      ),
      link: {
        view: 'windows',
        recordId: null,
        query: {},
        hash: null,
        label: 'Open the stability windows',
      },
      notes: [chemicalNote],
    };
  }
  const { source, a: wa, b: wb } = pair;
  const numbers: RiskNumber[] = [
    ...[
      [nameA, wa],
      [nameB, wb],
    ].flatMap(([name, w]) => {
      const win = w as StabilityWindow;
      return [
        {
          label: `Reduction limit of ${name as string} (${win.label})`,
          value: win.reductionV,
          unit: 'V',
          source: `knowledge base (${win.method})`,
          refs: win.refs,
        },
        {
          label: `Oxidation limit of ${name as string} (${win.label})`,
          value: win.oxidationV,
          unit: 'V',
          source: `knowledge base (${win.method})`,
          refs: win.refs,
        },
      ];
    }),
  ];
  const range = sharedStableRange(wa, wb);
  const link = {
    view: 'windows' as const,
    recordId: null,
    query: { wsrc: source },
    hash: null,
    label: `Open the stability windows (${wa.label})`,
  };
  const refs = knownRefs(index, wa.refs, wb.refs);
  if (!range) {
    const [lower, upper] = wa.oxidationV < wb.reductionV ? [nameA, nameB] : [nameB, nameA];
    const gap = Math.max(wb.reductionV - wa.oxidationV, wa.reductionV - wb.oxidationV);
    return {
      ...base,
      grade: 'high',
      headline: 'no common window',
      explanation: `The windows of ${nameA} and ${nameB} (${wa.label}) do not overlap: ${upper} is reduced below ${fmt(Math.max(wa.reductionV, wb.reductionV), 'V')} and ${lower} oxidised above ${fmt(Math.min(wa.oxidationV, wb.oxidationV), 'V')}, a gap of ${fmt(gap, 'V', 2)}. At whatever potential their interface sits, one of the two layers decomposes there.`,
      numbers,
      refs,
      link,
      notes: [chemicalNote],
    };
  }
  numbers.push(
    {
      label: 'Lowest potential at which both layers are stable',
      value: range[0],
      unit: 'V',
      source: 'computed (overlap of the two windows)',
      refs: [],
    },
    {
      label: 'Highest potential at which both layers are stable',
      value: range[1],
      unit: 'V',
      source: 'computed (overlap of the two windows)',
      refs: [],
    },
  );
  return {
    ...base,
    grade: 'low',
    headline: 'windows overlap',
    explanation: `The windows of ${nameA} and ${nameB} (${wa.label}) overlap from ${fmt(range[0], 'V')} to ${fmt(range[1], 'V')}: if their interface sits in that range, neither layer is reduced or oxidised by the other. Each layer's outer face is judged separately (the anode and cathode interfaces).`,
    numbers,
    refs,
    link,
    notes: [chemicalNote],
  };
}
