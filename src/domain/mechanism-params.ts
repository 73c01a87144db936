/**
 * The URL keys of the mechanism diagrams: every model input of the /mechanisms/… pages,
 * so that a reload restores the diagrams.
 *
 * Keys are short and start with `m` (`mflaw=2e-6`). Numbers are stored in the models' canonical
 * units (m, s, V, GPa, MPa, S/cm …); sliders show them in each spec's display unit. A number key
 * accepts exactly its slider's range: a value the slider cannot show is ignored in a URL and
 * refused with a message when typed. Material keys hold knowledge-base ids ("load from knowledge
 * base" choices); null means none chosen.
 *
 * Each number key is bound to one `ParamSpec` of the models (`bind`: which list, which id) and
 * takes its default and range from that spec, read from the physics-free slider modules in
 * src/domain/models/params/ (this table is read at start-up to decode the URL; the models
 * themselves load with the view). tests/unit/mechanism-params.test.ts checks the binding.
 */
import {
  ELECTRONIC_LEAKAGE_PARAMS,
  FLAW_MODEL_PARAMS,
  GROWTH_TIME_PARAM,
  INTERPHASE_FRACTURE_PARAMS,
  INTERPHASE_GROWTH_PARAMS,
  MISFIT_SPHERE_PARAMS,
  MONROE_NEWMAN_PARAMS,
  PRESSURE_POTENTIAL_PARAMS,
  STACK_PRESSURE_PARAMS,
  STACK_SOC_PARAM,
} from './models/params';
import type { ParamSpec as ModelParamSpec } from './models/spec';
import { type ParamSpec, param } from './url-state';

/** The model `ParamSpec` lists a key can be bound to (resolved in src/domain/mechanism-specs.ts). */
export type ModelSpecList =
  | 'monroeNewman'
  | 'flaw'
  | 'pressure'
  | 'leakage'
  | 'growth'
  | 'growthTime'
  | 'fracture'
  | 'misfit'
  | 'stack'
  | 'stackSoc';

/** The slider specs of each list (plain data; no model code). */
export const MODEL_SPEC_LISTS: Record<ModelSpecList, readonly ModelParamSpec[]> = {
  monroeNewman: MONROE_NEWMAN_PARAMS,
  flaw: FLAW_MODEL_PARAMS,
  pressure: PRESSURE_POTENTIAL_PARAMS,
  leakage: ELECTRONIC_LEAKAGE_PARAMS,
  growth: INTERPHASE_GROWTH_PARAMS,
  growthTime: [GROWTH_TIME_PARAM],
  fracture: INTERPHASE_FRACTURE_PARAMS,
  misfit: MISFIT_SPHERE_PARAMS,
  stack: STACK_PRESSURE_PARAMS,
  stackSoc: [STACK_SOC_PARAM],
};

/** The model slider spec of `id` in `list` (throws at start-up if the binding names no spec). */
export function modelSpec(list: ModelSpecList, id: string): ModelParamSpec {
  const spec = MODEL_SPEC_LISTS[list].find((s) => s.id === id);
  if (!spec) throw new Error(`No model parameter "${id}" in ${list}`);
  return spec;
}

/** A number key bound to one model parameter. */
export type ModelNumberParam = ParamSpec<number | null> & { bind: { list: ModelSpecList; id: string } };

/** A URL number key with the default and range of the model parameter it is bound to. */
function modelNumber(key: string, list: ModelSpecList, id: string): ModelNumberParam {
  const spec = modelSpec(list, id);
  return { ...param.number(key, spec.default, spec.min, spec.max), bind: { list, id } };
}

