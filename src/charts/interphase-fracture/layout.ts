/**
 * Interphase expansion and fracture (the LAGP case): the stress intensity K at a flaw in the
 * electrolyte against interphase thickness h (uniform film, log–log), with K_Ic and the front
 * value as rules; and a schematic of an expanding interphase on the electrolyte, compressed
 * itself, putting the electrolyte in tension, with a crack when K ≥ K_Ic.
 */
import { formatNumber } from '../../domain/format';
import type { InterphaseFractureSchematic, Point } from '../../domain/models';
import { arrow, logFraction, rect, type Scene, type Shape, text, unit } from '../scene/scene';
import type { XyInput } from '../xy-plot/layout';

export interface FracturePlotInput {
  /** Uniform-film K (MPa·m½) against h (m). */
  curve: readonly Point[];
  interphaseThicknessM: number;
  stressIntensityMPaSqrtM: number;
  frontStressIntensityMPaSqrtM: number;
  fractureToughnessMPaSqrtM: number;
  criticalInterphaseThicknessM: number | null;
}

export function fracturePlotInput(input: FracturePlotInput): Omit<XyInput, 'width'> {
  const points = input.curve.filter((p) => p.y > 0).map((p) => ({ x: p.x * 1e6, y: p.y }));
  const kIc = input.fractureToughnessMPaSqrtM;
  const ys = [...points.map((p) => p.y), kIc, input.frontStressIntensityMPaSqrtM].filter((v) => v > 0);
  const xs = points.map((p) => p.x);
  const hUm = input.interphaseThicknessM * 1e6;
  const isCrack = input.stressIntensityMPaSqrtM >= kIc;
  return {
    x: {
      title: 'Interphase thickness h',
      unit: 'µm',
      domain: [Math.min(...xs, 0.01), Math.max(...xs, 1)],
      isLog: true,
    },
    y: {
      title: 'Stress intensity K',
      symbol: 'K',
      unit: 'MPa·m½',
      domain: [10 ** Math.floor(Math.log10(Math.min(...ys))), 10 ** Math.ceil(Math.log10(Math.max(...ys)))],
      isLog: true,
    },
    series: [
      { id: 'k', label: 'K under a uniform interphase, σ_s = f |σ_f| h / H', points, tone: 'primary' },
    ],
    rules: [
      {
        id: 'kic',
        axis: 'y',
        value: kIc,
        label: `K_Ic = ${formatNumber(kIc, 3)}`,
        tone: 'danger',
        isDashed: false,
      },
      ...(input.frontStressIntensityMPaSqrtM > 0
        ? [
            {
              id: 'front',
              axis: 'y' as const,
              value: input.frontStressIntensityMPaSqrtM,
              label: 'K at a nonuniform front',
              tone: 'warn' as const,
              labelAt: 'start' as const,
            },
          ]
        : []),
      ...(input.criticalInterphaseThicknessM !== null
        ? [
            {
              id: 'hc',
              axis: 'x' as const,
              value: input.criticalInterphaseThicknessM * 1e6,
              label: `h_c = ${formatNumber(input.criticalInterphaseThicknessM * 1e6, 3)} µm`,
              tone: 'muted' as const,
            },
          ]
        : []),
    ],
    markers:
      input.stressIntensityMPaSqrtM > 0
        ? [
            {
              id: 'operating',
              x: hUm,
              y: input.stressIntensityMPaSqrtM,
              label: `Your interphase, h = ${formatNumber(hUm, 3)} µm: K = ${formatNumber(input.stressIntensityMPaSqrtM, 3)}`,
              tone: isCrack ? 'danger' : 'ok',
            },
          ]
        : [],
  };
}

