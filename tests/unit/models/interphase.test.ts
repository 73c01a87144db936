// @vitest-environment node
import {
  criticalInterphaseThickness,
  INTERPHASE_FRACTURE_DEFAULTS,
  INTERPHASE_FRACTURE_PARAMS,
  INTERPHASE_GROWTH_PARAMS,
  interphaseAsr,
  interphaseFracture,
  interphaseFractureSchematic,
  interphaseGrowth,
  interphaseGrowthSchematic,
  MIXED_CONDUCTOR_DEFAULTS,
  mixedConductorInterphaseThickness,
  parabolicRateConstant,
  SELF_LIMITING_DEFAULTS,
  sampleInterphaseAsrVsTime,
  sampleInterphaseThicknessVsTime,
  sampleStressIntensityVsInterphaseThickness,
  selfLimitingInterphaseThickness,
} from '../../../src/domain/models';
import type { ModelResult } from '../../../src/domain/models/result';
import { expectClose, expectError, expectSigFigs, unwrap, warningsOf } from './close';

// Reference numbers computed independently with python3; hand calculation in MODELS.md.
const MCI = {
  ionicConductivitySPerCm: 1e-6,
  electronicConductivitySPerCm: 1e-5,
  drivingForceV: 1,
  molarVolumeCm3PerMol: 10,
};
const HOUR = 3600;

describe('type 2 (mixed-conducting) interphase growth', () => {
  it('parabolicRateConstant(σ_i = 1e-6, σ_e = 1e-5 S/cm, ΔE = 1 V, V_m = 10 cm³/mol) is 9.42e-15 m²/s', () => {
    const v = unwrap(parabolicRateConstant(MCI));
    expectClose(v.ambipolarConductivitySPerCm, 9.09090909090909e-7);
    expectSigFigs(v.ambipolarConductivitySPerCm, 9.09e-7);
    expectClose(v.rateConstantM2PerS, 9.422063324197936e-15);
    expectSigFigs(v.rateConstantM2PerS, 9.42e-15);
  });

  it.each([
    // t (s), L (m, python), L 3 s.f., ASR (Ω·cm², python), ASR 3 s.f.
    [HOUR, 8.236434661564744e-6, 8.24e-6, 823.6434661564745, 824],
    [100 * HOUR, 8.236434661564744e-5, 8.24e-5, 8236.434661564743, 8240],
  ])('interphaseGrowth(type 2, t = %s s) gives L = %s m', (t, l, l3, asr, asr3) => {
    const v = unwrap(interphaseGrowth({ interfaceType: 2, ...MCI }, t));
    expectClose(v.thicknessM, l);
    expectSigFigs(v.thicknessM, l3);
    expectClose(v.asrOhmCm2, asr);
    expectSigFigs(v.asrOhmCm2, asr3);
  });

  it('type-2 thickness grows as √t: four times the time doubles the thickness', () => {
    const l1 = unwrap(mixedConductorInterphaseThickness({ ...MCI, timeS: 1234 })).thicknessM;
    const l4 = unwrap(mixedConductorInterphaseThickness({ ...MCI, timeS: 4 * 1234 })).thicknessM;
    expectClose(l4 / l1, 2, 1e-12);
  });

  it('the rate constant is symmetric in σ_i and σ_e and limited by the smaller one', () => {
    const k = unwrap(parabolicRateConstant(MCI)).rateConstantM2PerS;
    const swapped = unwrap(
      parabolicRateConstant({ ...MCI, ionicConductivitySPerCm: 1e-5, electronicConductivitySPerCm: 1e-6 }),
    ).rateConstantM2PerS;
    expectClose(swapped, k, 1e-12);
    const metallic = unwrap(parabolicRateConstant({ ...MCI, electronicConductivitySPerCm: 1e3 }));
    expectClose(metallic.ambipolarConductivitySPerCm, 1e-6, 1e-8);
  });

  it('the rate constant is proportional to ΔE and V_m', () => {
    const k = unwrap(parabolicRateConstant(MCI)).rateConstantM2PerS;
    expectClose(
      unwrap(parabolicRateConstant({ ...MCI, drivingForceV: 2.5 })).rateConstantM2PerS / k,
      2.5,
      1e-12,
    );
    expectClose(
      unwrap(parabolicRateConstant({ ...MCI, molarVolumeCm3PerMol: 30 })).rateConstantM2PerS / k,
      3,
      1e-12,
    );
  });

  it('type-2 thickness is zero at t = 0', () => {
    expect(unwrap(mixedConductorInterphaseThickness({ ...MCI, timeS: 0 })).thicknessM).toBe(0);
  });
});

