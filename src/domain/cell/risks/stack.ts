/**
 * The cell-level stack-pressure swing over one cycle: the stack-pressure model with the electrode
 * layers its diagram uses (`stackLayerOf`) and the design's stack pressure as p₀. A Li metal anode,
 * which the diagram does not offer, is a foil whose thickness grows by the plated Li:
 * Δt = q · V_m / F (4.85 µm per mAh/cm²).
 */
import type { KbIndex } from '../../../kb/structure';
import type { Electrode } from '../../../kb/schema';
import { isLithiumMetal } from '../../classifier/kb-adapter';
import { stackLayerOf } from '../../mechanism-kb-values';
import { shortName } from '../../materials';
import {
  type ElectrodeLayerInput,
  FARADAY_C_PER_MOL,
  LITHIUM_MOLAR_VOLUME_CM3_PER_MOL,
  STACK_DEFAULTS,
  type StackPressureInput,
  stackPressure,
} from '../../models';
import type { CellRisk, RiskGrade } from '../types';
import { fmt, knownRefs } from './shared';

/** Thickness of the Li foil at assembly, m (a typical lab foil: an assumption). */
export const LITHIUM_FOIL_THICKNESS_M = 50e-6;

/** Relative pressure swing |Δp| / p₀ above which the stack is marked "watch". */
export const SWING_WATCH_FRACTION = 0.25;

/** Thickness of Li plated by areal capacity q (mAh/cm²): q · 3.6 C/cm²·(mAh/cm²)⁻¹ · V_m / F, m. */
export function platedLithiumThicknessM(arealCapacityMAhCm2: number): number {
  const coulombPerCm2 = arealCapacityMAhCm2 * 3.6;
  const cm = (coulombPerCm2 / FARADAY_C_PER_MOL) * LITHIUM_MOLAR_VOLUME_CM3_PER_MOL;
  return cm / 100;
}

/** A Li metal foil as a stack layer: φ = 1, ΔV = +100 % reached at utilisation Δt / t. */
export function lithiumMetalLayer(arealCapacityMAhCm2: number): ElectrodeLayerInput {
  const plated = platedLithiumThicknessM(arealCapacityMAhCm2);
  return {
    thicknessM: LITHIUM_FOIL_THICKNESS_M,
    activeVolumeFraction: 1,
    volumeChangeOnChargePct: 100,
    utilization: Math.min(1, plated / LITHIUM_FOIL_THICKNESS_M),
  };
}

/** The stack-pressure input of a design (as the stack diagram builds it, p₀ from the design). */
export function stackInput(
  anode: Electrode,
  cathode: Electrode,
  stackPressureMPa: number,
  arealCapacityMAhCm2: number,
) {
  const anodeLayer = isLithiumMetal(anode) ? null : stackLayerOf(anode);
  const cathodeLayer = stackLayerOf(cathode);
  const input: StackPressureInput = {
    anode: anodeLayer ? anodeLayer.layer : lithiumMetalLayer(arealCapacityMAhCm2),
    cathode: cathodeLayer.layer,
    separatorThicknessM: STACK_DEFAULTS.separatorThicknessM,
    stackModulusGPa: STACK_DEFAULTS.stackModulusGPa,
    initialPressureMPa: stackPressureMPa,
    volumeToThicknessFactor: STACK_DEFAULTS.volumeToThicknessFactor,
  };
  return { input, anodeLayer, cathodeLayer };
}

