/**
 * Electronic leakage (Han et al. 2019): the leakage current j_e = σ_e V / L against the
 * electronic conductivity σ_e on log axes, with the classes of σ_e (negligible < 1e-10 S/cm,
 * concerning up to 1e-8 S/cm, high above) as bands and the electrolytes of the knowledge base as
 * markers; and a schematic of electrons leaking through the electrolyte and Li nucleating inside.
 */
import { formatNumber } from '../../domain/format';
import type { ElectronicLeakageClass, Point } from '../../domain/models';
import { arrow, logFraction, rect, type Scene, type Shape, text } from '../scene/scene';
import type { MarkerInput, XyInput } from '../xy-plot/layout';

export interface LeakagePlotInput {
  /** j_e (mA/cm²) against σ_e (S/cm). */
  curve: readonly Point[];
  electronicConductivitySPerCm: number;
  leakageCurrentMilliAmpPerCm2: number;
  leakageClass: ElectronicLeakageClass;
  thresholds: { negligibleBelow: number; highAbove: number };
  /** KB electrolytes with σ_e (representative value) and their j_e at the current V and L. */
  materials: ReadonlyArray<{ id: string; label: string; sigma: number; current: number }>;
}

export function leakagePlotInput(input: LeakagePlotInput): Omit<XyInput, 'width'> {
  const points = input.curve.map((p) => ({ x: p.x, y: p.y }));
  const x0 = points[0]?.x ?? 1e-14;
  const x1 = points.at(-1)?.x ?? 1e-6;
  const ys = points.map((p) => p.y);
  const materialMarkers: MarkerInput[] = input.materials.map((m) => ({
    id: `kb-${m.id}`,
    x: m.sigma,
    y: m.current,
    label: `${m.label} (knowledge base)`,
    tone: 'muted',
  }));
  return {
    x: { title: 'Electronic conductivity σ_e', unit: 'S/cm', domain: [x0, x1], isLog: true },
    y: {
      title: 'Leakage current j_e',
      symbol: 'j_e',
      unit: 'mA/cm²',
      domain: [10 ** Math.floor(Math.log10(Math.min(...ys))), 10 ** Math.ceil(Math.log10(Math.max(...ys)))],
      isLog: true,
    },
    series: [{ id: 'leak', label: 'j_e = σ_e V / L', points, tone: 'primary' }],
    bands: [
      {
        id: 'negligible',
        axis: 'x',
        from: x0,
        to: input.thresholds.negligibleBelow,
        label: 'negligible',
        tone: 'ok',
      },
      {
        id: 'concerning',
        axis: 'x',
        from: input.thresholds.negligibleBelow,
        to: input.thresholds.highAbove,
        label: 'concerning',
        tone: 'warn',
      },
      { id: 'high', axis: 'x', from: input.thresholds.highAbove, to: x1, label: 'high', tone: 'danger' },
    ],
    markers: [
      ...materialMarkers,
      {
        id: 'operating',
        x: input.electronicConductivitySPerCm,
        y: input.leakageCurrentMilliAmpPerCm2,
        label: `Your electrolyte: ${formatNumber(input.leakageCurrentMilliAmpPerCm2, 3)} mA/cm² (${input.leakageClass})`,
        tone: input.leakageClass === 'high' ? 'danger' : input.leakageClass === 'concerning' ? 'warn' : 'ok',
      },
    ],
  };
}

/** Electrons crossing the electrolyte between Li and the cathode; Li specks nucleate inside. */
export function leakageScene(input: {
  electronicConductivitySPerCm: number;
  leakageClass: ElectronicLeakageClass;
  depositionRateMPerS: number;
}): Scene {
  const W = 400;
  const H = 200;
  const f = logFraction(input.electronicConductivitySPerCm, 1e-15, 1e-5);
  const shapes: Shape[] = [
    rect('li', 'li', 10, 30, 70, 140),
    rect('sse', 'sse', 80, 30, 220, 140),
    rect('cathode', 'cathode', 300, 30, 90, 140),
    text('li-label', 'label', 45, 190, 'Li', 'middle'),
    text('sse-label', 'label', 190, 190, 'Solid electrolyte', 'middle'),
    text('cathode-label', 'label', 345, 190, 'Cathode', 'middle'),
  ];
  // Electron arrows: how far they get into the electrolyte follows log σ_e.
  for (const [i, y] of [60, 100, 140].entries()) {
    const reach = 20 + 200 * f;
    shapes.push(arrow(`e${i}`, 'electron', 84, y, 84 + reach, y));
  }
  shapes.push(text('e-label', 'label', 90, 22, 'e⁻ leak', 'start'));
  // Li nucleating inside: the number of specks grows with the class.
  const count = input.leakageClass === 'high' ? 9 : input.leakageClass === 'concerning' ? 4 : 0;
  const spots = [
    [130, 80],
    [190, 120],
    [240, 70],
    [160, 150],
    [220, 100],
    [270, 140],
    [120, 120],
    [260, 50],
    [200, 60],
  ] as const;
  spots.forEach(([cx, cy], i) => {
    shapes.push({ kind: 'circle', key: `dep${i}`, role: 'deposit', cx, cy, r: i < count ? 6 : 0 });
  });
  const rateNmPerH = input.depositionRateMPerS * 1e9 * 3600;
  return {
    width: W,
    height: H,
    title: 'Electrons leaking through the electrolyte',
    description:
      `σ_e = ${formatNumber(input.electronicConductivitySPerCm, 2)} S/cm (${input.leakageClass}): ` +
      (count > 0
        ? `electrons reach Li⁺ inside the electrolyte, so Li can deposit there (upper bound ${formatNumber(rateNmPerH, 2)} nm/h).`
        : 'too few electrons leak for Li to deposit inside the electrolyte.'),
    shapes,
  };
}
