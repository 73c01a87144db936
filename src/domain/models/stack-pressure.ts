/**
 * Stack pressure of a constrained cell against state of charge.
 *
 * Quantities, units, equations, assumptions and sources: MODELS.md. Slider specs and limits:
 * ./params/stack-pressure.ts (plain data, no physics).
 */
import { PA_PER_GPA, PA_PER_MPA, relabel, SMALL_STRAIN_LIMIT } from './mechanics';
import {
  fail,
  linearSpace,
  type ModelResult,
  mapResult,
  ok,
  type Point,
  SAMPLE_COUNT,
  sampleCurve,
  validate,
} from './result';
import { STACK_LIMITS, type ElectrodeLayerInput } from './params/stack-pressure';

/** Thickness change of each electrode and the resulting stack-pressure change. */
export const STACK_PRESSURE_EQUATION_TEX = String.raw`\Delta t_i = s \, f \, \phi_i \, u_i \, \frac{\Delta V_i}{V_i} \, t_i, \quad \Delta p = E_\mathrm{eff} \, \frac{\sum_i \Delta t_i}{\sum_i t_i}, \quad p(s) = \max\left(0, \, p_0 + \Delta p\right)`;

/** Strain of the stack above which a linear stack stiffness is flagged. */
const STACK_STRAIN_WARNING = SMALL_STRAIN_LIMIT;

export interface StackPressureInput {
  anode: ElectrodeLayerInput;
  cathode: ElectrodeLayerInput;
  /** Solid-electrolyte separator thickness, m (does not change volume). */
  separatorThicknessM: number;
  /** Effective stack modulus E_eff (cell + fixture), GPa: a fit parameter. */
  stackModulusGPa: number;
  /** Stack pressure at SOC 0, MPa. */
  initialPressureMPa: number;
  /**
   * f, fraction of the volume change that goes into thickness (default 1: laterally constrained
   * layers, no pore filling; 1/3: free isotropic expansion).
   */
  volumeToThicknessFactor?: number;
}

export interface StackPressureValue {
  anodeThicknessChangeM: number;
  cathodeThicknessChangeM: number;
  /** Σ Δt_i, m. */
  thicknessChangeM: number;
  /** Σ Δt_i / Σ t_i. */
  stackStrain: number;
  /** E_eff × strain, MPa (unclamped). */
  pressureChangeMPa: number;
  /** max(0, p₀ + Δp), MPa. */
  pressureMPa: number;
  /** True when p₀ + Δp ≤ 0: the layers lose contact. */
  isContactLost: boolean;
}

function validateLayer(layer: ElectrodeLayerInput, role: 'Anode' | 'Cathode'): string | undefined {
  return validate([
    [relabel(STACK_LIMITS.layerThicknessM, `${role} thickness`), layer.thicknessM],
    [
      relabel(STACK_LIMITS.activeVolumeFraction, `${role} active volume fraction φ`),
      layer.activeVolumeFraction,
    ],
    [
      relabel(STACK_LIMITS.volumeChangeOnChargePct, `${role} volume change on charge ΔV/V`),
      layer.volumeChangeOnChargePct,
    ],
    [relabel(STACK_LIMITS.utilization, `${role} utilization u`), layer.utilization ?? 1],
  ]);
}

function validateStack(input: StackPressureInput): string | undefined {
  return (
    validateLayer(input.anode, 'Anode') ??
    validateLayer(input.cathode, 'Cathode') ??
    validate([
      [STACK_LIMITS.separatorThicknessM, input.separatorThicknessM],
      [STACK_LIMITS.stackModulusGPa, input.stackModulusGPa],
      [STACK_LIMITS.initialPressureMPa, input.initialPressureMPa],
      [STACK_LIMITS.volumeToThicknessFactor, input.volumeToThicknessFactor ?? 1],
    ])
  );
}

