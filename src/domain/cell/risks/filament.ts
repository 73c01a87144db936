/**
 * Lithium filaments through the anode-side electrolyte: the current density against the critical
 * current density, measured where the KB has one, else the flaw model's upper bound (η_c/ASR,
 * Porz et al. 2017) with the inputs the flaw diagram loads; and, beside it, the Monroe–Newman and
 * Ahmad–Viswanathan stiffness criteria with the shear modulus the KB gives.
 */
import type { KbIndex } from '../../../kb/structure';
import type { Electrode, Electrolyte, Quantity } from '../../../kb/schema';
import { isLithiumMetal } from '../../classifier/kb-adapter';
import { loadFlaw, loadMonroeNewman } from '../../mechanism-kb-values';
import { representative, shortName } from '../../materials';
import { ahmadViswanathan, CCD_UPPER_BOUND_CAVEAT, criticalCurrentDensity, monroeNewman } from '../../models';
import { modelInputs, sourceOf } from '../model-inputs';
import type { CellRisk, RiskGrade, RiskNumber } from '../types';
import { fmt, knownRefs } from './shared';

/** Fraction of the critical current density above which a design is marked "watch". */
export const CCD_WATCH_FRACTION = 0.5;

const FLAW_KEYS = ['flawToughness', 'flawDepth', 'flawAsr', 'flawGeometry'] as const;
const MN_KEYS = ['mnShearModulus', 'mnLithiumShearModulus', 'mnVolumeRatio'] as const;

/** The measured critical current density of an electrolyte in the KB, if it records one. */
export function measuredCcdOf(e: Electrolyte): Quantity | null {
  const q = e.criticalCurrentDensity;
  return q && representative(q) !== null ? q : null;
}

/** Grade of a current density against a critical one: ≥ 1 high, ≥ 0.5 watch, else low. */
export function gradeAgainstCcd(currentMAcm2: number, ccdMAcm2: number): RiskGrade {
  const ratio = currentMAcm2 / ccdMAcm2;
  return ratio >= 1 ? 'high' : ratio >= CCD_WATCH_FRACTION ? 'watch' : 'low';
}

