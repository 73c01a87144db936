/**
 * The anode interface: the interface type of the anode-side electrolyte against the anode (the
 * classifier, the same call as the classifier view) and how far its interphase grows over the
 * cell's life (the interphase growth model with the inputs its diagram loads from the KB).
 */
import type { KbIndex } from '../../../kb/structure';
import type { Electrode, Electrolyte } from '../../../kb/schema';
import { classifyAgainstElectrode } from '../../classifier/kb-adapter';
import type { ClassifierResult } from '../../classifier/types';
import { loadGrowth } from '../../mechanism-kb-values';
import { shortName } from '../../materials';
import { GROWTH_TIME_PARAM, type InterphaseGrowthInput, interphaseGrowth } from '../../models';
import { modelInputs, sourceOf } from '../model-inputs';
import type { CellRisk, RiskGrade, RiskNumber } from '../types';
import { CELL_WINDOW_SOURCE, fmt, knownRefs, windowFor } from './shared';

/** The cell's life for the growth estimate: one year, the end of the growth diagram's time axis. */
export const CELL_LIFE_S = GROWTH_TIME_PARAM.max;

const GROWTH_KEYS = [
  'growthIonic',
  'growthElectronic',
  'growthDrivingForce',
  'growthMolarVolume',
  'growthSaturation',
  'growthTimeConstant',
  'growthTime',
] as const;

/** The classifier's verdict for an electrolyte against an anode (as the classifier view computes it). */
export function classifyAnodeSide(e: Electrolyte, anode: Electrode, index: KbIndex) {
  const source = windowFor(e, CELL_WINDOW_SOURCE)?.window.source ?? CELL_WINDOW_SOURCE;
  const result = classifyAgainstElectrode(
    e,
    anode,
    source,
    index.phases,
    {},
    { electrolyte: shortName(e), electrode: shortName(anode) },
    index.techniques,
  );
  return { source, result };
}

function gradeOf(r: ClassifierResult): RiskGrade {
  if (r.verdict === 1) return 'low';
  if (r.verdict === 2) return 'high';
  return 'watch';
}