export const MECHANISM_PARAMS = {
  // Lithium filaments: Monroe–Newman
  /** Electrolyte loaded into the Monroe–Newman slider (KB electrolyte id). */
  mnMaterial: param.id('mgmat'),
  mnShearModulus: modelNumber('mgsse', 'monroeNewman', 'electrolyteShearModulusGPa'),
  mnLithiumShearModulus: modelNumber('mgli', 'monroeNewman', 'lithiumShearModulusGPa'),
  /** v = partial molar volume of Li⁺ in the electrolyte / molar volume of Li (Ahmad–Viswanathan). */
  mnVolumeRatio: modelNumber('mgv', 'monroeNewman', 'partialMolarVolumeRatio'),
  // Lithium filaments: flaw model (Porz 2017)
  flawMaterial: param.id('mfmat'),
  flawToughness: modelNumber('mkic', 'flaw', 'fractureToughnessMPaSqrtM'),
  flawDepth: modelNumber('mflaw', 'flaw', 'flawDepthM'),
  flawOverpotential: modelNumber('meta', 'flaw', 'overpotentialV'),
  flawAsr: modelNumber('masr', 'flaw', 'interfaceAsrOhmCm2'),
  flawGeometry: modelNumber('my', 'flaw', 'geometryFactor'),
  // Lithium filaments: stress and potential
  pressure: modelNumber('mp', 'pressure', 'pressureMPa'),
  // Lithium filaments: electronic leakage (Han 2019)
  leakMaterial: param.id('mlmat'),
  leakElectronic: modelNumber('mse', 'leakage', 'electronicConductivitySPerCm'),
  leakIonic: modelNumber('msi', 'leakage', 'ionicConductivitySPerCm'),
  leakVoltage: modelNumber('mv', 'leakage', 'cellVoltageV'),
  leakThickness: modelNumber('ml', 'leakage', 'electrolyteThicknessM'),
  // Interphases: growth
  growthMaterial: param.id('mimat'),
  /** Interface type whose curve is highlighted and read by the verdict. */
  growthType: param.oneOf('mtype', ['2', '3'], '2'),
  growthIonic: modelNumber('misi', 'growth', 'ionicConductivitySPerCm'),
  growthElectronic: modelNumber('mise', 'growth', 'electronicConductivitySPerCm'),
  growthDrivingForce: modelNumber('mde', 'growth', 'drivingForceV'),
  growthMolarVolume: modelNumber('mvm', 'growth', 'molarVolumeCm3PerMol'),
  growthSaturation: modelNumber('mlmax', 'growth', 'saturationThicknessM'),
  growthTimeConstant: modelNumber('mtau', 'growth', 'timeConstantS'),
  /** Time cursor (s): where the schematic and verdict read the growth curves. */
  growthTime: modelNumber('mt', 'growthTime', 'timeS'),
  // Interphases: expansion and fracture
  fractureMaterial: param.id('mxmat'),
  fractureVolumeChange: modelNumber('mdv', 'fracture', 'volumeChangePct'),
  fractureModulus: modelNumber('mef', 'fracture', 'interphaseYoungsModulusGPa'),
  fracturePoisson: modelNumber('mnu', 'fracture', 'interphasePoissonRatio'),
  fractureElectrolyteModulus: modelNumber('mxes', 'fracture', 'electrolyteYoungsModulusGPa'),
  fractureThickness: modelNumber('mh', 'fracture', 'interphaseThicknessM'),
  fractureElectrolyteThickness: modelNumber('mhs', 'fracture', 'electrolyteThicknessM'),
  fractureToughness: modelNumber('mxkic', 'fracture', 'fractureToughnessMPaSqrtM'),
  fractureFlaw: modelNumber('mxa', 'fracture', 'flawDepthM'),
  fractureFactor: modelNumber('mf', 'fracture', 'substrateStressFactor'),
  // Composite electrodes: misfitting particle
  /** Active material of the particle (KB electrode id). */
  misfitParticle: param.id('mpart'),
  /** Electrolyte of the matrix (KB electrolyte id). */
  misfitMatrix: param.id('mmat'),
  misfitVolumeChange: modelNumber('mdvp', 'misfit', 'volumeChangePct'),
  misfitRadius: modelNumber('ma', 'misfit', 'particleRadiusM'),
  misfitParticleModulus: modelNumber('mep', 'misfit', 'particleYoungsModulusGPa'),
  misfitMatrixModulus: modelNumber('mem', 'misfit', 'matrixYoungsModulusGPa'),
  misfitToughness: modelNumber('mkm', 'misfit', 'matrixFractureToughnessMPaSqrtM'),
  misfitStrength: modelNumber('msint', 'misfit', 'interfaceStrengthMPa'),
  // Composite electrodes: stack pressure
  /** First and second anode compared (KB electrode ids; null = indium and LTO). */
  stackAnodeA: param.id('msa'),
  stackAnodeB: param.id('msb'),
  /** Cathode (KB electrode id; null = NMC-811). */
  stackCathode: param.id('msc'),
  /** State-of-charge cursor, 0…1. */
  stackSoc: modelNumber('msoc', 'stackSoc', 'stateOfCharge'),
  stackSeparator: modelNumber('msep', 'stack', 'separatorThicknessM'),
  stackModulus: modelNumber('meff', 'stack', 'stackModulusGPa'),
  stackInitialPressure: modelNumber('mp0', 'stack', 'initialPressureMPa'),
  stackVolumeFactor: modelNumber('mvtf', 'stack', 'volumeToThicknessFactor'),
};

/**
 * The number keys of each diagram, in the order of its sliders: the one list a diagram's view,
 * its container and anything linking into it read.
 */
export const MODEL_KEYS = {
  monroeNewman: ['mnShearModulus', 'mnLithiumShearModulus', 'mnVolumeRatio'],
  flaw: ['flawToughness', 'flawDepth', 'flawOverpotential', 'flawAsr', 'flawGeometry'],
  pressure: ['pressure'],
  leakage: ['leakElectronic', 'leakIonic', 'leakVoltage', 'leakThickness'],
  growth: [
    'growthTime',
    'growthIonic',
    'growthElectronic',
    'growthDrivingForce',
    'growthMolarVolume',
    'growthSaturation',
    'growthTimeConstant',
  ],
  fracture: [
    'fractureThickness',
    'fractureVolumeChange',
    'fractureModulus',
    'fracturePoisson',
    'fractureElectrolyteModulus',
    'fractureElectrolyteThickness',
    'fractureToughness',
    'fractureFlaw',
    'fractureFactor',
  ],
  misfit: [
    'misfitVolumeChange',
    'misfitRadius',
    'misfitParticleModulus',
    'misfitMatrixModulus',
    'misfitToughness',
    'misfitStrength',
  ],
  stack: ['stackSoc', 'stackSeparator', 'stackModulus', 'stackInitialPressure', 'stackVolumeFactor'],
} as const satisfies Record<string, readonly MechanismNumberKey[]>;

/** The keys of the mechanism table. */
export type MechanismParamKey = keyof typeof MECHANISM_PARAMS;

/** The number keys, i.e. those bound to a model parameter. */
export type MechanismNumberKey = {
  [K in MechanismParamKey]: (typeof MECHANISM_PARAMS)[K] extends ModelNumberParam ? K : never;
}[MechanismParamKey];