/** Electrolyte with an expanding interphase on top (Li above it). */
export function fractureScene(data: InterphaseFractureSchematic): Scene {
  const W = 400;
  const H = 240;
  const liBottom = 40;
  // Interphase drawn on a log scale between 10 nm and H.
  const h = 4 + 60 * logFraction(data.interphaseThicknessM, 1e-8, data.electrolyteThicknessM);
  const top = liBottom + h;
  const isFront = data.verdict === 'cracks-at-nonuniform-front';
  const isCrack = data.verdict === 'cracks';
  const shapes: Shape[] = [
    rect('li', 'li', 0, 10, W, liBottom - 10),
    rect('sse', 'sse', 0, top, W, H - 20 - top),
    rect('interphase', 'interphase', 0, liBottom, W, h),
    // A protrusion of the interphase into the electrolyte (cycling makes the front nonuniform).
    {
      kind: 'path',
      key: 'front',
      role: 'interphase',
      d: `M 250 ${top} Q 270 ${top + 50} 290 ${top} Z`,
    },
    text('li-label', 'label', 8, 30, 'Li metal'),
    // The band can be a few px thin, so it is named from the Li bar above it, pointing down.
    text(
      'int-label',
      'label-strong',
      W - 8,
      30,
      `interphase ▼ h = ${formatNumber(data.interphaseThicknessM * 1e6, 3)} µm`,
      'end',
    ),
    text('sse-label', 'label', 8, H - 28, 'Electrolyte'),
  ];
  // Film compression (arrows pointing inwards) and electrolyte tension (outwards), scaled by log stress.
  const comp = 10 + 26 * logFraction(Math.abs(data.filmStressMPa), 1, 1e4);
  const tens = 6 + 30 * logFraction(data.substrateStressMPa, 0.1, 1e3);
  const midFilm = liBottom + h / 2;
  if (data.filmStressMPa < 0) {
    shapes.push(arrow('c-left', 'compress', 120 - comp, midFilm, 120, midFilm));
    shapes.push(arrow('c-right', 'compress', 200 + comp, midFilm, 200, midFilm));
  } else {
    shapes.push(arrow('c-left', 'compress', 120, midFilm, 120, midFilm));
    shapes.push(arrow('c-right', 'compress', 200, midFilm, 200, midFilm));
  }
  const midSse = top + 60;
  const hasTension = data.substrateStressMPa > 0;
  shapes.push(arrow('t-left', 'tension', 120, midSse, 120 - (hasTension ? tens : 0), midSse));
  shapes.push(arrow('t-right', 'tension', 200, midSse, 200 + (hasTension ? tens : 0), midSse));
  // The flaw at the surface of the electrolyte, under the uniform interphase.
  const flawDepth = 6 + 24 * logFraction(data.flawDepthM, 1e-8, 1e-4);
  shapes.push({
    kind: 'path',
    key: 'flaw',
    role: 'crack',
    d: `M 156 ${top} L 160 ${top + flawDepth} L 164 ${top}`,
  });
  const crackLen = isCrack
    ? Math.min(H - 30 - top - flawDepth, 60 + 30 * unit(data.stressIntensityRatio / 4))
    : 0;
  shapes.push({
    kind: 'path',
    key: 'crack',
    role: 'crack',
    d: `M 160 ${top + flawDepth} L 166 ${top + flawDepth + crackLen * 0.5} L 158 ${top + flawDepth + crackLen}`,
  });
  const frontLen = isFront || isCrack ? 40 : 0;
  shapes.push({
    kind: 'path',
    key: 'front-crack',
    role: 'crack',
    d: `M 270 ${top + 25} L 276 ${top + 25 + frontLen * 0.5} L 268 ${top + 25 + frontLen}`,
  });
  shapes.push(
    text(
      'verdict',
      data.verdict === 'intact' ? 'label-ok' : 'label-danger',
      W - 8,
      H - 6,
      data.verdict === 'intact'
        ? 'intact'
        : isCrack
          ? 'electrolyte cracks'
          : 'cracks at the nonuniform front',
      'end',
    ),
  );
  return {
    width: W,
    height: H,
    title: 'Expanding interphase on the electrolyte',
    description:
      `The interphase (${formatNumber(data.interphaseThicknessM * 1e6, 3)} µm) is compressed at ${formatNumber(Math.abs(data.filmStressMPa), 3)} MPa ` +
      `and pulls the electrolyte into ${formatNumber(data.substrateStressMPa, 3)} MPa of tension; ` +
      `K/K_Ic = ${formatNumber(data.stressIntensityRatio, 3)} for a uniform layer and ${formatNumber(data.frontStressIntensityRatio, 3)} at a nonuniform front: ` +
      (data.verdict === 'intact'
        ? 'the electrolyte holds.'
        : isCrack
          ? 'the electrolyte cracks.'
          : 'it cracks ahead of interphase protrusions.'),
    shapes,
  };
}