describe('type 3 (self-limiting) interphase growth', () => {
  const T3 = {
    interfaceType: 3 as const,
    saturationThicknessM: 6e-9,
    timeConstantS: HOUR,
    ionicConductivitySPerCm: 1e-6,
  };

  it.each([
    [HOUR, 3.792723352971346e-9, 3.79e-9, 0.3792723352971346, 0.379],
    [3 * HOUR, 5.701277589792816e-9, 5.7e-9, 0.5701277589792817, 0.57],
  ])('interphaseGrowth(type 3, L_max = 6 nm, τ = 1 h, t = %s s) gives L = %s m', (t, l, l3, asr, asr3) => {
    const v = unwrap(interphaseGrowth(T3, t));
    expectClose(v.thicknessM, l);
    expectSigFigs(v.thicknessM, l3);
    expectClose(v.asrOhmCm2, asr);
    expectSigFigs(v.asrOhmCm2, asr3);
  });

  it('type-3 thickness saturates at L_max and the ASR at 0.600 Ω·cm²', () => {
    const v = unwrap(interphaseGrowth(T3, 100 * HOUR));
    expectClose(v.thicknessM, 6e-9, 1e-12);
    expectClose(v.asrOhmCm2, 0.6, 1e-12);
  });

  it('type-3 thickness rises monotonically and never exceeds L_max', () => {
    const points = unwrap(sampleInterphaseThicknessVsTime(T3, { maxTimeS: 20 * HOUR, count: 41 }));
    expect(points).toHaveLength(41);
    expect(points[0]).toEqual({ x: 0, y: 0 });
    for (let i = 1; i < points.length; i++) {
      expect(points[i]!.y).toBeGreaterThan(points[i - 1]!.y);
      expect(points[i]!.y).toBeLessThanOrEqual(6e-9);
    }
  });

  it('type-3 initial growth rate is L_max/τ', () => {
    const l = unwrap(
      selfLimitingInterphaseThickness({ saturationThicknessM: 6e-9, timeConstantS: HOUR, timeS: 1e-3 }),
    );
    expectClose(l.thicknessM / 1e-3, 6e-9 / HOUR, 1e-6);
  });

  it('a saturation thickness above 100 nm is flagged as unlike type 3', () => {
    const r = selfLimitingInterphaseThickness({
      saturationThicknessM: 5e-7,
      timeConstantS: HOUR,
      timeS: HOUR,
    });
    expect(warningsOf(r).join(' ')).toMatch(/few nm/);
  });

  it('after the same time a type-2 interphase is far thicker than a type-3 one', () => {
    const two = unwrap(interphaseGrowth({ interfaceType: 2, ...MCI }, 10 * HOUR)).thicknessM;
    const three = unwrap(interphaseGrowth(T3, 10 * HOUR)).thicknessM;
    expect(two / three).toBeGreaterThan(1000);
  });

  it('interphaseGrowthSchematic marks type 2 as still growing and type 3 as saturating', () => {
    const two = unwrap(interphaseGrowthSchematic({ interfaceType: 2, ...MCI }, HOUR));
    expect(two.isGrowthContinuing).toBe(true);
    expect(two.saturationThicknessM).toBeNull();
    expectClose(two.interphaseThicknessM, 8.236434661564744e-6);
    const three = unwrap(interphaseGrowthSchematic(T3, HOUR));
    expect(three.isGrowthContinuing).toBe(false);
    expect(three.saturationThicknessM).toBe(6e-9);
  });
});