/** The stack-pressure swing risk of a design. */
export function stackRisk(
  anode: Electrode,
  cathode: Electrode,
  stackPressureMPa: number,
  arealCapacityMAhCm2: number,
  index: KbIndex,
): CellRisk {
  const { input, anodeLayer, cathodeLayer } = stackInput(
    anode,
    cathode,
    stackPressureMPa,
    arealCapacityMAhCm2,
  );
  const cellName = `${shortName(anode)} | ${shortName(cathode)}`;
  const query: Record<string, string> = { msc: cathode.id, mp0: String(stackPressureMPa) };
  if (anodeLayer) query.msa = anode.id;
  const base = {
    id: 'stack' as const,
    title: 'Stack pressure',
    place: 'whole-cell' as const,
    model: 'Stack pressure against state of charge (rigid fixture; E_eff fitted to Zhang et al. 2017)',
    link: {
      view: 'mechanisms' as const,
      recordId: 'composite-electrodes',
      query,
      hash: 'model-stack',
      label: anodeLayer
        ? 'Open the stack-pressure model with these electrodes'
        : 'Open the stack-pressure model (it has no Li metal layer)',
    },
  };
  const full = stackPressure(input, 1);
  if (!full.ok) {
    return {
      ...base,
      grade: 'watch',
      headline: 'not computed',
      explanation: `The stack-pressure model could not run for ${cellName}: ${full.error}. The pressure swing is unknown.`,
      numbers: [],
      refs: [],
      notes: [],
    };
  }
  const f = full.value;
  const dp = f.pressureChangeMPa;
  const swing = stackPressureMPa > 0 ? Math.abs(dp) / stackPressureMPa : Number.POSITIVE_INFINITY;
  const grade: RiskGrade = f.isContactLost ? 'high' : swing >= SWING_WATCH_FRACTION ? 'watch' : 'low';
  const anodeSource = anodeLayer
    ? anodeLayer.source
    : {
        text: `Li plated on charge: ${fmt(platedLithiumThicknessM(arealCapacityMAhCm2) * 1e6, 'µm')} for ${fmt(arealCapacityMAhCm2, 'mAh/cm²')}`,
        refs: [] as string[],
      };
  return {
    ...base,
    grade,
    headline: f.isContactLost
      ? 'contact lost'
      : dp >= 0
        ? `rises by ${fmt(dp, 'MPa', 2)}`
        : `falls by ${fmt(-dp, 'MPa', 2)}`,
    explanation: `Over a full charge the ${cellName} stack goes from ${fmt(stackPressureMPa, 'MPa')} to ${fmt(f.pressureMPa, 'MPa')}: the anode changes thickness by ${fmt(f.anodeThicknessChangeM * 1e6, 'µm')} and the cathode by ${fmt(f.cathodeThicknessChangeM * 1e6, 'µm')}. ${f.isContactLost ? 'The pressure reaches zero, so the layers lose contact unless the fixture follows them.' : swing >= SWING_WATCH_FRACTION ? `A swing of ${fmt(swing * 100, '%', 2)} of the set pressure each cycle loads the interfaces and the fixture.` : 'The swing is small against the set pressure.'}`,
    numbers: [
      {
        label: 'Stack pressure at assembly p₀',
        value: stackPressureMPa,
        unit: 'MPa',
        source: 'design',
        refs: [],
      },
      {
        label: 'Anode thickness change on charge',
        value: f.anodeThicknessChangeM,
        unit: 'm',
        source: `computed; ${anodeSource.text}`,
        refs: anodeSource.refs,
      },
      {
        label: 'Cathode thickness change on charge',
        value: f.cathodeThicknessChangeM,
        unit: 'm',
        source: `computed; ${cathodeLayer.source.text}`,
        refs: cathodeLayer.source.refs,
      },
      {
        label: 'Effective stack modulus E_eff',
        value: input.stackModulusGPa,
        unit: 'GPa',
        source: 'model default (fitted to Zhang et al. 2017)',
        refs: knownRefs(index, ['zhang-2017a']),
      },
      {
        label: 'Pressure change on full charge Δp',
        value: dp,
        unit: 'MPa',
        source: 'computed (stack-pressure model)',
        refs: [],
      },
    ],
    refs: knownRefs(index, ['zhang-2017a', 'koerver-2018'], anodeSource.refs, cathodeLayer.source.refs),
    notes: [...full.warnings, ...(cathodeLayer.source.note ? [cathodeLayer.source.note] : [])],
  };
}
