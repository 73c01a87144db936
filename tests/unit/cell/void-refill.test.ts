// @vitest-environment node
/**
 * The creep-refill estimate of voids on stripping, against a hand-worked example (MODELS.md):
 * p = 1 MPa, σ_ref = 0.77 MPa, n = 6.5, ε̇_ref = 5e-4 /s, λ = 10 µm, V_m = 13 cm³/mol:
 *   (1/0.77)^6.5 = exp(6.5 × ln 1.298701) = exp(6.5 × 0.261365) = exp(1.698871) = 5.46777
 *   ε̇ = 5e-4 × 5.46777 = 2.73389e-3 /s;  v_creep = 1e-5 m × ε̇ = 2.73389e-8 m/s
 *   j_refill = F v / V_m = 96485.33 × 2.73389e-8 / 13e-6 = 202.91 A/m² = 20.291 mA/cm²
 *   at j = 0.5 mA/cm²: v_strip = 5 A/m² × 13e-6 / 96485.33 = 6.7368e-10 m/s; ratio = 0.5/20.291 = 0.024641
 */
import { describe, expect, it } from 'vitest';
import { voidRefill } from '../../../src/domain/cell';
import { expectClose } from '../float';

describe('voidRefill', () => {
  it('voidRefill(1 MPa, 0.5 mA/cm², σ_ref 0.77 MPa) gives j_refill = 20.29 mA/cm² (hand-worked)', () => {
    const r = voidRefill({ stackPressureMPa: 1, strippingCurrentMAcm2: 0.5, referenceStressMPa: 0.77 });
    if (!r.ok) throw new Error(r.error);
    expectClose(r.value.creepStrainRatePerS, 2.73389e-3, 1e-4);
    expectClose(r.value.creepVelocityMPerS, 2.73389e-8, 1e-4);
    expectClose(r.value.refillCurrentMAcm2, 20.291, 1e-4);
    expectClose(r.value.strippingVelocityMPerS, 6.7368e-10, 1e-4);
    expectClose(r.value.ratio, 0.024641, 1e-3);
    expect(r.value.isVoidingExpected).toBe(false);
  });

  it('voidRefill at 0.5 MPa: (0.5/0.77)^6.5 = 0.060411, j_refill = 0.22417 mA/cm² < 0.5: voids open', () => {
    const r = voidRefill({ stackPressureMPa: 0.5, strippingCurrentMAcm2: 0.5, referenceStressMPa: 0.77 });
    if (!r.ok) throw new Error(r.error);
    expectClose(r.value.refillCurrentMAcm2, 20.291 * (0.060411 / 5.46777), 1e-3);
    expect(r.value.isVoidingExpected).toBe(true);
  });

  it('voidRefill refuses a zero stack pressure with a message naming it', () => {
    const r = voidRefill({ stackPressureMPa: 0, strippingCurrentMAcm2: 0.5, referenceStressMPa: 0.77 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/Stack pressure must be positive/);
  });
});
