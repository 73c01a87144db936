/**
 * The URL keys of the mechanism diagrams (issue 6): every model input of /mechanisms/… pages, with
 * its default, limits and slider description taken from the models' own `ParamSpec` lists, so that
 * a reload restores the diagrams and nothing is defined twice.
 *
 * Keys are short and start with `m` (`mflaw=2e-6`). Numbers are stored in the models' canonical
 * units (m, s, V, GPa, MPa, S/cm …); sliders show them in each spec's display unit. A number key
 * accepts exactly the slider's range: a value that the slider cannot show is ignored in a URL and
 * refused with a message when typed. Material keys hold knowledge-base ids ("load from knowledge
 * base" choices); `null` means none chosen (the model's defaults).
 */
import {
  ELECTRONIC_LEAKAGE_PARAMS,
  FLAW_MODEL_PARAMS,
  INTERPHASE_FRACTURE_PARAMS,
  INTERPHASE_GROWTH_PARAMS,
  limit,
  MISFIT_SPHERE_PARAMS,
  MONROE_NEWMAN_PARAMS,
  type ParamSpec as ModelParamSpec,
  PRESSURE_POTENTIAL_PARAMS,
  paramSpec,
  STACK_PRESSURE_PARAMS,
} from './models';
import { type ParamSpec, param } from './url-state';

/** A number key bound to one model parameter: the URL spec plus the model's slider spec. */
export type ModelNumberParam = ParamSpec<number | null> & { model: ModelParamSpec };

/** Builds the URL spec of model parameter `id` of `specs` (throws at load if the id is wrong). */
function modelNumber(key: string, specs: readonly ModelParamSpec[], id: string): ModelNumberParam {
  const spec = specs.find((s) => s.id === id);
  if (!spec) throw new Error(`mechanism-params: no model parameter "${id}" for key "${key}"`);
  return { ...param.number(key, spec.default, spec.min, spec.max), model: spec };
}

/**
 * Time cursor of the interphase-growth diagram (not a model input: the time at which the schematic
 * and the verdict read the curves), 1 min to 1 year on a log slider, default 100 h.
 */
export const GROWTH_TIME_PARAM: ModelParamSpec = paramSpec(
  'timeS',
  limit('Time t', 's', 60, 3.1536e7, { displayUnit: 'h', displayFactor: 1 / 3600 }),
  {
    min: 60,
    max: 3.1536e7,
    step: 0.05,
    default: 100 * 3600,
    isLogScale: true,
    description: 'Time since Li met the electrolyte; the schematic and the verdict read the curves here.',
  },
);

/**
 * State of charge of the stack-pressure diagram (the cursor on the SOC axis), 0…1 shown in %.
 */
export const STACK_SOC_PARAM: ModelParamSpec = paramSpec(
  'stateOfCharge',
  limit('State of charge', '', 0, 1, { displayUnit: '%', displayFactor: 100 }),
  {
    min: 0,
    max: 1,
    step: 0.01,
    default: 1,
    isLogScale: false,
    description: '0 % = as assembled (discharged), 100 % = fully charged.',
  },
);

