// @vitest-environment node
import {
  classifyElectronicConductivity,
  criticalCurrentDensity,
  criticalFlawDepth,
  criticalOverpotential,
  ELECTRONIC_LEAKAGE_PARAMS,
  electronicLeakage,
  FLAW_MODEL_PARAMS,
  flawFracture,
  flawSchematic,
  LITHIUM_SHEAR_MODULUS_GPA,
  lithiumPressureFromOverpotential,
  MONROE_NEWMAN_PARAMS,
  monroeNewman,
  PRESSURE_POTENTIAL_PARAMS,
  pressurePotentialShift,
  sampleCriticalOverpotentialVsFlawDepth,
  sampleLeakageCurrentVsElectronicConductivity,
} from '../../../src/domain/models';
import type { ModelResult, ParamSpec } from '../../../src/domain/models/result';
import { expectClose, expectError, expectSigFigs, unwrap, warningsOf } from './close';

// Reference numbers computed independently with python3 (F = 96485.33212 C/mol,
// V_m = 1.30e-5 m³/mol, Y = 1.12): see MODELS.md for the hand calculation.
const LLZO = { fractureToughnessMPaSqrtM: 1 };

describe('monroeNewman', () => {
  it.each([
    // G_SSE, G_Li, ratio (python), ratio to 3 s.f. (MODELS.md), met?
    [60, 4.25, 14.117647058823529, 14.1, true],
    [60, 2.83, 21.201413427561835, 21.2, true],
    [0.001, 4.25, 2.3529411764705883e-4, 2.35e-4, false],
    [8.5, 4.25, 2, 2, true],
    [8.4, 4.25, 1.9764705882352942, 1.98, false],
  ])('monroeNewman(G_SSE=%s GPa, G_Li=%s GPa) gives ratio %s', (gSse, gLi, ratio, ratio3, isMet) => {
    const v = unwrap(monroeNewman({ electrolyteShearModulusGPa: gSse, lithiumShearModulusGPa: gLi }));
    expectClose(v.modulusRatio, ratio);
    expectSigFigs(v.modulusRatio, ratio3);
    expect(v.isCriterionMet).toBe(isMet);
  });

  it('monroeNewman defaults to G_Li = 4.25 GPa and threshold 2', () => {
    const v = unwrap(monroeNewman({ electrolyteShearModulusGPa: 60 }));
    expectClose(v.modulusRatio, 60 / 4.25, 1e-12);
    expect(v.threshold).toBe(2);
    expect(LITHIUM_SHEAR_MODULUS_GPA.masiasPolycrystal).toBe(2.83);
  });

  it('monroeNewman honours a custom threshold', () => {
    expect(unwrap(monroeNewman({ electrolyteShearModulusGPa: 10, threshold: 3 })).isCriterionMet).toBe(false);
  });

  it.each([
    [{ electrolyteShearModulusGPa: 0 }, /Electrolyte shear modulus G_SSE must be positive \(got 0 GPa\)/],
    [{ electrolyteShearModulusGPa: -5 }, /G_SSE must be positive/],
    [{ electrolyteShearModulusGPa: Number.NaN }, /G_SSE must be a finite number/],
    [{ electrolyteShearModulusGPa: 1e6 }, /G_SSE must be greater than 0 GPa and at most 1000 GPa/],
    [{ electrolyteShearModulusGPa: 60, lithiumShearModulusGPa: 0 }, /Li shear modulus G_Li must be positive/],
  ])('monroeNewman(%o) fails with a message naming the parameter', (input, pattern) => {
    expectError(monroeNewman(input), pattern);
  });
});