/** The interface-type and growth risk at the anode. */
export function anodeInterfaceRisk(e: Electrolyte, anode: Electrode, index: KbIndex): CellRisk {
  const { source, result } = classifyAnodeSide(e, anode, index);
  const name = shortName(e);
  const anodeName = shortName(anode);
  const link = {
    view: 'classifier' as const,
    recordId: null,
    query: { sel: e.id, cele: anode.id, ...(source !== 'zhu2015' ? { csrc: source } : {}) },
    hash: null,
    label: `Open the classifier for ${name} against ${anodeName}`,
  };
  if (!result.ok) {
    return {
      id: 'anode-interface',
      title: 'Anode interface',
      place: 'anode-interface',
      grade: 'watch',
      headline: 'not classified',
      explanation: `The classifier could not assess ${name} against ${anodeName}: ${result.error}. Without a verdict the interface is marked for attention.`,
      model: 'Interface classifier (types 1–3, Lewis et al. 2019)',
      numbers: [],
      refs: knownRefs(index, ['lewis-2019']),
      link,
      notes: [],
    };
  }
  const r = result.value;
  const w = windowFor(e, source)?.window;
  const numbers: RiskNumber[] = [];
  const potential = r.steps.find((s) => s.id === 'potential');
  if (potential && potential.id === 'potential' && potential.potentialV !== null) {
    numbers.push({
      label: `Potential of ${anodeName}`,
      value: potential.potentialV,
      unit: 'V',
      source: `knowledge base (${potential.basis ?? 'working potential'})`,
      refs: anode.potential.refs,
    });
  }
  if (w) {
    numbers.push({
      label: `Reduction limit of ${name} (${w.label})`,
      value: w.reductionV,
      unit: 'V',
      source: `knowledge base (${w.method})`,
      refs: w.refs,
    });
  }
  if (r.electronicFraction !== null) {
    numbers.push({
      label: 'Electronically conducting volume fraction φ_e of the products',
      value: r.electronicFraction,
      unit: '',
      source: 'computed by the classifier',
      refs: [],
    });
    numbers.push({
      label: 'Percolation threshold φ_c',
      value: r.threshold,
      unit: '',
      source: 'classifier default',
      refs: [],
    });
  }
  const verdictStep = r.trace.find((s) => s.id === 'verdict');
  const reason = verdictStep?.detail ?? r.consequence.summary;

  // Growth over life: the growth diagram's model with what its loader takes from the KB.
  const notes: string[] = [...r.warnings];
  let growthText = '';
  let growthRefs: readonly string[] = [];
  if (r.verdict === 2 || r.verdict === 3) {
    const load = loadGrowth(e, index);
    const inputs = modelInputs(GROWTH_KEYS, [load], { growthTime: CELL_LIFE_S }, { growthMaterial: e.id });
    const v = inputs.values;
    const input: InterphaseGrowthInput =
      r.verdict === 2
        ? {
            interfaceType: 2,
            ionicConductivitySPerCm: v.growthIonic,
            electronicConductivitySPerCm: v.growthElectronic,
            drivingForceV: v.growthDrivingForce,
            molarVolumeCm3PerMol: v.growthMolarVolume,
          }
        : {
            interfaceType: 3,
            ionicConductivitySPerCm: v.growthIonic,
            saturationThicknessM: v.growthSaturation,
            timeConstantS: v.growthTimeConstant,
          };
    const g = interphaseGrowth(input, CELL_LIFE_S);
    if (g.ok) {
      const df = sourceOf(inputs.loaded.growthDrivingForce);
      numbers.push(
        {
          label: 'Interphase thickness after one year',
          value: g.value.thicknessM,
          unit: 'm',
          source: 'computed (interphase growth model)',
          refs: [],
        },
        {
          label: 'Interphase ASR after one year',
          value: g.value.asrOhmCm2,
          unit: 'Ω·cm²',
          source: 'computed (interphase growth model)',
          refs: [],
        },
      );
      if (r.verdict === 2)
        numbers.push({ label: 'Driving force ΔE', value: v.growthDrivingForce, unit: 'V', ...df });
      growthRefs = [...df.refs];
      growthText =
        r.verdict === 2
          ? ` Growing parabolically, the interphase would reach ${fmt(g.value.thicknessM * 1e6, 'µm')} and ${fmt(g.value.asrOhmCm2, 'Ω·cm²')} after a year (interphase conductivities are the model's illustrative values).`
          : ` It saturates at about ${fmt(g.value.thicknessM * 1e9, 'nm')}, adding ${fmt(g.value.asrOhmCm2, 'Ω·cm²')} after a year.`;
      notes.push(...g.warnings);
    } else notes.push(`Growth not computed: ${g.error}`);
  }
  const headline =
    r.verdict === 'undetermined'
      ? 'type undetermined'
      : `type ${r.verdict}: ${r.verdict === 1 ? 'stable' : r.verdict === 2 ? 'continuous growth' : 'self-limiting'}`;
  const observed = e.interfaceWithLi && anode.formula.trim() === 'Li' ? e.interfaceWithLi : null;
  if (observed && r.verdict !== 'undetermined' && observed.type !== r.verdict) {
    notes.push(
      `Experiments report type ${observed.type} for ${name} against Li; the classifier gives type ${r.verdict}.`,
    );
  }
  return {
    id: 'anode-interface',
    title: 'Anode interface',
    place: 'anode-interface',
    grade: gradeOf(r),
    headline,
    explanation: `${name} against ${anodeName}: ${reason}${growthText}`,
    model: 'Interface classifier (types 1–3, Lewis et al. 2019) and interphase growth model',
    numbers,
    refs: knownRefs(
      index,
      ['lewis-2019'],
      w?.refs,
      r.products.length > 0 ? e.reductionAtLi?.predicted.flatMap((x) => x.refs) : [],
      observed?.evidence.flatMap((x) => x.refs),
      growthRefs,
    ),
    link,
    notes,
  };
}
