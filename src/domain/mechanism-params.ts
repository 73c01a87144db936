/**
 * The URL keys of the mechanism diagrams (issue 6): every model input of the /mechanisms/… pages,
 * so that a reload restores the diagrams.
 *
 * Keys are short and start with `m` (`mflaw=2e-6`). Numbers are stored in the models' canonical
 * units (m, s, V, GPa, MPa, S/cm …); sliders show them in each spec's display unit. A number key
 * accepts exactly its slider's range: a value the slider cannot show is ignored in a URL and
 * refused with a message when typed. Material keys hold knowledge-base ids ("load from knowledge
 * base" choices); null means none chosen.
 *
 * Each number key is bound to one `ParamSpec` of the models (`bind`: which list, which id), and
 * its default and range are the spec's; tests/unit/mechanism-params.test.ts checks that they
 * agree. The numbers are repeated here rather than imported so that the physics models stay out
 * of the initial bundle (this table is read at start-up to decode the URL; the models load with
 * the view).
 */
import { type ParamSpec, param } from './url-state';

/** The model `ParamSpec` lists a key can be bound to (resolved in src/views/mechanisms/specs.ts). */
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

/** A number key bound to one model parameter. */
export type ModelNumberParam = ParamSpec<number | null> & { bind: { list: ModelSpecList; id: string } };

function modelNumber(
  key: string,
  list: ModelSpecList,
  id: string,
  defaultValue: number,
  min: number,
  max: number,
): ModelNumberParam {
  return { ...param.number(key, defaultValue, min, max), bind: { list, id } };
}