describe('flaw model', () => {
  it.each([
    [1e-3, 7.421948624615386, 7.42],
    [0.1, 742.1948624615386, 742],
    [-0.1, 742.1948624615386, 742],
  ])('lithiumPressureFromOverpotential(%s V) is %s MPa', (eta, p, p3) => {
    const { pressureMPa } = unwrap(lithiumPressureFromOverpotential(eta));
    expectClose(pressureMPa, p);
    expectSigFigs(pressureMPa, p3);
  });

  it.each([
    // flaw depth (m), η_c (V, python), η_c to 3 s.f.
    [1e-6, 0.06787175781916914, 0.0679],
    [2e-6, 0.04799258020498558, 0.048],
    [1e-8, 0.6787175781916914, 0.679],
    [1e-4, 0.006787175781916914, 0.00679],
  ])('criticalOverpotential(LLZO, a = %s m) is %s V', (a, eta, eta3) => {
    const v = unwrap(criticalOverpotential({ ...LLZO, flawDepthM: a }));
    expectClose(v.criticalOverpotentialV, eta);
    expectSigFigs(v.criticalOverpotentialV, eta3);
  });

  it('criticalOverpotential(LLZO, 1 µm) has a critical pressure of 504 MPa', () => {
    const v = unwrap(criticalOverpotential({ ...LLZO, flawDepthM: 1e-6 }));
    expectClose(v.criticalPressureMPa, 503.7406995962109);
    expectSigFigs(v.criticalPressureMPa, 504);
  });

  it.each([1e-8, 3e-7, 1e-6, 4e-5])('doubling the flaw depth from %s m divides η_c by √2', (a) => {
    const eta1 = unwrap(criticalOverpotential({ ...LLZO, flawDepthM: a })).criticalOverpotentialV;
    const eta2 = unwrap(criticalOverpotential({ ...LLZO, flawDepthM: 2 * a })).criticalOverpotentialV;
    expectClose(eta1 / eta2, Math.SQRT2, 1e-12);
  });

  it('η_c is proportional to K_Ic and inversely proportional to Y', () => {
    const base = unwrap(criticalOverpotential({ ...LLZO, flawDepthM: 1e-6 })).criticalOverpotentialV;
    const tough = unwrap(
      criticalOverpotential({ fractureToughnessMPaSqrtM: 3, flawDepthM: 1e-6 }),
    ).criticalOverpotentialV;
    const penny = unwrap(
      criticalOverpotential({ ...LLZO, flawDepthM: 1e-6, geometryFactor: 0.56 }),
    ).criticalOverpotentialV;
    expectClose(tough / base, 3, 1e-12);
    expectClose(penny / base, 2, 1e-12);
  });

  it('flawFracture(LLZO, 1 µm, 100 mV) gives K = 1.47 MPa·m½ and cracks', () => {
    const v = unwrap(flawFracture({ ...LLZO, flawDepthM: 1e-6, overpotentialV: 0.1 }));
    expectClose(v.stressIntensityMPaSqrtM, 1.4733668791433132);
    expectSigFigs(v.stressIntensityMPaSqrtM, 1.47);
    expectClose(v.pressureMPa, 742.1948624615386);
    expect(v.isFractureExpected).toBe(true);
  });

  it('flawFracture switches verdict at η_c', () => {
    const eta = 0.06787175781916914;
    expect(
      unwrap(flawFracture({ ...LLZO, flawDepthM: 1e-6, overpotentialV: eta * 0.999 })).isFractureExpected,
    ).toBe(false);
    expect(
      unwrap(flawFracture({ ...LLZO, flawDepthM: 1e-6, overpotentialV: eta * 1.001 })).isFractureExpected,
    ).toBe(true);
    expectClose(
      unwrap(flawFracture({ ...LLZO, flawDepthM: 1e-6, overpotentialV: eta })).stressIntensityRatio,
      1,
    );
  });

  it('criticalFlawDepth(LLZO, 100 mV) is 0.461 µm', () => {
    const { criticalFlawDepthM } = unwrap(criticalFlawDepth({ ...LLZO, overpotentialV: 0.1 }));
    expectClose(criticalFlawDepthM, 4.6065755094639463e-7);
    expectSigFigs(criticalFlawDepthM, 4.61e-7);
  });

  it('criticalFlawDepth scales as η^-2', () => {
    const a1 = unwrap(criticalFlawDepth({ ...LLZO, overpotentialV: 0.05 })).criticalFlawDepthM;
    const a2 = unwrap(criticalFlawDepth({ ...LLZO, overpotentialV: 0.1 })).criticalFlawDepthM;
    expectClose(a1 / a2, 4, 1e-12);
  });

  it.each([
    [10, 6.787175781916914, 6.79],
    [100, 0.6787175781916913, 0.679],
  ])('criticalCurrentDensity(LLZO, 1 µm, ASR = %s Ω·cm²) is %s mA/cm²', (asr, ccd, ccd3) => {
    const v = unwrap(criticalCurrentDensity({ ...LLZO, flawDepthM: 1e-6, interfaceAsrOhmCm2: asr }));
    expectClose(v.criticalCurrentDensityMilliAmpPerCm2, ccd);
    expectSigFigs(v.criticalCurrentDensityMilliAmpPerCm2, ccd3);
  });

  it('criticalCurrentDensity warns when the estimate is implausibly high', () => {
    const r = criticalCurrentDensity({ ...LLZO, flawDepthM: 1e-6, interfaceAsrOhmCm2: 0.1 });
    expect(warningsOf(r).join(' ')).toMatch(/above 100 mA\/cm²/);
    expect(warningsOf(criticalCurrentDensity({ ...LLZO, flawDepthM: 1e-6, interfaceAsrOhmCm2: 10 }))).toEqual(
      [],
    );
  });

  it('sampleCriticalOverpotentialVsFlawDepth spans 10 nm–100 µm with slope −1/2 on log-log axes', () => {
    const points = unwrap(sampleCriticalOverpotentialVsFlawDepth(LLZO));
    expect(points).toHaveLength(81);
    expectClose(points[0]!.x, 1e-8, 1e-9);
    expectClose(points[80]!.x, 1e-4, 1e-9);
    expectClose(points[0]!.y, 0.6787175781916914);
    expectClose(points[80]!.y, 0.006787175781916914);
    for (let i = 1; i < points.length; i++) {
      const p = points[i]!;
      const q = points[i - 1]!;
      expect(p.y).toBeLessThan(q.y);
      expectClose(Math.log(p.y / q.y) / Math.log(p.x / q.x), -0.5, 1e-9);
    }
  });

  it('sampleCriticalOverpotentialVsFlawDepth rejects an inverted range', () => {
    expectError(sampleCriticalOverpotentialVsFlawDepth(LLZO, { minM: 1e-5, maxM: 1e-6 }), /smaller than/);
    expectError(sampleCriticalOverpotentialVsFlawDepth(LLZO, { count: 1 }), /Number of samples/);
  });

  it('flawSchematic reports no critical flaw depth at zero overpotential', () => {
    const v = unwrap(flawSchematic({ ...LLZO, flawDepthM: 1e-6, overpotentialV: 0 }));
    expect(v.criticalFlawDepthM).toBeNull();
    expect(v.pressureMPa).toBe(0);
    expect(v.isFractureExpected).toBe(false);
  });

  it('flawSchematic(LLZO, 1 µm, 100 mV) draws a cracking flaw deeper than the critical one', () => {
    const v = unwrap(flawSchematic({ ...LLZO, flawDepthM: 1e-6, overpotentialV: 0.1 }));
    expectClose(v.criticalFlawDepthM!, 4.6065755094639463e-7);
    expectClose(v.stressIntensityRatio, 1.4733668791433132);
    expect(v.isFractureExpected).toBe(true);
  });

  it('a flaw shallower than 10 nm carries a continuum warning', () => {
    expect(warningsOf(criticalOverpotential({ ...LLZO, flawDepthM: 5e-9 })).join(' ')).toMatch(/10 nm/);
    expect(warningsOf(criticalOverpotential({ ...LLZO, flawDepthM: 1e-6 }))).toEqual([]);
  });

  it.each<[string, () => ModelResult<unknown>, RegExp[]]>([
    [
      'zero flaw depth',
      () => criticalOverpotential({ ...LLZO, flawDepthM: 0 }),
      [/Flaw depth must be between 0.001 µm and 1000 µm \(got 0 µm\)/],
    ],
    [
      'negative flaw depth',
      () => criticalOverpotential({ ...LLZO, flawDepthM: -1e-6 }),
      [/Flaw depth/, /got -1 µm/],
    ],
    [
      'NaN flaw depth',
      () => criticalOverpotential({ ...LLZO, flawDepthM: Number.NaN }),
      [/Flaw depth must be a finite number/],
    ],
    ['1 m flaw', () => criticalOverpotential({ ...LLZO, flawDepthM: 1 }), [/Flaw depth/, /1e\+6 µm/]],
    [
      'zero toughness',
      () => criticalOverpotential({ fractureToughnessMPaSqrtM: 0, flawDepthM: 1e-6 }),
      [/Fracture toughness K_Ic must be positive \(got 0 MPa·m½\)/],
    ],
    [
      'huge toughness',
      () => criticalOverpotential({ fractureToughnessMPaSqrtM: 1e9, flawDepthM: 1e-6 }),
      [/Fracture toughness/, /at most 20/],
    ],
    [
      'zero Li molar volume',
      () => criticalOverpotential({ ...LLZO, flawDepthM: 1e-6, lithiumMolarVolumeCm3PerMol: 0 }),
      [/Li molar volume must be positive/],
    ],
    [
      'geometry factor 0',
      () => criticalOverpotential({ ...LLZO, flawDepthM: 1e-6, geometryFactor: 0 }),
      [/Geometry factor Y/],
    ],
    [
      'zero overpotential for a_c',
      () => criticalFlawDepth({ ...LLZO, overpotentialV: 0 }),
      [/Overpotential \|η\| must be positive \(got 0 mV\)/],
    ],
    [
      'NaN overpotential',
      () => flawFracture({ ...LLZO, flawDepthM: 1e-6, overpotentialV: Number.NaN }),
      [/Overpotential/, /finite/],
    ],
    ['10 V overpotential', () => lithiumPressureFromOverpotential(10), [/Overpotential/, /5000 mV/]],
    [
      'zero ASR',
      () => criticalCurrentDensity({ ...LLZO, flawDepthM: 1e-6, interfaceAsrOhmCm2: 0 }),
      [/Interfacial ASR must be positive/],
    ],
    [
      'negative ASR',
      () => criticalCurrentDensity({ ...LLZO, flawDepthM: 1e-6, interfaceAsrOhmCm2: -3 }),
      [/Interfacial ASR/],
    ],
  ])('the flaw model rejects %s', (_name, run, patterns) => {
    expectError(run(), ...patterns);
  });
});

