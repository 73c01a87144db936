// @vitest-environment node
/**
 * Layout functions of the mechanism diagrams: pure geometry checked against the models, with
 * expected numbers from MODELS.md's worked examples.
 */
import { flawPlotInput, flawScene } from '../../src/charts/flaw/layout';
import { growthPlotInput, growthScene } from '../../src/charts/interphase-growth/layout';
import { fractureScene } from '../../src/charts/interphase-fracture/layout';
import { misfitScene } from '../../src/charts/misfit/layout';
import {
  monroeNewmanScene,
  monroeNewmanStrip,
  protrusionHeight,
} from '../../src/charts/monroe-newman/layout';
import type { Scene, Shape } from '../../src/charts/scene/scene';
import { stackScene } from '../../src/charts/stack-pressure/layout';
import { axisTicks, fittedTitle, MARGIN, xyLayout } from '../../src/charts/xy-plot/layout';
import {
  criticalOverpotential,
  flawSchematic,
  interphaseFractureSchematic,
  INTERPHASE_FRACTURE_DEFAULTS,
  interphaseGrowth,
  interphaseGrowthSchematic,
  misfitSphereInputFromPresets,
  misfitSphereSchematic,
  ACTIVE_PARTICLE_PRESETS,
  MATRIX_PRESETS,
  sampleCriticalOverpotentialVsFlawDepth,
  STACK_ANODE_PRESETS,
  STACK_CATHODE_PRESETS,
  STACK_DEFAULTS,
  stackSchematic,
  logSpace,
  type Point,
} from '../../src/domain/models';
import { scaleLog } from 'd3-scale';
import { expectClose, expectSigFigs, unwrap } from './models/close';

const shape = (scene: Scene, key: string): Shape => {
  const s = scene.shapes.find((x) => x.key === key);
  if (!s) throw new Error(`no shape ${key}`);
  return s;
};