/** Δt of one layer at state of charge s: s · f · φ · u · (ΔV/V) · t, m. */
function layerThicknessChangeM(layer: ElectrodeLayerInput, soc: number, f: number): number {
  return (
    soc *
    f *
    layer.activeVolumeFraction *
    (layer.utilization ?? 1) *
    (layer.volumeChangeOnChargePct / 100) *
    layer.thicknessM
  );
}

/**
 * Stack pressure at state of charge s ∈ [0, 1] of a cell held between rigid plates:
 * Δp = E_eff Σ Δt_i / Σ t_i, p = max(0, p₀ + Δp).
 */
export function stackPressure(
  input: StackPressureInput,
  stateOfCharge: number,
): ModelResult<StackPressureValue> {
  const error = validateStack(input) ?? validate([[STACK_LIMITS.stateOfCharge, stateOfCharge]]);
  if (error) return fail(error);
  const f = input.volumeToThicknessFactor ?? 1;
  const anodeThicknessChangeM = layerThicknessChangeM(input.anode, stateOfCharge, f);
  const cathodeThicknessChangeM = layerThicknessChangeM(input.cathode, stateOfCharge, f);
  const thicknessChangeM = anodeThicknessChangeM + cathodeThicknessChangeM;
  const totalThicknessM = input.anode.thicknessM + input.cathode.thicknessM + input.separatorThicknessM;
  const stackStrain = thicknessChangeM / totalThicknessM;
  const pressureChangeMPa = (input.stackModulusGPa * PA_PER_GPA * stackStrain) / PA_PER_MPA;
  const rawPressureMPa = input.initialPressureMPa + pressureChangeMPa;
  const isContactLost = rawPressureMPa <= 0;
  const warnings: string[] = [];
  if (Math.abs(stackStrain) > STACK_STRAIN_WARNING) {
    warnings.push(
      `Stack strain ${(stackStrain * 100).toFixed(1)} % exceeds ${STACK_STRAIN_WARNING * 100} %: a constant ` +
        'stack stiffness is unrealistic (layers densify, creep or the fixture yields)',
    );
  }
  if (isContactLost) warnings.push('Stack pressure falls to zero: the layers would lose contact');
  return ok(
    {
      anodeThicknessChangeM,
      cathodeThicknessChangeM,
      thicknessChangeM,
      stackStrain,
      pressureChangeMPa,
      pressureMPa: Math.max(0, rawPressureMPa),
      isContactLost,
    },
    warnings,
  );
}

/** Stack pressure (y, MPa) against state of charge (x, 0…1), linear; 51 points by default. */
export function sampleStackPressureVsSoc(input: StackPressureInput, count = 51): ModelResult<Point[]> {
  const error = validateStack(input) ?? validate([[SAMPLE_COUNT, count]]);
  if (error) return fail(error);
  return sampleCurve(linearSpace(0, 1, count), (soc) =>
    mapResult(stackPressure(input, soc), (v) => v.pressureMPa),
  );
}

/** What the stack diagram draws: three layers whose thicknesses change with SOC. */
export interface StackSchematic {
  anodeThicknessM: number;
  separatorThicknessM: number;
  cathodeThicknessM: number;
  pressureMPa: number;
  isContactLost: boolean;
}

/** Plain data for the stack diagram at state of charge s. */
export function stackSchematic(
  input: StackPressureInput,
  stateOfCharge: number,
): ModelResult<StackSchematic> {
  const r = stackPressure(input, stateOfCharge);
  if (!r.ok) return r;
  return ok(
    {
      anodeThicknessM: input.anode.thicknessM + r.value.anodeThicknessChangeM,
      separatorThicknessM: input.separatorThicknessM,
      cathodeThicknessM: input.cathode.thicknessM + r.value.cathodeThicknessChangeM,
      pressureMPa: r.value.pressureMPa,
      isContactLost: r.value.isContactLost,
    },
    r.warnings,
  );
}