describe('pressurePotentialShift', () => {
  it.each([
    [1, 1.3473550553603047e-4, 1.35e-4, 13.0],
    [100, 1.3473550553603048e-2, 1.35e-2, 1300],
  ])('pressurePotentialShift(%s MPa) is %s V', (p, dE, dE3, dMu) => {
    const v = unwrap(pressurePotentialShift(p));
    expectClose(v.potentialShiftV, dE);
    expectSigFigs(v.potentialShiftV, dE3);
    expectClose(v.chemicalPotentialShiftJPerMol, dMu);
  });

  it('pressurePotentialShift is odd in p (tension lowers μ_Li) and zero at p = 0', () => {
    const up = unwrap(pressurePotentialShift(50)).potentialShiftV;
    const down = unwrap(pressurePotentialShift(-50)).potentialShiftV;
    expectClose(down, -up, 1e-12);
    expect(unwrap(pressurePotentialShift(0)).potentialShiftV).toBe(0);
  });

  it('pressurePotentialShift inverts lithiumPressureFromOverpotential', () => {
    const { pressureMPa } = unwrap(lithiumPressureFromOverpotential(0.037));
    expectClose(unwrap(pressurePotentialShift(pressureMPa)).potentialShiftV, 0.037, 1e-12);
  });

  it.each([
    [Number.NaN, /Pressure p must be a finite number/],
    [2e4, /Pressure p must be between -10000 MPa and 10000 MPa \(got 20000 MPa\)/],
  ])('pressurePotentialShift(%s) fails', (p, pattern) => {
    expectError(pressurePotentialShift(p), pattern);
  });
});