/** The filament risk at current density `currentMAcm2` (plating on charge). */
export function filamentRisk(
  e: Electrolyte,
  anode: Electrode,
  currentMAcm2: number,
  index: KbIndex,
): CellRisk {
  const name = shortName(e);
  const base = {
    id: 'filament' as const,
    title: 'Lithium filaments',
    place: 'electrolyte' as const,
    model: 'Critical current density; flaw model (Porz et al. 2017); Monroe–Newman; Ahmad–Viswanathan',
  };
  if (!isLithiumMetal(anode)) {
    return {
      ...base,
      grade: 'low',
      headline: 'no Li metal plated',
      explanation: `${shortName(anode)} stores lithium without plating Li metal in normal operation, so no filament grows from it. The filament models apply to Li metal anodes (or to an anode driven below 0 V).`,
      numbers: [],
      refs: [],
      link: null,
      notes: [],
    };
  }
  const numbers: RiskNumber[] = [
    { label: 'Current density', value: currentMAcm2, unit: 'mA/cm²', source: 'design', refs: [] },
  ];
  const notes: string[] = [];
  const measured = measuredCcdOf(e);
  const flaw = modelInputs(FLAW_KEYS, [loadFlaw(e, index)], {}, { flawMaterial: e.id });
  const fv = flaw.values;
  const bound = criticalCurrentDensity({
    fractureToughnessMPaSqrtM: fv.flawToughness,
    geometryFactor: fv.flawGeometry,
    flawDepthM: fv.flawDepth,
    interfaceAsrOhmCm2: fv.flawAsr,
  });
  let grade: RiskGrade;
  let first: string;
  if (measured) {
    const ccd = representative(measured) as number;
    grade = gradeAgainstCcd(currentMAcm2, ccd);
    numbers.push({
      label: `Measured CCD of ${name}`,
      value: ccd,
      unit: 'mA/cm²',
      source: `knowledge base (${measured.method}${measured.conditions ? `; ${measured.conditions}` : ''})`,
      refs: measured.refs,
    });
    first = `The cell plates at ${fmt(currentMAcm2, 'mA/cm²')} against a measured critical current density of ${fmt(ccd, 'mA/cm²')} for ${name} (${fmt(currentMAcm2 / ccd, '', 2)} of it), so filaments are ${grade === 'high' ? 'expected' : grade === 'watch' ? 'a real possibility' : 'not expected'}.`;
  } else if (bound.ok) {
    const ccd = bound.value.criticalCurrentDensityMilliAmpPerCm2;
    // The flaw estimate is an upper bound: below it, filaments are still possible, never ruled out.
    grade = currentMAcm2 >= ccd ? 'high' : 'watch';

    first = `The knowledge base has no measured critical current density for ${name}; the flaw model bounds it at ${fmt(ccd, 'mA/cm²')}, ${currentMAcm2 >= ccd ? 'below' : 'above'} the ${fmt(currentMAcm2, 'mA/cm²')} the cell plates at.`;
    notes.push(CCD_UPPER_BOUND_CAVEAT);
  } else {
    grade = 'watch';
    first = `No critical current density could be estimated for ${name} (${bound.error}).`;
  }
  if (bound.ok) {
    const k = sourceOf(flaw.loaded.flawToughness);
    numbers.push({
      label: 'Flaw-model CCD bound η_c/ASR',
      value: bound.value.criticalCurrentDensityMilliAmpPerCm2,
      unit: 'mA/cm²',
      source: 'computed (flaw model)',
      refs: [],
    });
    numbers.push(
      { label: `K_Ic of ${name}`, value: fv.flawToughness, unit: 'MPa·m½', ...k },
      {
        label: 'Flaw depth a',
        value: fv.flawDepth,
        unit: 'm',
        source: 'model default (illustrative)',
        refs: [],
      },
      {
        label: 'Interfacial ASR',
        value: fv.flawAsr,
        unit: 'Ω·cm²',
        source: 'model default (illustrative)',
        refs: [],
      },
    );
    if (!flaw.loaded.flawToughness)
      notes.push(`No K_Ic for ${name} in the knowledge base: the flaw model's default is used.`);
  }
  const mnLoad = loadMonroeNewman(e, index);
  const mn = modelInputs(MN_KEYS, [mnLoad], {}, { mnMaterial: e.id });
  let second = '';
  let mnRefs: readonly string[] = [];
  if (mn.loaded.mnShearModulus) {
    const input = {
      electrolyteShearModulusGPa: mn.values.mnShearModulus,
      lithiumShearModulusGPa: mn.values.mnLithiumShearModulus,
    };
    const m = monroeNewman(input);
    const av = ahmadViswanathan({ ...input, partialMolarVolumeRatio: mn.values.mnVolumeRatio });
    const g = sourceOf(mn.loaded.mnShearModulus);
    mnRefs = g.refs;
    numbers.push({ label: `Shear modulus of ${name}`, value: mn.values.mnShearModulus, unit: 'GPa', ...g });
    if (m.ok && av.ok) {
      numbers.push(
        {
          label: 'G_SSE / G_Li',
          value: m.value.modulusRatio,
          unit: '',
          source: 'computed (Monroe–Newman)',
          refs: [],
        },
        {
          label: 'Ahmad–Viswanathan stability number N',
          value: av.value.stabilityNumber,
          unit: '',
          source: 'computed (Ahmad–Viswanathan)',
          refs: [],
        },
      );
      second = ` Its shear modulus is ${fmt(m.value.modulusRatio, '', 2)} × that of Li, which ${m.value.isCriterionMet ? 'passes' : 'fails'} Monroe–Newman, while Ahmad–Viswanathan (v = ${fmt(mn.values.mnVolumeRatio, '', 2)}) finds deposition ${av.value.isStable ? 'stable' : 'unstable'}; stiffness alone does not stop filaments that follow flaws and grain boundaries.`;
    }
  } else {
    second = ` The knowledge base has no shear modulus for ${name}, so the stiffness criteria are not applied.`;
  }
  const headline =
    grade === 'high'
      ? 'above the critical current'
      : grade === 'watch'
        ? 'near or below an upper bound'
        : 'well below the critical current';
  return {
    ...base,
    grade,
    headline,
    explanation: `${first}${second}`,
    numbers,
    refs: knownRefs(
      index,
      measured?.refs,
      ['porz-2017', 'monroe-2005', 'ahmad-2017'],
      flaw.loaded.flawToughness?.refs,
      mnRefs,
    ),
    link: {
      view: 'mechanisms',
      recordId: 'lithium-filaments',
      query: { ...flaw.query, ...mn.query },
      hash: 'model-flaw',
      label: 'Open the flaw and Monroe–Newman models with these inputs',
    },
    notes,
  };
}
