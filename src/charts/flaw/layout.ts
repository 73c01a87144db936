/**
 * Flaw model (Porz et al. 2017) diagram: the critical overpotential η_c against flaw depth a on
 * log axes, the operating point (a, η), and a schematic of a Li-filled surface flaw whose depth,
 * pressure and crack follow the inputs. Inputs arrive in the models' canonical units (m, V, MPa);
 * the plot shows µm and mV.
 */
import { formatNumber } from '../../domain/format';
import type { FlawSchematic, Point } from '../../domain/models';
import { arrow, logFraction, rect, type Scene, type Shape, text, unit } from '../scene/scene';
import type { XyInput } from '../xy-plot/layout';

export const UM_PER_M = 1e6;
export const MV_PER_V = 1e3;

export interface FlawPlotInput {
  /** η_c (V) against a (m), from `sampleCriticalOverpotentialVsFlawDepth`. */
  curve: readonly Point[];
  flawDepthM: number;
  overpotentialV: number;
  /** η_c at the current flaw depth (V). */
  criticalOverpotentialV: number;
  /** a_c at the current overpotential (m), or null at η = 0. */
  criticalFlawDepthM: number | null;
  isFractureExpected: boolean;
}

/** The plot as data (display units: µm, mV). */
export function flawPlotInput(input: FlawPlotInput): Omit<XyInput, 'width'> {
  const points = input.curve.map((p) => ({ x: p.x * UM_PER_M, y: p.y * MV_PER_V }));
  const ys = points.map((p) => p.y);
  const yLo = 10 ** Math.floor(Math.log10(Math.min(...ys, Math.max(input.overpotentialV * MV_PER_V, 1e-3))));
  const yHi = 10 ** Math.ceil(Math.log10(Math.max(...ys, input.overpotentialV * MV_PER_V)));
  const aUm = input.flawDepthM * UM_PER_M;
  const etaMv = input.overpotentialV * MV_PER_V;
  return {
    x: {
      title: 'Flaw depth a',
      unit: 'µm',
      domain: [points[0]?.x ?? 0.01, points.at(-1)?.x ?? 100],
      isLog: true,
    },
    y: { title: 'Critical overpotential η_c', symbol: 'η_c', unit: 'mV', domain: [yLo, yHi], isLog: true },
    series: [
      {
        id: 'eta-c',
        label: 'η_c(a): the flaw cracks above this line',
        points,
        tone: 'primary',
        shade: 'above',
        shadeLabel: 'flaw cracks',
      },
    ],
    rules: [
      { id: 'eta', axis: 'y', value: etaMv, label: `η = ${formatNumber(etaMv, 3)} mV`, tone: 'secondary' },
      { id: 'a', axis: 'x', value: aUm, label: `a = ${formatNumber(aUm, 3)} µm`, tone: 'muted' },
    ],
    markers: [
      {
        id: 'operating',
        x: aUm,
        y: etaMv,
        label: `Your flaw at η = ${formatNumber(etaMv, 3)} mV: ${input.isFractureExpected ? 'cracks' : 'holds'}`,
        tone: input.isFractureExpected ? 'danger' : 'ok',
      },
      {
        id: 'critical',
        x: aUm,
        y: input.criticalOverpotentialV * MV_PER_V,
        label: `η_c at a = ${formatNumber(aUm, 3)} µm: ${formatNumber(input.criticalOverpotentialV * MV_PER_V, 3)} mV`,
        tone: 'primary',
      },
    ],
  };
}

/** Depth range mapped onto the schematic (log), m. */
const SCENE_DEPTH_RANGE = [1e-8, 1e-4] as const;

