/**
 * The cathode side: is the cathode-side electrolyte oxidised at the charge cut-off (its window, the
 * same test as the stability-window view), and, with a coating, is the coating itself stable there,
 * so that it closes the gap? Windows from different sources are never mixed: the coating is read
 * from the electrolyte's source when it has one.
 */
import type { KbIndex } from '../../../kb/structure';
import type { Electrode, Electrolyte, Phase } from '../../../kb/schema';
import { isOxidisedAt } from '../../electrode-overlay';
import { shortName } from '../../materials';
import type { CellRisk, RiskGrade, RiskNumber } from '../types';
import { CELL_WINDOW_SOURCE, fmt, knownRefs, windowFor } from './shared';

/** The cathode-side oxidation risk at cut-off `cutoffV`. */
export function cathodeOxidationRisk(
  e: Electrolyte,
  coating: Phase | null,
  cathode: Electrode,
  cutoffV: number,
  cutoffBasis: string,
  index: KbIndex,
): CellRisk {
  const name = shortName(e);
  const cathodeName = shortName(cathode);
  const ew = windowFor(e, CELL_WINDOW_SOURCE);
  const numbers: RiskNumber[] = [
    {
      label: `Cut-off of ${cathodeName}`,
      value: cutoffV,
      unit: 'V',
      source: cutoffBasis,
      refs: cutoffBasis.includes('knowledge base') ? (cathode.cutoffPotential?.refs ?? []) : [],
    },
  ];
  const base = {
    id: 'cathode-oxidation' as const,
    title: 'Cathode interface',
    place: 'cathode-interface' as const,
    model: 'Electrochemical stability window (Zhu et al. 2015; Richards et al. 2016)',
  };
  const query: Record<string, string> = { cathode: cathode.id };
  if (Math.abs(cutoffV - (cathode.cutoffPotential?.value ?? Number.NaN)) > 1e-9) query.vc = String(cutoffV);
  if (!ew) {
    return {
      ...base,
      grade: 'watch',
      headline: 'no window',
      explanation: `The knowledge base has no stability window for ${name}, so its oxidation at ${fmt(cutoffV, 'V')} cannot be judged. Treat the cathode interface as untested.`,
      numbers,
      refs: [],
      link: { view: 'windows', recordId: null, query, hash: null, label: 'Open the stability windows' },
      notes: [],
    };
  }
  const w = ew.window;
  query.wsrc = w.source;
  const isOxidised = isOxidisedAt(w, cutoffV);
  numbers.push({
    label: `Oxidation limit of ${name} (${w.label})`,
    value: w.oxidationV,
    unit: 'V',
    source: `knowledge base (${w.method})`,
    refs: w.refs,
  });
  const notes: string[] = ew.isSubstitute
    ? [`${name} has no ${CELL_WINDOW_SOURCE} window; the ${w.label} window is used.`]
    : [];
  let grade: RiskGrade = isOxidised ? 'high' : 'low';
  const first = isOxidised
    ? `${name} is oxidised at the ${fmt(cutoffV, 'V')} cut-off: its window (${w.label}) ends at ${fmt(w.oxidationV, 'V')}, ${fmt(cutoffV - w.oxidationV, 'V', 2)} below it.`
    : `${name} is stable at the ${fmt(cutoffV, 'V')} cut-off: its window (${w.label}) reaches ${fmt(w.oxidationV, 'V')}.`;
  let second = isOxidised
    ? ' Without a coating the electrolyte decomposes against the charged cathode and the interface resistance grows.'
    : ' No coating is needed against oxidation on this window.';
  let headline = isOxidised ? 'oxidised at cut-off' : 'stable at cut-off';
  let coatingRefs: readonly string[] = [];
  if (coating) {
    const cw = windowFor(coating, w.source);
    const coatingName = shortName(coating);
    if (!cw) {
      grade = isOxidised ? 'watch' : grade;
      second = ` The knowledge base has no window for ${coatingName}, so whether it closes the gap is not known.`;
    } else {
      coatingRefs = cw.window.refs;
      const coatingOxidised = isOxidisedAt(cw.window, cutoffV);
      numbers.push({
        label: `Oxidation limit of ${coatingName} (${cw.window.label})`,
        value: cw.window.oxidationV,
        unit: 'V',
        source: `knowledge base (${cw.window.method})`,
        refs: cw.window.refs,
      });
      if (cw.isSubstitute)
        notes.push(`${coatingName} has no ${w.label} window; its ${cw.window.label} window is used.`);
      if (isOxidised) {
        grade = coatingOxidised ? 'high' : 'low';
        headline = coatingOxidised ? 'coating oxidised too' : 'coating closes the gap';
        second = coatingOxidised
          ? ` ${coatingName} does not close the gap: its own window (${cw.window.label}) ends at ${fmt(cw.window.oxidationV, 'V')}, also below the cut-off.`
          : ` ${coatingName} closes the gap: its window (${cw.window.label}) reaches ${fmt(cw.window.oxidationV, 'V')}, above the cut-off, so it separates the electrolyte from the charged cathode.`;
      } else {
        second = ` The ${coatingName} coating is ${coatingOxidised ? 'itself oxidised at this cut-off' : 'stable too'}, so it is not needed against oxidation here.`;
        if (coatingOxidised) grade = 'watch';
      }
    }
  }
  return {
    ...base,
    grade,
    headline,
    explanation: `${first}${second}`,
    numbers,
    refs: knownRefs(index, cathode.cutoffPotential?.refs, w.refs, coatingRefs),
    link: {
      view: 'windows',
      recordId: null,
      query,
      hash: null,
      label: 'Open the stability windows at this cut-off',
    },
    notes,
  };
}