describe('xyLayout', () => {
  const base = {
    width: 600,
    x: { title: 'Flaw depth a', unit: 'µm', domain: [0.01, 100] as const, isLog: true },
    y: { title: 'η_c', unit: 'mV', domain: [1, 1000] as const, isLog: true },
    series: [],
  };

  it('maps the domain onto the plot area, log axes included', () => {
    const l = xyLayout(base);
    expect(l.plot.left).toBe(MARGIN.left);
    expectClose(l.xPx(0.01), MARGIN.left, 1e-12);
    expectClose(l.xPx(100), 600 - MARGIN.right, 1e-12);
    // One decade of four is a quarter of the width.
    expectClose(l.xPx(0.1) - l.xPx(0.01), l.plot.width / 4, 1e-9);
    expectClose(l.yPx(1000), MARGIN.top, 1e-12);
    expectClose(l.yPx(1), l.plot.top + l.plot.height, 1e-12);
  });

  it('labels only powers of ten on a log axis spanning several decades', () => {
    const l = xyLayout(base);
    const labelled = l.xTicks.filter((t) => t.label !== '');
    expect(labelled.map((t) => t.value)).toEqual([0.01, 0.1, 1, 10, 100]);
    expect(labelled.map((t) => t.label)).toEqual(['0.01', '0.1', '1', '10', '100']);
    for (const t of l.xTicks) expectClose(t.pos, l.xPx(t.value), 1e-12);
  });

  it('thins the labels of a long log axis to fit the length', () => {
    const axis = { title: 'σ_e', unit: 'S/cm', domain: [1e-15, 1e-5] as const, isLog: true };
    const scale = scaleLog().domain([1e-15, 1e-5]).range([0, 200]);
    const labelled = axisTicks(axis, scale, 200).filter((t) => t.label);
    expect(labelled.length).toBeLessThanOrEqual(Math.floor(200 / 56));
    expect(labelled[0]?.label).toBe('10⁻¹⁵');
  });

  it('labels 1, 2 and 5 × 10ⁿ on a short log axis, never closer than a label', () => {
    // 5–300 GPa (1.8 decades), the misfit plot's modulus axis: d3 gives 6, 7, 8, 9, 10, 20, … 300.
    const axis = { title: 'E_m', unit: 'GPa', domain: [5, 300] as const, isLog: true };
    const wide = axisTicks(axis, scaleLog().domain([5, 300]).range([0, 700]), 700);
    expect(wide.filter((t) => t.label).map((t) => t.label)).toEqual(['5', '10', '20', '50', '100', '200']);
    expect(wide.filter((t) => !t.label).map((t) => t.value)).toContain(70);
    // At 160 px, x = 160 log(v/5)/log(60): 5 → 0, 10 → 27.1, 20 → 54.2, 50 → 90, 100 → 117.1,
    // 200 → 144.2. Half-widths 4 px per character + 6: "10" ends at 41.1, so "20" (from 40.2) is
    // dropped; "50" ends at 104, so "100" (from 99.1) is dropped.
    const narrow = axisTicks(axis, scaleLog().domain([5, 300]).range([0, 160]), 160);
    expect(narrow.filter((t) => t.label).map((t) => t.label)).toEqual(['5', '10', '50', '200']);
  });

  it('widens the margins for tick labels and titles as the type grows (projector, presenter mode)', () => {
    const plain = xyLayout(base);
    expect(plain.plot.left).toBe(MARGIN.left);
    expect(plain.yTitle.y).toBe(16);
    // Presenter mode: root 22 px = 1.375 × 16 px → left 68 × 1.375 = 93.5 → 94, bottom 52 × 1.375 = 71.5 → 72.
    const big = xyLayout({ ...base, fontScale: 1.375 });
    expect(big.plot.left).toBe(94);
    expect(big.plot.top + big.plot.height).toBe(big.height - 72);
    expect(big.yTitle.y).toBe(22);
    // The right margin holds half of the last x tick label: 16 × 1.375 = 22 px.
    expect(big.plot.left + big.plot.width).toBe(600 - 22);
    // Smaller type never shrinks them.
    expect(xyLayout({ ...base, fontScale: 0.8 }).plot.left).toBe(MARGIN.left);
  });

  it('measures an axis title at the page type size: one that fits at 16 px falls back to its symbol in presenter mode', () => {
    // 'Critical overpotential η_c (mV)' is 31 characters, 31 × 7.6 = 235.6 px. Width 600 gives a
    // plot 600 × 0.62 = 372 px tall less 14 + 52 = 306 px at 16 px type: the full title fits. At
    // 1.375 × 16 px it takes 235.6 × 1.375 = 324 px, and the plot is 372 − 14 − 72 = 286 px tall.
    const y = {
      title: 'Critical overpotential η_c',
      symbol: 'η_c',
      unit: 'mV',
      domain: [1, 1000] as const,
      isLog: true,
    };
    expect(xyLayout({ ...base, y }).yTitle.text).toBe('Critical overpotential η_c (mV)');
    expect(xyLayout({ ...base, y, fontScale: 1.375 }).yTitle.text).toBe('η_c (mV)');
  });

  it('pins a marker outside the domain to the edge and says so', () => {
    const l = xyLayout({ ...base, markers: [{ id: 'm', x: 1000, y: 0, label: 'off', tone: 'danger' }] });
    const m = l.markers[0]!;
    expect(m.isClamped).toBe(true);
    expectClose(m.cx, l.xPx(100), 1e-12);
    expectClose(m.cy, l.yPx(1), 1e-12);
  });

  it('hides a rule whose value is outside the domain', () => {
    const l = xyLayout({
      ...base,
      rules: [{ id: 'r', axis: 'y', value: 5000, label: 'too high', tone: 'muted' }],
    });
    expect(l.rules[0]?.isVisible).toBe(false);
  });

  it('drops points a log axis cannot show instead of drawing NaN', () => {
    const l = xyLayout({
      ...base,
      series: [
        {
          id: 's',
          label: 's',
          tone: 'primary',
          points: [
            { x: 0, y: 10 },
            { x: 1, y: 10 },
            { x: 10, y: -1 },
            { x: 10, y: 100 },
          ],
        },
      ],
    });
    expect(l.series[0]?.pixels).toHaveLength(2);
    expect(l.series[0]?.d).not.toMatch(/NaN|Infinity/);
  });

  it('falls back to the short axis title when the full one does not fit', () => {
    const axis = { title: 'Critical overpotential η_c', symbol: 'η_c', unit: 'mV' };
    expect(fittedTitle(axis, 400)).toBe('Critical overpotential η_c (mV)');
    expect(fittedTitle(axis, 150)).toBe('η_c (mV)');
  });
});