/** Schematic of a Li-filled surface flaw (Li on top, electrolyte below). */
export function flawScene(data: FlawSchematic): Scene {
  const W = 400;
  const H = 240;
  const surface = 56;
  const maxDepth = 140;
  const depthPx = (m: number) => 14 + maxDepth * logFraction(m, SCENE_DEPTH_RANGE[0], SCENE_DEPTH_RANGE[1]);
  const d = depthPx(data.flawDepthM);
  const cx = 170;
  const half = 7 + d * 0.08;
  const tipY = surface + d;
  const ratio = data.stressIntensityRatio;
  const shapes: Shape[] = [
    rect('sse', 'sse', 0, surface, 320, H - surface),
    rect('li', 'li', 0, 24, 320, surface - 24),
    {
      kind: 'path',
      key: 'flaw',
      role: 'li',
      d: `M ${cx - half} ${surface} L ${cx} ${tipY} L ${cx + half} ${surface} Z`,
    },
    text('li-label', 'label', 8, 44, 'Li metal (plating)'),
    text('sse-label', 'label', 8, H - 10, 'Solid electrolyte'),
  ];
  // Crack growth beyond the tip when K_I ≥ K_Ic; zero length otherwise (animates open/closed).
  const crack = data.isFractureExpected ? Math.min(H - tipY - 8, 30 + 20 * Math.min(ratio, 3)) : 0;
  shapes.push({
    kind: 'path',
    key: 'crack',
    role: 'crack',
    d: `M ${cx} ${tipY} L ${cx + crack * 0.15} ${tipY + crack * 0.35} L ${cx - crack * 0.1} ${tipY + crack * 0.7} L ${cx + crack * 0.05} ${tipY + crack}`,
  });
  // Li pressure pushes the flaw faces apart: arrow length grows with log p (1 MPa … 10 GPa).
  const push = 8 + 30 * logFraction(Math.max(data.pressureMPa, 1e-3), 1, 1e4);
  const midY = surface + d * 0.55;
  const faceX = half * (1 - 0.55);
  shapes.push(arrow('p-left', 'compress', cx - faceX, midY, cx - faceX - push, midY));
  shapes.push(arrow('p-right', 'compress', cx + faceX, midY, cx + faceX + push, midY));
  shapes.push(
    text(
      'p-label',
      'label-strong',
      cx + faceX + push + 6,
      midY + 5,
      `p = ${formatNumber(data.pressureMPa, 3)} MPa`,
    ),
  );
  shapes.push(
    text(
      'a-label',
      'label',
      cx - half - 6,
      surface + Math.min(d, 40) / 2 + 16,
      `a = ${formatNumber(data.flawDepthM * UM_PER_M, 3)} µm`,
      'end',
    ),
  );
  // The critical depth at this overpotential: flaws reaching below the dashed line crack.
  if (data.criticalFlawDepthM !== null) {
    const ac = surface + depthPx(data.criticalFlawDepthM);
    shapes.push({ kind: 'line', key: 'ac', role: 'outline', x1: 40, x2: 300, y1: ac, y2: ac });
    shapes.push(
      text(
        'ac-label',
        'label',
        44,
        ac - 5,
        `a_c = ${formatNumber(data.criticalFlawDepthM * UM_PER_M, 3)} µm`,
      ),
    );
  } else {
    shapes.push({ kind: 'line', key: 'ac', role: 'outline', x1: 40, x2: 40, y1: H, y2: H });
    shapes.push(text('ac-label', 'label', 44, H - 28, 'η = 0: no flaw cracks'));
  }
  // Gauge: K_I / K_Ic from 0 to 2, the mark at 1 is fracture.
  const gx = 340;
  const gTop = 40;
  const gH = 170;
  const fill = gH * unit(ratio / 2);
  shapes.push(rect('gauge', 'gauge', gx, gTop, 26, gH));
  shapes.push(
    rect(
      'gauge-fill',
      data.isFractureExpected ? 'gauge-fill-danger' : 'gauge-fill-ok',
      gx,
      gTop + gH - fill,
      26,
      fill,
    ),
  );
  shapes.push({
    kind: 'line',
    key: 'gauge-1',
    role: 'outline',
    x1: gx - 6,
    x2: gx + 32,
    y1: gTop + gH / 2,
    y2: gTop + gH / 2,
  });
  shapes.push(text('gauge-title', 'label', gx + 13, gTop - 10, 'K_I/K_Ic', 'middle'));
  shapes.push(
    text(
      'gauge-value',
      data.isFractureExpected ? 'label-danger' : 'label-ok',
      gx + 13,
      gTop + gH + 20,
      formatNumber(ratio, 2),
      'middle',
    ),
  );
  const depthText = `${formatNumber(data.flawDepthM * UM_PER_M, 3)} µm`;
  return {
    width: W,
    height: H,
    title: 'Li-filled surface flaw in the electrolyte',
    description:
      `A flaw ${depthText} deep is filled with Li at ${formatNumber(data.pressureMPa, 3)} MPa; ` +
      `K_I/K_Ic = ${formatNumber(ratio, 3)}, so the flaw ${data.isFractureExpected ? 'cracks and Li follows the crack' : 'holds'}.` +
      (data.criticalFlawDepthM !== null
        ? ` Flaws deeper than ${formatNumber(data.criticalFlawDepthM * UM_PER_M, 3)} µm crack at this overpotential.`
        : ''),
    shapes,
  };
}