describe('interphaseAsr and sampling', () => {
  it('interphaseAsr(1 µm, 1e-6 S/cm) is 100 Ω·cm²', () => {
    expectClose(
      unwrap(interphaseAsr({ thicknessM: 1e-6, ionicConductivitySPerCm: 1e-6 })).asrOhmCm2,
      100,
      1e-12,
    );
  });

  it('sampleInterphaseAsrVsTime(type 2) grows as √t by default over 100 h', () => {
    const points = unwrap(sampleInterphaseAsrVsTime({ interfaceType: 2, ...MCI }));
    expect(points).toHaveLength(101);
    expect(points[100]!.x).toBe(100 * HOUR);
    expectClose(points[100]!.y, 8236.434661564743);
    expectClose(points[25]!.y / points[100]!.y, 0.5, 1e-9);
  });

  it('sampleInterphaseThicknessVsTime rejects a zero time span', () => {
    expectError(
      sampleInterphaseThicknessVsTime({ interfaceType: 2, ...MCI }, { maxTimeS: 0 }),
      /Time span must be positive \(got 0 h\)/,
    );
  });
});

describe('interphase fracture (LAGP-like example)', () => {
  const EX = INTERPHASE_FRACTURE_DEFAULTS;

  it('interphaseFracture(ΔV = +10 %, E_f = 50 GPa, h = 10 µm, H = 500 µm) reproduces the worked example', () => {
    const r = interphaseFracture(EX);
    const v = unwrap(r);
    expectClose(v.misfitStrain, 0.03228011545636722);
    expectSigFigs(v.misfitStrain, 0.0323);
    expectClose(v.filmStressMPa, -2152.0076970911477);
    expectSigFigs(v.filmStressMPa, -2150);
    expectClose(v.substrateStressMPa, 43.04015394182296);
    expectSigFigs(v.substrateStressMPa, 43.0);
    expectClose(v.stressIntensityMPaSqrtM, 0.08544108898948037);
    expectSigFigs(v.stressIntensityMPaSqrtM, 0.0854);
    // Misfitting sphere with equal moduli: front tension = |σ_f| / 3 (MODELS.md: 717 MPa, K 1.42).
    expectClose(v.frontInclusionPressureMPa, 1434.6717980607652);
    expectSigFigs(v.frontInclusionPressureMPa, 1430);
    expectClose(v.frontStressMPa, 2152.0076970911477 / 3);
    expectSigFigs(v.frontStressMPa, 717);
    expectClose(v.frontStressIntensityMPaSqrtM, 1.424018149824673);
    expectSigFigs(v.frontStressIntensityMPaSqrtM, 1.42);
    expectClose(v.frontCriticalFlawDepthM!, 1.2328463661180524e-7);
    expectSigFigs(v.frontCriticalFlawDepthM!, 1.23e-7);
    expectClose(v.criticalInterphaseThicknessM!, 5.851985337658333e-5);
    expectSigFigs(v.criticalInterphaseThicknessM!, 5.85e-5);
    expect(v.verdict).toBe('cracks-at-nonuniform-front');
    expect(warningsOf(r).join(' ')).toMatch(/thin-film force balance/);
  });

  it('interphaseFracture cracks a uniform film just above h_c and not just below', () => {
    const hc = 5.851985337658333e-5;
    expect(unwrap(interphaseFracture({ ...EX, interphaseThicknessM: hc * 1.001 })).verdict).toBe('cracks');
    expect(unwrap(interphaseFracture({ ...EX, interphaseThicknessM: hc * 0.999 })).verdict).toBe(
      'cracks-at-nonuniform-front',
    );
  });

  it('the front stress is |σ_f|/3 only for equal moduli: a stiffer electrolyte takes more of the misfit', () => {
    const v = unwrap(interphaseFracture({ ...EX, electrolyteYoungsModulusGPa: 150 }));
    expectClose(v.frontStressMPa, 1139.2981925776664);
    expectSigFigs(v.frontStressMPa, 1140);
    expectClose(v.filmStressMPa, -2152.0076970911477);
  });

  it('a 50 nm flaw no longer cracks at the front (it did with σ ≈ |σ_f|: K 0.955)', () => {
    const v = unwrap(interphaseFracture({ ...EX, flawDepthM: 5e-8 }));
    expectClose(v.frontStressIntensityMPaSqrtM, 0.31842013842014494);
    expect(v.verdict).toBe('intact');
    expect(unwrap(interphaseFracture({ ...EX, flawDepthM: 1.3e-7 })).verdict).toBe(
      'cracks-at-nonuniform-front',
    );
  });

  it('a tough electrolyte stays intact even at a nonuniform front', () => {
    expect(unwrap(interphaseFracture({ ...EX, fractureToughnessMPaSqrtM: 5 })).verdict).toBe('intact');
  });

  it('substrate stress factor f = 2 (both faces) halves the critical thickness', () => {
    const one = unwrap(criticalInterphaseThickness(EX)).criticalInterphaseThicknessM!;
    const two = unwrap(criticalInterphaseThickness({ ...EX, substrateStressFactor: 2 }))
      .criticalInterphaseThicknessM!;
    expectClose(one / two, 2, 1e-12);
  });

  it('critical thickness scales with H and K_Ic', () => {
    const base = unwrap(criticalInterphaseThickness(EX)).criticalInterphaseThicknessM!;
    const thick = unwrap(criticalInterphaseThickness({ ...EX, electrolyteThicknessM: 1e-3 }))
      .criticalInterphaseThicknessM!;
    const tough = unwrap(criticalInterphaseThickness({ ...EX, fractureToughnessMPaSqrtM: 1.5 }))
      .criticalInterphaseThicknessM!;
    expectClose(thick / base, 2, 1e-12);
    expectClose(tough / base, 3, 1e-12);
  });

  it('a shrinking interphase does not put the electrolyte in tension', () => {
    const r = interphaseFracture({ ...EX, volumeChangePct: -5 });
    const v = unwrap(r);
    expect(v.filmStressMPa).toBeGreaterThan(0);
    expect(v.substrateStressMPa).toBe(0);
    expect(v.stressIntensityMPaSqrtM).toBe(0);
    expect(v.criticalInterphaseThicknessM).toBeNull();
    expect(v.verdict).toBe('intact');
    expect(warningsOf(r).join(' ')).toMatch(/not put in tension/);
  });

  it('uniform-film K grows linearly with interphase thickness', () => {
    const { interphaseThicknessM: _, ...material } = EX;
    const points = unwrap(
      sampleStressIntensityVsInterphaseThickness(material, { minM: 1e-7, maxM: 1e-5, count: 3 }),
    );
    expect(points).toHaveLength(3);
    expectClose(points[2]!.y / points[0]!.y, 100, 1e-9);
    expectClose(points[2]!.y, 0.08544108898948037);
  });

  it('a large expansion carries the small-strain warning', () => {
    expect(warningsOf(interphaseFracture({ ...EX, volumeChangePct: 40 })).join(' ')).toMatch(/small-strain/);
  });

  it('interphaseFractureSchematic gives K/K_Ic gauges', () => {
    const v = unwrap(interphaseFractureSchematic(EX));
    expectClose(v.stressIntensityRatio, 0.08544108898948037 / 0.5);
    expectClose(v.frontStressIntensityRatio, 1.424018149824673 / 0.5);
    expect(v.verdict).toBe('cracks-at-nonuniform-front');
  });
});