describe('flaw plot', () => {
  const curve = unwrap(sampleCriticalOverpotentialVsFlawDepth({ fractureToughnessMPaSqrtM: 1 }));
  const input = flawPlotInput({
    curve,
    flawDepthM: 1e-6,
    overpotentialV: 0.1,
    criticalOverpotentialV: unwrap(criticalOverpotential({ fractureToughnessMPaSqrtM: 1, flawDepthM: 1e-6 }))
      .criticalOverpotentialV,
    criticalFlawDepthM: 4.61e-7,
    isFractureExpected: true,
  });
  const layout = xyLayout({ ...input, width: 640 });

  it('draws the curve in µm and mV on log axes', () => {
    expect(input.x).toMatchObject({ unit: 'µm', isLog: true });
    expectClose(input.x.domain[0], 0.01, 1e-9);
    expectClose(input.x.domain[1], 100, 1e-9);
    expect(input.y).toMatchObject({ unit: 'mV', isLog: true, domain: [1, 1000] });
  });

  it("puts the curve's pixel at a = 1 µm at the model's η_c = 67.9 mV mapped through the scale", () => {
    const i = curve.findIndex((p) => Math.abs(p.x / 1e-6 - 1) < 1e-9);
    expect(i).toBe(40);
    const [px, py] = layout.series[0]!.pixels[i]!;
    expectClose(px, layout.xPx(1), 1e-9);
    const etaMv =
      unwrap(criticalOverpotential({ fractureToughnessMPaSqrtM: 1, flawDepthM: 1e-6 }))
        .criticalOverpotentialV * 1e3;
    expectSigFigs(etaMv, 67.9);
    expectClose(py, layout.yPx(etaMv), 1e-9);
    // Slope −½ on log–log axes: one decade of a is half a decade of η_c in pixels.
    const decadeX = layout.xPx(10) - layout.xPx(1);
    const decadeY = layout.yPx(10) - layout.yPx(100);
    const [px2, py2] = layout.series[0]!.pixels[i + 20]!;
    expectClose(px2 - px, decadeX, 1e-6);
    expectClose(py2 - py, decadeY / 2, 1e-6);
  });

  it('places the operating point at (a, η) and shades the region above the curve', () => {
    const op = layout.markers.find((m) => m.id === 'operating')!;
    expectClose(op.cx, layout.xPx(1), 1e-9);
    expectClose(op.cy, layout.yPx(100), 1e-9);
    expect(op.tone).toBe('danger');
    expect(layout.series[0]?.shadeD).toMatch(/^M/);
  });
});

describe('flaw schematic', () => {
  const at = (overpotentialV: number, flawDepthM = 1e-6) =>
    flawScene(unwrap(flawSchematic({ fractureToughnessMPaSqrtM: 1, flawDepthM, overpotentialV })));

  it('opens a crack below the flaw only when K_I ≥ K_Ic', () => {
    const cracked = shape(at(0.1), 'crack');
    const intact = shape(at(0.05), 'crack');
    expect(cracked.kind === 'path' && cracked.d).not.toBe(intact.kind === 'path' && intact.d);
    expect(at(0.1).description).toMatch(/cracks/);
    expect(at(0.05).description).toMatch(/holds/);
  });

  it('draws deeper flaws deeper and keeps the same shapes (so they animate)', () => {
    const shallow = at(0.05, 1e-7);
    const deep = at(0.05, 1e-5);
    expect(shallow.shapes.map((s) => s.key)).toEqual(deep.shapes.map((s) => s.key));
    const tipY = (s: Scene) => {
      const f = shape(s, 'flaw');
      return f.kind === 'path' ? Number(f.d.split(' ')[5]) : Number.NaN;
    };
    expect(tipY(deep)).toBeGreaterThan(tipY(shallow));
  });

  it('labels the pressure from the model (742 MPa at 100 mV)', () => {
    const label = shape(at(0.1), 'p-label');
    expect(label.kind === 'text' && label.text).toBe('p = 742 MPa');
  });
});

