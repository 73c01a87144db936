/**
 * Constants, unit conversions and the two elementary formulas shared by the filament,
 * interphase and composite models: the stress intensity of a surface flaw and the linear strain
 * of a free volume change. Also the validity limits of inputs that several models share.
 *
 * Units: SI inside the formulas (Pa, m, m³/mol, S/m); inputs arrive in the knowledge base's
 * canonical units (GPa, MPa, MPa·m½, cm³/mol, S/cm, %) and are converted here.
 * Sources: CODATA 2018 Faraday constant (exact: N_A·e); edge-crack factor 1.12 from Tada, Paris &
 * Irwin, The Stress Analysis of Cracks Handbook (3rd ed., ASME Press, 2000);
 * Li molar volume 6.94 g/mol ÷ 0.534 g/cm³ = 13.0 cm³/mol.
 */
export { EDGE_CRACK_GEOMETRY_FACTOR, LIMITS, relabel } from './params/shared';

/** Faraday constant F in C/mol (CODATA 2018, exact). */
export const FARADAY_C_PER_MOL = 96485.33212;

/** Molar volume of lithium metal V_m(Li) in cm³/mol (6.94 g/mol / 0.534 g/cm³). */
export const LITHIUM_MOLAR_VOLUME_CM3_PER_MOL = 13.0;

export const PA_PER_GPA = 1e9;
export const PA_PER_MPA = 1e6;
export const M3_PER_CM3 = 1e-6;
/** 1 S/cm = 100 S/m. */
export const S_PER_M_PER_S_PER_CM = 100;
/** 1 m = 100 cm. */
export const CM_PER_M = 100;

/**
 * Mode-I stress intensity of a surface flaw of depth a under a tensile (or crack-face) stress σ:
 * K_I = Y σ √(π a).
 * @param stressPa σ in Pa
 * @param flawDepthM a in m
 * @param geometryFactor Y (dimensionless)
 * @returns K_I in Pa·m½
 */
export function stressIntensityPaSqrtM(stressPa: number, flawDepthM: number, geometryFactor: number): number {
  return geometryFactor * stressPa * Math.sqrt(Math.PI * flawDepthM);
}

/**
 * Linear (eigen)strain of a free, isotropic volume change: ε = (1 + ΔV/V)^(1/3) − 1.
 * Exact for any ΔV/V > −1; equals ΔV/(3V) to first order. Used instead of ΔV/(3V) so that large
 * changes (Si, +280 %) are not overstated, although linear elasticity is invalid there anyway.
 * @param volumeChangeFraction ΔV/V (0.05 for +5 %)
 */
export function linearStrainFromVolumeChange(volumeChangeFraction: number): number {
  return Math.cbrt(1 + volumeChangeFraction) - 1;
}

/** Linear strain beyond which small-strain linear elasticity is flagged as qualitative only. */
export const SMALL_STRAIN_LIMIT = 0.05;

/** The warning attached to any result whose misfit strain exceeds `SMALL_STRAIN_LIMIT`. */
export function largeStrainWarning(strain: number): string[] {
  if (Math.abs(strain) <= SMALL_STRAIN_LIMIT) return [];
  return [
    `Linear misfit strain ${(strain * 100).toFixed(1)} % exceeds the ${SMALL_STRAIN_LIMIT * 100} % limit of ` +
      'small-strain linear elasticity: stresses are grossly overestimated (real materials yield, flow or ' +
      'fracture first); treat the numbers as qualitative',
  ];
}