describe('interphase models reject invalid input', () => {
  it.each<[string, () => ModelResult<unknown>, RegExp[]]>([
    [
      'zero ionic conductivity',
      () => parabolicRateConstant({ ...MCI, ionicConductivitySPerCm: 0 }),
      [/Interphase ionic conductivity σ_i must be positive \(got 0 S\/cm\)/],
    ],
    [
      'negative electronic conductivity',
      () => parabolicRateConstant({ ...MCI, electronicConductivitySPerCm: -1e-5 }),
      [/Interphase electronic conductivity σ_e must be positive/],
    ],
    [
      'NaN driving force',
      () => parabolicRateConstant({ ...MCI, drivingForceV: Number.NaN }),
      [/Driving force ΔE must be a finite number/],
    ],
    [
      'huge driving force',
      () => parabolicRateConstant({ ...MCI, drivingForceV: 50 }),
      [/Driving force ΔE/, /at most 5 V/],
    ],
    ['zero molar volume', () => parabolicRateConstant({ ...MCI, molarVolumeCm3PerMol: 0 }), [/molar volume/]],
    [
      'negative time',
      () => mixedConductorInterphaseThickness({ ...MCI, timeS: -1 }),
      [/Time must be between 0 h/],
    ],
    [
      'zero saturation thickness',
      () => selfLimitingInterphaseThickness({ saturationThicknessM: 0, timeConstantS: 1, timeS: 1 }),
      [/Saturation thickness L_max must be between 0.1 nm/],
    ],
    [
      'zero time constant',
      () => selfLimitingInterphaseThickness({ saturationThicknessM: 6e-9, timeConstantS: 0, timeS: 1 }),
      [/Time constant τ must be positive/],
    ],
    [
      'negative ASR thickness',
      () => interphaseAsr({ thicknessM: -1e-6, ionicConductivitySPerCm: 1e-6 }),
      [/Interphase thickness/],
    ],
    [
      'interphase thicker than the electrolyte',
      () => interphaseFracture({ ...INTERPHASE_FRACTURE_DEFAULTS, interphaseThicknessM: 6e-4 }),
      [/smaller than the electrolyte thickness H \(got h = 600 µm, H = 500 µm\)/],
    ],
    [
      'zero interphase modulus',
      () => interphaseFracture({ ...INTERPHASE_FRACTURE_DEFAULTS, interphaseYoungsModulusGPa: 0 }),
      [/Interphase Young's modulus E_f must be positive/],
    ],
    [
      'Poisson ratio 0.5',
      () => interphaseFracture({ ...INTERPHASE_FRACTURE_DEFAULTS, interphasePoissonRatio: 0.5 }),
      [/Interphase Poisson's ratio ν_f must be between 0 and 0.499/],
    ],
    [
      'NaN volume change',
      () => interphaseFracture({ ...INTERPHASE_FRACTURE_DEFAULTS, volumeChangePct: Number.NaN }),
      [/Interphase volume change/, /finite/],
    ],
    [
      '-100 % volume change',
      () => interphaseFracture({ ...INTERPHASE_FRACTURE_DEFAULTS, volumeChangePct: -100 }),
      [/Interphase volume change ΔV\/V must be between -50% and 400%/],
    ],
    [
      'zero flaw depth',
      () => interphaseFracture({ ...INTERPHASE_FRACTURE_DEFAULTS, flawDepthM: 0 }),
      [/Flaw depth/],
    ],
    [
      'stress factor 10',
      () => interphaseFracture({ ...INTERPHASE_FRACTURE_DEFAULTS, substrateStressFactor: 10 }),
      [/Substrate stress factor f must be between 1 and 4/],
    ],
  ])('they reject %s', (_name, run, patterns) => {
    expectError(run(), ...patterns);
  });
});

describe('interphase parameter specs', () => {
  it.each([...INTERPHASE_GROWTH_PARAMS, ...INTERPHASE_FRACTURE_PARAMS].map((s) => [s.id, s] as const))(
    'spec %s is a usable slider',
    (_id, s) => {
      expect(s.min).toBeLessThan(s.max);
      expect(s.default).toBeGreaterThanOrEqual(s.min);
      expect(s.default).toBeLessThanOrEqual(s.max);
      expect(s.step).toBeGreaterThan(0);
    },
  );

  it('every fracture slider position, at either end, gives a valid result', () => {
    for (const s of INTERPHASE_FRACTURE_PARAMS) {
      for (const value of [s.min, s.max]) {
        const input = { ...INTERPHASE_FRACTURE_DEFAULTS, [s.id]: value };
        expect(interphaseFracture(input).ok, `${s.id} = ${value}`).toBe(true);
      }
    }
  });

  it('every growth slider position, at either end, gives a valid result for its type', () => {
    for (const s of INTERPHASE_GROWTH_PARAMS) {
      for (const value of [s.min, s.max]) {
        const two = interphaseGrowth(
          { interfaceType: 2, ...MIXED_CONDUCTOR_DEFAULTS, [s.id]: value },
          10 * HOUR,
        );
        const three = interphaseGrowth(
          { interfaceType: 3, ...SELF_LIMITING_DEFAULTS, [s.id]: value },
          10 * HOUR,
        );
        expect(two.ok && three.ok, `${s.id} = ${value}`).toBe(true);
      }
    }
  });
});