describe('Monroe–Newman strip', () => {
  const entries = [
    {
      id: 'llzo',
      label: 'LLZO',
      ratio: 14.1,
      ratioLow: 13.9,
      ratioHigh: 14.4,
      isFilamentObserved: true,
      isEstimated: false,
    },
    {
      id: 'peo',
      label: 'PEO',
      ratio: 1.2e-3,
      ratioLow: 2.4e-5,
      ratioHigh: 2.4e-3,
      isFilamentObserved: true,
      isEstimated: true,
    },
    {
      id: 'li3ps4',
      label: 'Li3PS4',
      ratio: 1.67,
      ratioLow: 1.67,
      ratioHigh: 1.67,
      isFilamentObserved: true,
      isEstimated: true,
    },
  ];
  const l = monroeNewmanStrip({
    width: 600,
    entries,
    threshold: 2,
    current: { label: 'Your value', ratio: 14.1 },
    selectedId: 'llzo',
  });

  it('sorts the electrolytes by ratio and puts the slider row last', () => {
    expect(l.rows.map((r) => r.id)).toEqual(['peo', 'li3ps4', 'llzo', 'current']);
  });

  it('marks which pass the threshold, on the right side of its line', () => {
    const byId = Object.fromEntries(l.rows.map((r) => [r.id, r]));
    expect(byId.llzo?.isMet).toBe(true);
    expect(byId.li3ps4?.isMet).toBe(false);
    expect(byId.llzo!.cx).toBeGreaterThan(l.thresholdX);
    expect(byId.li3ps4!.cx).toBeLessThan(l.thresholdX);
    expectClose(l.thresholdX, l.xPx(2), 1e-12);
    expect(byId.llzo?.isSelected).toBe(true);
  });

  it('covers every range with whole decades', () => {
    const values = l.ticks.map((t) => t.value);
    expect(values[0]).toBeLessThanOrEqual(2.4e-5);
    expect(values.at(-1)).toBeGreaterThanOrEqual(14.4);
  });
});

describe('Monroe–Newman schematic', () => {
  it('grows the Li protrusion below the threshold and flattens it above', () => {
    expect(protrusionHeight(1e-4, 2)).toBeGreaterThan(protrusionHeight(0.5, 2));
    expect(protrusionHeight(0.5, 2)).toBeGreaterThan(protrusionHeight(14, 2));
    expect(protrusionHeight(14, 2)).toBeLessThan(4);
  });

  it('draws a filament along a grain boundary when the criterion is met, to make the LLZO point', () => {
    const met = monroeNewmanScene({ ratio: 14.1, threshold: 2, name: 'LLZO', isFilamentObserved: true });
    const notMet = monroeNewmanScene({ ratio: 0.5, threshold: 2, name: 'PEO', isFilamentObserved: true });
    expect(met.shapes.some((s) => s.key === 'filament-label')).toBe(true);
    expect(notMet.shapes.some((s) => s.key === 'filament-label')).toBe(false);
    expect(met.description).toMatch(/grain boundaries and flaws/);
    expect(met.description).toMatch(/observed in LLZO/);
  });
});

describe('interphase growth plot and schematic', () => {
  const type2 = {
    interfaceType: 2 as const,
    ionicConductivitySPerCm: 1e-6,
    electronicConductivitySPerCm: 1e-5,
    drivingForceV: 1,
    molarVolumeCm3PerMol: 10,
  };
  const type3 = {
    interfaceType: 3 as const,
    ionicConductivitySPerCm: 1e-6,
    saturationThicknessM: 6e-9,
    timeConstantS: 3600,
  };
  const sample = (input: typeof type2 | typeof type3): Point[] =>
    logSpace(60, 3.1536e7, 81).map((t) => ({ x: t, y: unwrap(interphaseGrowth(input, t)).thicknessM }));

  it('shows parabolic growth as slope ½ and self-limited growth levelling at L_max', () => {
    const input = growthPlotInput({
      curves: { type2: sample(type2), type3: sample(type3) },
      quantity: 'thickness',
      chosenType: 2,
      timeS: 3600,
      atTime: { type2: 8.24e-6, type3: 3.79e-9 },
    });
    const l = xyLayout({ ...input, width: 700 });
    const t2 = l.series.find((s) => s.id === 'type2')!;
    const [x0, y0] = t2.pixels[0]!;
    const [x1, y1] = t2.pixels.at(-1)!;
    const decadesX = (x1 - x0) / (l.xPx(10) - l.xPx(1));
    const decadesY = (y0 - y1) / (l.yPx(1) - l.yPx(10));
    expectClose(decadesY / decadesX, 0.5, 1e-6);
    const t3 = l.series.find((s) => s.id === 'type3')!;
    expectClose(t3.pixels.at(-1)![1], l.yPx(6e-3), 1e-6);
    expect(l.series.find((s) => s.id === 'type3')?.isDashed).toBe(true);
    expect(l.markers.find((m) => m.id === 't2')?.label).toBe('Type 2 at 1 h: 8.24 µm');
    expect(l.markers.find((m) => m.id === 't3')?.label).toBe('Type 3 at 1 h: 3.79 nm');
  });

  it('draws a thicker layer for a thicker interphase, with electrons passing only for type 2', () => {
    const thin = growthScene(unwrap(interphaseGrowthSchematic(type3, 3600)), 'LLZO');
    const thick = growthScene(unwrap(interphaseGrowthSchematic(type2, 3600)), 'LGPS');
    const width = (s: Scene) => {
      const r = shape(s, 'interphase');
      return r.kind === 'rect' ? r.width : Number.NaN;
    };
    expect(width(thick)).toBeGreaterThan(width(thin));
    const label = (s: Scene) => {
      const t = shape(s, 'e-label');
      return t.kind === 'text' ? t.text : '';
    };
    expect(label(thick)).toBe('e⁻ pass');
    expect(label(thin)).toBe('e⁻ blocked');
  });
});

