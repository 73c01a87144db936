/**
 * Defaults of the interface classifier, each with its physical basis (MODELS.md, section
 * "Interface classifier", says how each was chosen; none was fitted to the observed types).
 */

/**
 * Default percolation threshold (volume fraction of the conducting phase).
 *
 * Scher & Zallen (J. Chem. Phys. 53, 3759 (1970), doi 10.1063/1.1674565) showed that the critical
 * volume fraction for site percolation, φ_c = f·p_c (filling factor × site threshold), is nearly
 * invariant in 3D at ≈ 0.15–0.17; randomly packed spheres of equal size give ≈ 0.16.
 */
export const DEFAULT_PERCOLATION_THRESHOLD = 0.16;

/**
 * Default volumetric expansion (ΔV/V of the electrolyte consumed) above which `fractureRisk` is
 * flagged: 5 % volume ≈ 1.6 % linear misfit. Basis: a constrained linear misfit ε in a ceramic with
 * E ≥ 20 GPa gives a stress of order E·ε/(1 − ν) ≈ 0.5 GPa at ε = 1.6 %, well above typical
 * fracture strengths of solid electrolytes (~0.1 GPa); and volume changes of a few per cent already
 * crack and delaminate NMC/Li–P–S composites (Koerver et al. 2017, doi 10.1021/acs.chemmater.7b00931).
 * It is a flag, not a fracture prediction: morphology decides (Lewis et al. 2019,
 * doi 10.1021/acsenergylett.9b00093).
 */
export const DEFAULT_FRACTURE_EXPANSION = 0.05;

/**
 * Default driving force (eV/atom) at or below which a reaction with Li counts as kinetically
 * stabilisable. Basis: GGA(+U) reaction energies between solid compounds carry an error that is
 * normally distributed with a standard deviation of 24 meV/atom (Hautier et al., Phys. Rev. B 85,
 * 155208 (2012), doi 10.1103/PhysRevB.85.155208); a computed driving force within about two
 * standard deviations (≈ 0.05 eV/atom) cannot be told from zero, and a reaction that releases so
 * little energy per atom is slow enough for a thin passivating layer to stop it (the ~6 nm tetragonal
 * layer on LLZO, Ma et al. 2016).
 */
export const DEFAULT_KINETIC_THRESHOLD_EV_PER_ATOM = 0.05;

/**
 * Half-width of the band around the threshold in which the verdict is reported as sensitive to the
 * threshold and to the molar volumes. A display heuristic, not physics: the Scher–Zallen invariant
 * itself spans 0.15–0.17 across lattices, and particle shape and size spread move real thresholds by
 * several hundredths.
 */
export const NEAR_THRESHOLD_BAND = 0.05;