describe('electronic leakage', () => {
  const example = {
    electronicConductivitySPerCm: 1e-8,
    ionicConductivitySPerCm: 1e-4,
    cellVoltageV: 4,
    electrolyteThicknessM: 100e-6,
  };

  it('electronicLeakage(σ_e = 1e-8, σ_i = 1e-4 S/cm, 4 V, 100 µm) reproduces the worked example', () => {
    const v = unwrap(electronicLeakage(example));
    expectClose(v.electronicTransferenceNumber, 9.999000099990002e-5);
    expectSigFigs(v.electronicTransferenceNumber, 1.0e-4);
    expectClose(v.leakageCurrentDensityMilliAmpPerCm2, 4.0e-3);
    expectClose(v.upperBoundLiDepositionRateMPerS, 5.389420221441219e-12);
    expectSigFigs(v.upperBoundLiDepositionRateMPerS * 3600 * 1e9, 19.4);
    expect(v.leakageClass).toBe('concerning');
  });

  it.each([
    [1e-14, 'negligible'],
    [9.99e-11, 'negligible'],
    [1e-10, 'concerning'],
    [1e-9, 'concerning'],
    [1e-8, 'concerning'],
    [1.0001e-8, 'high'],
    [1e-7, 'high'],
  ])('classifyElectronicConductivity(%s S/cm) is %s', (sigma, cls) => {
    expect(unwrap(classifyElectronicConductivity(sigma)).leakageClass).toBe(cls);
  });

  it('leakage current doubles with voltage and halves with thickness', () => {
    const base = unwrap(electronicLeakage(example)).leakageCurrentDensityMilliAmpPerCm2;
    const twiceV = unwrap(
      electronicLeakage({ ...example, cellVoltageV: 8 }),
    ).leakageCurrentDensityMilliAmpPerCm2;
    const twiceL = unwrap(
      electronicLeakage({ ...example, electrolyteThicknessM: 200e-6 }),
    ).leakageCurrentDensityMilliAmpPerCm2;
    expectClose(twiceV / base, 2, 1e-12);
    expectClose(base / twiceL, 2, 1e-12);
  });

  it('t_e tends to 1/2 when σ_e = σ_i', () => {
    expectClose(
      unwrap(electronicLeakage({ ...example, electronicConductivitySPerCm: 1e-4 }))
        .electronicTransferenceNumber,
      0.5,
      1e-12,
    );
  });

  it('sampleLeakageCurrentVsElectronicConductivity is a line of slope 1 on log-log axes', () => {
    const { electronicConductivitySPerCm: _, ...rest } = example;
    const points = unwrap(sampleLeakageCurrentVsElectronicConductivity(rest, { count: 9 }));
    expect(points).toHaveLength(9);
    expectClose(points[0]!.y, ((1e-14 * 4) / 0.01) * 1e3);
    for (const p of points) expectClose(p.y / p.x, (4 / 0.01) * 1e3, 1e-9);
  });

  it.each([
    [{ electronicConductivitySPerCm: 0 }, /Electronic conductivity σ_e must be positive \(got 0 S\/cm\)/],
    [{ ionicConductivitySPerCm: -1 }, /Ionic conductivity σ_i must be positive/],
    [{ cellVoltageV: Number.NaN }, /Cell voltage must be a finite number/],
    [{ electrolyteThicknessM: 0 }, /Electrolyte thickness must be between 0.1 µm and 10000 µm \(got 0 µm\)/],
    [{ electrolyteThicknessM: 5 }, /Electrolyte thickness/],
  ])('electronicLeakage(%o) fails naming the parameter', (patch, pattern) => {
    expectError(electronicLeakage({ ...example, ...patch }), pattern);
  });
});