describe('interphase fracture schematic', () => {
  it('cracks ahead of the nonuniform front for the LAGP-like defaults (MODELS.md worked example)', () => {
    const s = fractureScene(unwrap(interphaseFractureSchematic(INTERPHASE_FRACTURE_DEFAULTS)));
    const front = shape(s, 'front-crack');
    const crack = shape(s, 'crack');
    expect(front.kind === 'path' && front.d).not.toMatch(/L 270 (\S+) L 268 \1$/);
    expect(s.description).toMatch(/cracks ahead of interphase protrusions/);
    expect(crack.kind === 'path' && /L 158 (\S+)$/.exec(crack.d)).toBeTruthy();
  });
});

describe('misfit schematic', () => {
  const nmcIn = (matrix: (typeof MATRIX_PRESETS)[keyof typeof MATRIX_PRESETS], pct: number) =>
    misfitScene(
      unwrap(
        misfitSphereSchematic({
          ...misfitSphereInputFromPresets(ACTIVE_PARTICLE_PRESETS.nmc, matrix, 5e-6),
          volumeChangePct: pct,
        }),
      ),
    );

  it('opens a gap when NMC contracts (delamination) and radial cracks when it expands in a sulfide', () => {
    const shrink = nmcIn(MATRIX_PRESETS.argyrodite, -5);
    const swell = nmcIn(MATRIX_PRESETS.argyrodite, 5);
    const r = (s: Scene, key: string) => {
      const c = shape(s, key);
      return c.kind === 'circle' ? c.r : Number.NaN;
    };
    expect(r(shrink, 'particle')).toBeLessThan(r(shrink, 'hole'));
    expect(shrink.description).toMatch(/gap/);
    expect(swell.description).toMatch(/radial cracks/);
    const crack = shape(swell, 'crack0');
    const intactCrack = shape(shrink, 'crack0');
    expect(crack.kind === 'path' && crack.d).not.toBe(intactCrack.kind === 'path' && intactCrack.d);
  });
});

describe('stack schematic', () => {
  const cell = (anode: (typeof STACK_ANODE_PRESETS)[keyof typeof STACK_ANODE_PRESETS]) => ({
    anode,
    cathode: STACK_CATHODE_PRESETS.nmc,
    ...STACK_DEFAULTS,
    // the worked example of MODELS.md uses the uncalibrated E_eff = 1 GPa
    stackModulusGPa: 1,
  });

  it('thickens the In anode and leaves LTO as it was, with the pressures of MODELS.md', () => {
    const inCell = cell(STACK_ANODE_PRESETS.indium);
    const ltoCell = cell(STACK_ANODE_PRESETS.lto);
    const s = stackScene([
      {
        id: 'a',
        title: 'In | NMC',
        now: unwrap(stackSchematic(inCell, 1)),
        anode0M: 100e-6,
        cathode0M: 60e-6,
      },
      {
        id: 'b',
        title: 'LTO | NMC',
        now: unwrap(stackSchematic(ltoCell, 1)),
        anode0M: 80e-6,
        cathode0M: 60e-6,
      },
    ]);
    const h = (key: string) => {
      const r = shape(s, key);
      return r.kind === 'rect' ? r.height : Number.NaN;
    };
    expect(h('a-anode')).toBeGreaterThan(46);
    expectClose(h('b-anode'), 46 * (1 + 5 * 0.0012), 1e-9);
    expect(s.description).toBe('In | NMC: 20.9 MPa; LTO | NMC: 7.34 MPa. Thickness changes are drawn ×5.');
  });
});