export const MECHANISM_PARAMS = {
  // Lithium filaments: Monroe–Newman
  /** Electrolyte loaded into the Monroe–Newman slider (KB electrolyte id). */
  mnMaterial: param.id('mgmat'),
  mnShearModulus: modelNumber('mgsse', 'monroeNewman', 'electrolyteShearModulusGPa', 60, 1e-3, 200),
  mnLithiumShearModulus: modelNumber('mgli', 'monroeNewman', 'lithiumShearModulusGPa', 4.25, 2, 6),
  // Lithium filaments: flaw model (Porz 2017)
  flawMaterial: param.id('mfmat'),
  flawToughness: modelNumber('mkic', 'flaw', 'fractureToughnessMPaSqrtM', 1, 0.05, 5),
  flawDepth: modelNumber('mflaw', 'flaw', 'flawDepthM', 1e-6, 1e-8, 1e-4),
  flawOverpotential: modelNumber('meta', 'flaw', 'overpotentialV', 0.1, 0, 0.5),
  flawAsr: modelNumber('masr', 'flaw', 'interfaceAsrOhmCm2', 10, 1, 1000),
  flawGeometry: modelNumber('my', 'flaw', 'geometryFactor', 1.12, 0.6, 1.5),
  // Lithium filaments: stress and potential
  pressure: modelNumber('mp', 'pressure', 'pressureMPa', 100, 0, 1000),
  // Lithium filaments: electronic leakage (Han 2019)
  leakMaterial: param.id('mlmat'),
  leakElectronic: modelNumber('mse', 'leakage', 'electronicConductivitySPerCm', 1e-8, 1e-15, 1e-5),
  leakIonic: modelNumber('msi', 'leakage', 'ionicConductivitySPerCm', 1e-4, 1e-7, 0.1),
  leakVoltage: modelNumber('mv', 'leakage', 'cellVoltageV', 4, 0.1, 5),
  leakThickness: modelNumber('ml', 'leakage', 'electrolyteThicknessM', 1e-4, 1e-6, 1e-3),
  // Interphases: growth
  growthMaterial: param.id('mimat'),
  /** Interface type whose curve is highlighted and read by the verdict. */
  growthType: param.oneOf('mtype', ['2', '3'], '2'),
  growthIonic: modelNumber('misi', 'growth', 'ionicConductivitySPerCm', 1e-6, 1e-10, 1e-3),
  growthElectronic: modelNumber('mise', 'growth', 'electronicConductivitySPerCm', 1e-5, 1e-10, 1),
  growthDrivingForce: modelNumber('mde', 'growth', 'drivingForceV', 1, 0.05, 3),
  growthMolarVolume: modelNumber('mvm', 'growth', 'molarVolumeCm3PerMol', 10, 1, 100),
  growthSaturation: modelNumber('mlmax', 'growth', 'saturationThicknessM', 6e-9, 1e-9, 5e-8),
  growthTimeConstant: modelNumber('mtau', 'growth', 'timeConstantS', 3600, 60, 360000),
  /** Time cursor (s): where the schematic and verdict read the growth curves. */
  growthTime: modelNumber('mt', 'growthTime', 'timeS', 360000, 60, 31536000),
  // Interphases: expansion and fracture
  fractureMaterial: param.id('mxmat'),
  fractureVolumeChange: modelNumber('mdv', 'fracture', 'volumeChangePct', 10, -10, 50),
  fractureModulus: modelNumber('mef', 'fracture', 'interphaseYoungsModulusGPa', 50, 1, 200),
  fracturePoisson: modelNumber('mnu', 'fracture', 'interphasePoissonRatio', 0.25, 0.1, 0.45),
  fractureThickness: modelNumber('mh', 'fracture', 'interphaseThicknessM', 1e-5, 1e-8, 2e-4),
  fractureElectrolyteThickness: modelNumber('mhs', 'fracture', 'electrolyteThicknessM', 5e-4, 2e-5, 2e-3),
  fractureToughness: modelNumber('mxkic', 'fracture', 'fractureToughnessMPaSqrtM', 0.5, 0.1, 3),
  fractureFlaw: modelNumber('mxa', 'fracture', 'flawDepthM', 1e-6, 1e-8, 1e-4),
  fractureFactor: modelNumber('mf', 'fracture', 'substrateStressFactor', 1, 1, 4),
  // Composite electrodes: misfitting particle
  /** Active material of the particle (KB electrode id). */
  misfitParticle: param.id('mpart'),
  /** Electrolyte of the matrix (KB electrolyte id). */
  misfitMatrix: param.id('mmat'),
  misfitVolumeChange: modelNumber('mdvp', 'misfit', 'volumeChangePct', -5, -10, 300),
  misfitRadius: modelNumber('ma', 'misfit', 'particleRadiusM', 5e-6, 1e-7, 1e-4),
  misfitParticleModulus: modelNumber('mep', 'misfit', 'particleYoungsModulusGPa', 200, 5, 300),
  misfitMatrixModulus: modelNumber('mem', 'misfit', 'matrixYoungsModulusGPa', 22, 5, 300),
  misfitToughness: modelNumber('mkm', 'misfit', 'matrixFractureToughnessMPaSqrtM', 0.2, 0.05, 3),
  misfitStrength: modelNumber('msint', 'misfit', 'interfaceStrengthMPa', 10, 1, 1000),
  // Composite electrodes: stack pressure
  /** First and second anode compared (KB electrode ids; null = indium and LTO). */
  stackAnodeA: param.id('msa'),
  stackAnodeB: param.id('msb'),
  /** Cathode (KB electrode id; null = NMC-811). */
  stackCathode: param.id('msc'),
  /** State-of-charge cursor, 0…1. */
  stackSoc: modelNumber('msoc', 'stackSoc', 'stateOfCharge', 1, 0, 1),
  stackSeparator: modelNumber('msep', 'stack', 'separatorThicknessM', 5e-4, 2e-5, 1e-3),
  stackModulus: modelNumber('meff', 'stack', 'stackModulusGPa', 1, 0.1, 30),
  stackInitialPressure: modelNumber('mp0', 'stack', 'initialPressureMPa', 10, 0, 100),
  stackVolumeFactor: modelNumber('mvtf', 'stack', 'volumeToThicknessFactor', 1, 1 / 3, 1),
};

/** The keys of the mechanism table. */
export type MechanismParamKey = keyof typeof MECHANISM_PARAMS;

/** The number keys, i.e. those bound to a model parameter. */
export type MechanismNumberKey = {
  [K in MechanismParamKey]: (typeof MECHANISM_PARAMS)[K] extends ModelNumberParam ? K : never;
}[MechanismParamKey];