/** Builds an input object from slider specs, overriding one id. */
function fromSpecs(
  specs: readonly ParamSpec[],
  override: Record<string, number> = {},
): Record<string, number> {
  return Object.fromEntries(specs.map((s) => [s.id, override[s.id] ?? s.default]));
}

describe('parameter specs', () => {
  const all = [
    ...MONROE_NEWMAN_PARAMS,
    ...FLAW_MODEL_PARAMS,
    ...PRESSURE_POTENTIAL_PARAMS,
    ...ELECTRONIC_LEAKAGE_PARAMS,
  ];

  it.each(all.map((s) => [s.id, s] as const))(
    'spec %s has min < default-range ≤ max and a positive step',
    (_id, s) => {
      expect(s.min).toBeLessThan(s.max);
      expect(s.default).toBeGreaterThanOrEqual(s.min);
      expect(s.default).toBeLessThanOrEqual(s.max);
      expect(s.step).toBeGreaterThan(0);
      if (s.isLogScale) expect(s.min).toBeGreaterThan(0);
    },
  );

  it('every flaw-model slider position, at either end, gives a valid result', () => {
    for (const s of FLAW_MODEL_PARAMS) {
      for (const value of [s.min, s.max]) {
        const input = fromSpecs(FLAW_MODEL_PARAMS, { [s.id]: value });
        const r = criticalCurrentDensity({
          fractureToughnessMPaSqrtM: input.fractureToughnessMPaSqrtM!,
          flawDepthM: input.flawDepthM!,
          interfaceAsrOhmCm2: input.interfaceAsrOhmCm2!,
          geometryFactor: input.geometryFactor!,
        });
        expect(r.ok, `${s.id} = ${value}`).toBe(true);
        expect(
          flawFracture({
            fractureToughnessMPaSqrtM: input.fractureToughnessMPaSqrtM!,
            flawDepthM: input.flawDepthM!,
            overpotentialV: input.overpotentialV!,
            geometryFactor: input.geometryFactor!,
          }).ok,
        ).toBe(true);
      }
    }
  });

  it('every leakage slider position, at either end, gives a valid result', () => {
    for (const s of ELECTRONIC_LEAKAGE_PARAMS) {
      for (const value of [s.min, s.max]) {
        const input = fromSpecs(ELECTRONIC_LEAKAGE_PARAMS, { [s.id]: value });
        const r = electronicLeakage({
          electronicConductivitySPerCm: input.electronicConductivitySPerCm!,
          ionicConductivitySPerCm: input.ionicConductivitySPerCm!,
          cellVoltageV: input.cellVoltageV!,
          electrolyteThicknessM: input.electrolyteThicknessM!,
        });
        expect(r.ok, `${s.id} = ${value}`).toBe(true);
      }
    }
  });

  it('flaw depth slider is in m with a µm display', () => {
    const depth = FLAW_MODEL_PARAMS.find((s) => s.id === 'flawDepthM')!;
    expect(depth.unit).toBe('m');
    expect(depth.displayUnit).toBe('µm');
    expect(depth.default * depth.displayFactor).toBe(1);
    expect(depth.isLogScale).toBe(true);
  });
});
