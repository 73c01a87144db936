/**
 * Voids in a Li metal anode on stripping: the stripping current against what Li creep can refill at
 * the stack pressure (`voidRefill`), with the yield strength and creep record of Li from the KB.
 */
import type { KbIndex } from '../../../kb/structure';
import type { Electrode } from '../../../kb/schema';
import { isLithiumMetal } from '../../classifier/kb-adapter';
import { representative, shortName } from '../../materials';
import {
  CONTACT_LENGTH_M,
  LITHIUM_CREEP_STRESS_EXPONENT,
  REFERENCE_STRAIN_RATE_PER_S,
  voidRefill,
} from '../void-refill';
import type { CellRisk, RiskGrade } from '../types';
import { fmt, knownRefs } from './shared';

/** j / j_refill above which voiding is marked "watch" (creep then barely keeps up). */
export const REFILL_WATCH_FRACTION = 0.5;

/** The void risk of a design stripping at `currentMAcm2` under `stackPressureMPa`. */
export function voidRisk(
  anode: Electrode,
  currentMAcm2: number,
  stackPressureMPa: number,
  index: KbIndex,
): CellRisk {
  const base = {
    id: 'voids' as const,
    title: 'Voids on stripping',
    place: 'anode' as const,
    model: 'Creep refill of the stripped interface (this view; MODELS.md, Void formation)',
    link: {
      view: 'mechanisms' as const,
      recordId: 'void-formation',
      query: {},
      hash: 'mechanism-void-formation',
      label: 'Read about void formation',
    },
  };
  if (!isLithiumMetal(anode)) {
    return {
      ...base,
      grade: 'low',
      headline: 'no Li metal stripped',
      explanation: `${shortName(anode)} gives up lithium from its host structure rather than stripping a metal, so no voids open at the interface this way. Its contact is governed by its own volume change (see the stack-pressure risk).`,
      numbers: [],
      refs: [],
      notes: [],
    };
  }
  const yieldQ = anode.yieldStrength;
  const sigma = representative(yieldQ);
  if (!yieldQ || sigma === null) {
    return {
      ...base,
      grade: 'watch',
      headline: 'not estimated',
      explanation: `The knowledge base has no yield strength for ${anode.name}, so the creep refill rate cannot be scaled. Voids on stripping remain possible at low stack pressure.`,
      numbers: [],
      refs: [],
      notes: [],
    };
  }
  const r = voidRefill({ stackPressureMPa, strippingCurrentMAcm2: currentMAcm2, referenceStressMPa: sigma });
  if (!r.ok) {
    return {
      ...base,
      grade: 'watch',
      headline: 'not estimated',
      explanation: `The refill estimate needs a positive stack pressure and current: ${r.error}. Without pressure nothing pushes Li back into the interface, so voids are likely.`,
      numbers: [],
      refs: knownRefs(index, yieldQ.refs),
      notes: [],
    };
  }
  const v = r.value;
  const grade: RiskGrade = v.ratio > 1 ? 'high' : v.ratio >= REFILL_WATCH_FRACTION ? 'watch' : 'low';
  const creepRefs = anode.creep?.refs ?? [];
  return {
    ...base,
    grade,
    headline:
      grade === 'high'
        ? 'stripping outruns creep'
        : grade === 'watch'
          ? 'creep barely keeps up'
          : 'creep refills the interface',
    explanation: `At ${fmt(stackPressureMPa, 'MPa')} Li creep can refill the interface at up to about ${fmt(v.refillCurrentMAcm2, 'mA/cm²')}, against ${fmt(currentMAcm2, 'mA/cm²')} stripped (${fmt(v.ratio, '', 2)} of it). Creep rises steeply with pressure (stress exponent ${LITHIUM_CREEP_STRESS_EXPONENT}), so below about the yield strength of Li (${fmt(sigma, 'MPa')}) voids open even at modest currents.`,
    numbers: [
      { label: 'Stack pressure', value: stackPressureMPa, unit: 'MPa', source: 'design', refs: [] },
      { label: 'Stripping current density', value: currentMAcm2, unit: 'mA/cm²', source: 'design', refs: [] },
      {
        label: 'Yield strength of Li σ_ref',
        value: sigma,
        unit: 'MPa',
        source: `knowledge base (${yieldQ.method})`,
        refs: yieldQ.refs,
      },
      {
        label: 'Creep stress exponent n',
        value: LITHIUM_CREEP_STRESS_EXPONENT,
        unit: '',
        source: 'knowledge base creep record (Masias et al.)',
        refs: creepRefs,
      },
      {
        label: 'Strain rate at σ_ref',
        value: REFERENCE_STRAIN_RATE_PER_S,
        unit: '1/s',
        source: 'assumed (quasi-static test rate)',
        refs: [],
      },
      { label: 'Contact length λ', value: CONTACT_LENGTH_M, unit: 'm', source: 'assumed', refs: [] },
      {
        label: 'Creep refill current j_refill',
        value: v.refillCurrentMAcm2,
        unit: 'mA/cm²',
        source: 'computed (creep refill)',
        refs: [],
      },
    ],
    refs: knownRefs(index, yieldQ.refs, creepRefs, ['krauskopf-2019']),
    notes: [
      'Bulk power-law creep is the fastest way Li can reach the interface, so j_refill is an upper bound; measured critical stripping currents are lower.',
    ],
  };
}