export const MECHANISM_PARAMS = {
  // Lithium filaments: Monroe–Newman
  /** Electrolyte chosen for the Monroe–Newman slider (KB electrolyte id). */
  mnMaterial: param.id('mgmat'),
  mnShearModulus: modelNumber('mgsse', MONROE_NEWMAN_PARAMS, 'electrolyteShearModulusGPa'),
  mnLithiumShearModulus: modelNumber('mgli', MONROE_NEWMAN_PARAMS, 'lithiumShearModulusGPa'),
  // Lithium filaments: flaw model (Porz 2017)
  flawMaterial: param.id('mfmat'),
  flawToughness: modelNumber('mkic', FLAW_MODEL_PARAMS, 'fractureToughnessMPaSqrtM'),
  flawDepth: modelNumber('mflaw', FLAW_MODEL_PARAMS, 'flawDepthM'),
  flawOverpotential: modelNumber('meta', FLAW_MODEL_PARAMS, 'overpotentialV'),
  flawAsr: modelNumber('masr', FLAW_MODEL_PARAMS, 'interfaceAsrOhmCm2'),
  flawGeometry: modelNumber('my', FLAW_MODEL_PARAMS, 'geometryFactor'),
  // Lithium filaments: stress and potential
  pressure: modelNumber('mp', PRESSURE_POTENTIAL_PARAMS, 'pressureMPa'),
  // Lithium filaments: electronic leakage (Han 2019)
  leakMaterial: param.id('mlmat'),
  leakElectronic: modelNumber('mse', ELECTRONIC_LEAKAGE_PARAMS, 'electronicConductivitySPerCm'),
  leakIonic: modelNumber('msi', ELECTRONIC_LEAKAGE_PARAMS, 'ionicConductivitySPerCm'),
  leakVoltage: modelNumber('mv', ELECTRONIC_LEAKAGE_PARAMS, 'cellVoltageV'),
  leakThickness: modelNumber('ml', ELECTRONIC_LEAKAGE_PARAMS, 'electrolyteThicknessM'),
  // Interphases: growth
  growthMaterial: param.id('mimat'),
  /** Interface type whose curve is highlighted and read by the verdict. */
  growthType: param.oneOf('mtype', ['2', '3'], '2'),
  growthIonic: modelNumber('misi', INTERPHASE_GROWTH_PARAMS, 'ionicConductivitySPerCm'),
  growthElectronic: modelNumber('mise', INTERPHASE_GROWTH_PARAMS, 'electronicConductivitySPerCm'),
  growthDrivingForce: modelNumber('mde', INTERPHASE_GROWTH_PARAMS, 'drivingForceV'),
  growthMolarVolume: modelNumber('mvm', INTERPHASE_GROWTH_PARAMS, 'molarVolumeCm3PerMol'),
  growthSaturation: modelNumber('mlmax', INTERPHASE_GROWTH_PARAMS, 'saturationThicknessM'),
  growthTimeConstant: modelNumber('mtau', INTERPHASE_GROWTH_PARAMS, 'timeConstantS'),
  growthTime: modelNumber('mt', [GROWTH_TIME_PARAM], 'timeS'),
  // Interphases: expansion and fracture
  fractureMaterial: param.id('mxmat'),
  fractureVolumeChange: modelNumber('mdv', INTERPHASE_FRACTURE_PARAMS, 'volumeChangePct'),
  fractureModulus: modelNumber('mef', INTERPHASE_FRACTURE_PARAMS, 'interphaseYoungsModulusGPa'),
  fracturePoisson: modelNumber('mnu', INTERPHASE_FRACTURE_PARAMS, 'interphasePoissonRatio'),
  fractureThickness: modelNumber('mh', INTERPHASE_FRACTURE_PARAMS, 'interphaseThicknessM'),
  fractureElectrolyteThickness: modelNumber('mhs', INTERPHASE_FRACTURE_PARAMS, 'electrolyteThicknessM'),
  fractureToughness: modelNumber('mxkic', INTERPHASE_FRACTURE_PARAMS, 'fractureToughnessMPaSqrtM'),
  fractureFlaw: modelNumber('mxa', INTERPHASE_FRACTURE_PARAMS, 'flawDepthM'),
  fractureFactor: modelNumber('mf', INTERPHASE_FRACTURE_PARAMS, 'substrateStressFactor'),
  // Composite electrodes: misfitting particle
  /** Active material of the particle (KB electrode id). */
  misfitParticle: param.id('mpart'),
  /** Electrolyte of the matrix (KB electrolyte id). */
  misfitMatrix: param.id('mmat'),
  misfitVolumeChange: modelNumber('mdvp', MISFIT_SPHERE_PARAMS, 'volumeChangePct'),
  misfitRadius: modelNumber('ma', MISFIT_SPHERE_PARAMS, 'particleRadiusM'),
  misfitParticleModulus: modelNumber('mep', MISFIT_SPHERE_PARAMS, 'particleYoungsModulusGPa'),
  misfitMatrixModulus: modelNumber('mem', MISFIT_SPHERE_PARAMS, 'matrixYoungsModulusGPa'),
  misfitToughness: modelNumber('mkm', MISFIT_SPHERE_PARAMS, 'matrixFractureToughnessMPaSqrtM'),
  misfitStrength: modelNumber('msint', MISFIT_SPHERE_PARAMS, 'interfaceStrengthMPa'),
  // Composite electrodes: stack pressure
  /** First and second anode compared (KB electrode ids; null = indium and LTO). */
  stackAnodeA: param.id('msa'),
  stackAnodeB: param.id('msb'),
  /** Cathode (KB electrode id; null = NMC811). */
  stackCathode: param.id('msc'),
  stackSoc: modelNumber('msoc', [STACK_SOC_PARAM], 'stateOfCharge'),
  stackSeparator: modelNumber('msep', STACK_PRESSURE_PARAMS, 'separatorThicknessM'),
  stackModulus: modelNumber('meff', STACK_PRESSURE_PARAMS, 'stackModulusGPa'),
  stackInitialPressure: modelNumber('mp0', STACK_PRESSURE_PARAMS, 'initialPressureMPa'),
  stackVolumeFactor: modelNumber('mvtf', STACK_PRESSURE_PARAMS, 'volumeToThicknessFactor'),
};

/** The keys of the mechanism table. */
export type MechanismParamKey = keyof typeof MECHANISM_PARAMS;

/** The number keys, i.e. those bound to a model parameter. */
export type MechanismNumberKey = {
  [K in MechanismParamKey]: (typeof MECHANISM_PARAMS)[K] extends ModelNumberParam ? K : never;
}[MechanismParamKey];

/** The model slider spec behind a number key. */
export function modelSpecOf(key: MechanismNumberKey): ModelParamSpec {
  return (MECHANISM_PARAMS[key] as ModelNumberParam).model;
}
