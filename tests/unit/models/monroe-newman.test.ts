// @vitest-environment node
/**
 * The Ahmad–Viswanathan stability number against the hand-worked example of MODELS.md
 * (ν_s = 0.33, ν_Li = 0.42, G_Li = 4.25 GPa, LLZO G_s = 60 GPa); reference numbers computed
 * independently with python3 from the authors' expressions.
 */
import {
  AHMAD_VISWANATHAN_CAVEAT,
  ahmadViswanathan,
  MONROE_NEWMAN_PARAMS,
  sampleAhmadViswanathanBoundary,
} from '../../../src/domain/models';
import { expectClose, expectError, expectSigFigs, unwrap } from './close';

const LLZO = { electrolyteShearModulusGPa: 60 };

describe('ahmadViswanathan (stability with the partial molar volume of Li⁺)', () => {
  it('v = 0.5: LLZO passes Monroe–Newman (x = 14.1) and is unstable; only G_s below 0.402 G_Li is stable', () => {
    const v = unwrap(ahmadViswanathan({ ...LLZO, partialMolarVolumeRatio: 0.5 }));
    expectClose(v.modulusRatio, 60 / 4.25);
    expectClose(v.stabilityNumber, 156.487723183391);
    expectSigFigs(v.stabilityNumber, 156);
    expectClose(v.criticalModulusRatio!, 0.4016302437654922);
    expectSigFigs(v.criticalModulusRatio!, 0.402);
    expect(v.regime).toBe('density-driven');
    expect(v.isStable).toBe(false);
    expect(v.isMonroeNewmanMet).toBe(true);
  });

  it('v = 0.5: a soft electrolyte (G_s = 1 GPa) is stable although it fails Monroe–Newman', () => {
    const v = unwrap(ahmadViswanathan({ electrolyteShearModulusGPa: 1, partialMolarVolumeRatio: 0.5 }));
    expectClose(v.stabilityNumber, -0.3737190311418685);
    expect(v.isStable).toBe(true);
    expect(v.isMonroeNewmanMet).toBe(false);
  });

  it('v = 2 (the polymer case): the stiff electrolyte is stable, above x* = 3.17', () => {
    const v = unwrap(ahmadViswanathan({ ...LLZO, partialMolarVolumeRatio: 2 }));
    expectClose(v.stabilityNumber, -209.83756401384082);
    expectClose(v.criticalModulusRatio!, 3.1689029710382193);
    expectSigFigs(v.criticalModulusRatio!, 3.17);
    expect(v.regime).toBe('pressure-driven');
    expect(v.isStable).toBe(true);
  });

  it('v = 0 gives x* = 0.758; v = 1 has no stable stiffness (N = 34.4)', () => {
    expectClose(
      unwrap(ahmadViswanathan({ ...LLZO, partialMolarVolumeRatio: 0 })).criticalModulusRatio!,
      0.7575757575757576,
    );
    const one = unwrap(ahmadViswanathan({ ...LLZO, partialMolarVolumeRatio: 1 }));
    expectClose(one.stabilityNumber, 34.379294117647056);
    expect(one.criticalModulusRatio).toBeNull();
    expect(one.regime).toBe('none');
    expect(one.isStable).toBe(false);
  });

  it('the boundary has a density branch below v = 1 and a pressure branch above, tending to 1.68', () => {
    const b = unwrap(sampleAhmadViswanathanBoundary({}, { maxV: 10, count: 1001 }));
    expectClose(b.density[0]!.y, 0.7575757575757576);
    expect(b.density.every((p) => p.x < 1)).toBe(true);
    expect(b.pressure.every((p) => p.x > 1)).toBe(true);
    // decreasing towards v = 1 from below, and falling towards 1.68 from above at large v
    expect(b.density.at(-1)!.y).toBeLessThan(b.density[0]!.y);
    expect(b.pressure.at(-1)!.y).toBeGreaterThan(1.68);
    expect(b.pressure.at(-1)!.y).toBeLessThan(b.pressure[0]!.y);
  });

  it('rejects a negative partial molar volume ratio and a Poisson ratio of 0.5, naming them', () => {
    expectError(
      ahmadViswanathan({ ...LLZO, partialMolarVolumeRatio: -0.1 }),
      /Partial molar volume ratio v .* must be between 0 and 10 \(got −?-?0\.1\)/,
    );
    expectError(
      ahmadViswanathan({ ...LLZO, partialMolarVolumeRatio: 0.5, electrolytePoissonRatio: 0.5 }),
      /Electrolyte Poisson's ratio ν_s must be between 0 and 0\.499/,
    );
  });

  it('the slider for v defaults to 0.5 and the caveat names the sign change', () => {
    const spec = MONROE_NEWMAN_PARAMS.find((p) => p.id === 'partialMolarVolumeRatio')!;
    expect(spec).toMatchObject({ min: 0, max: 3, default: 0.5 });
    expect(AHMAD_VISWANATHAN_CAVEAT).toMatch(/changes sign/);
  });
});
