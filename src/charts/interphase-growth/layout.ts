/**
 * Interphase growth: thickness and area-specific resistance against time for a type 2
 * (mixed-conducting, parabolic) and a type 3 (self-limiting) interphase, on log–log axes where
 * parabolic growth is a straight line of slope ½ and self-limited growth flattens; and a schematic
 * Li | interphase | electrolyte whose layer follows the time cursor. Canonical inputs (s, m,
 * Ω·cm²); the plots show hours, µm and Ω·cm².
 */
import { formatNumber } from '../../domain/format';
import type { InterphaseGrowthSchematic, Point } from '../../domain/models';
import { arrow, logFraction, rect, type Scene, type Shape, text } from '../scene/scene';
import type { XyInput } from '../xy-plot/layout';

export const H_PER_S = 1 / 3600;

export interface GrowthCurves {
  type2: readonly Point[];
  type3: readonly Point[];
}

export interface GrowthPlotInput {
  /** Thickness (m) or ASR (Ω·cm²) against time (s). */
  curves: GrowthCurves;
  quantity: 'thickness' | 'asr';
  /** Highlighted type (the chosen electrolyte's). */
  chosenType: 2 | 3;
  timeS: number;
  /** Values at the time cursor. */
  atTime: { type2: number | null; type3: number | null };
}

const SCALE = { thickness: 1e6, asr: 1 } as const;

/** Thickness (given in µm) in nm below 0.1 µm; ASR in Ω·cm². */
function fmtQuantity(quantity: 'thickness' | 'asr', v: number): string {
  if (quantity === 'asr') return `${formatNumber(v, 3)} Ω·cm²`;
  return v < 0.1 ? `${formatNumber(v * 1e3, 3)} nm` : `${formatNumber(v, 3)} µm`;
}

export function growthPlotInput(input: GrowthPlotInput): Omit<XyInput, 'width'> {
  const k = SCALE[input.quantity];
  const conv = (pts: readonly Point[]) =>
    pts.filter((p) => p.x > 0 && p.y > 0).map((p) => ({ x: p.x * H_PER_S, y: p.y * k }));
  const t2 = conv(input.curves.type2);
  const t3 = conv(input.curves.type3);
  const ys = [...t2, ...t3].map((p) => p.y);
  const xs = [...t2, ...t3].map((p) => p.x);
  const yLo = 10 ** Math.floor(Math.log10(Math.min(...ys)));
  const yHi = 10 ** Math.ceil(Math.log10(Math.max(...ys)));
  const tH = input.timeS * H_PER_S;
  const markers = (
    [
      [2, input.atTime.type2],
      [3, input.atTime.type3],
    ] as const
  )
    .filter((e): e is readonly [2 | 3, number] => e[1] !== null && e[1] > 0)
    .map(([type, v]) => ({
      id: `t${type}`,
      x: tH,
      y: v * k,
      label: `Type ${type} at ${formatNumber(tH, 3)} h: ${fmtQuantity(input.quantity, v * k)}`,
      tone: type === 2 ? ('danger' as const) : ('ok' as const),
    }));
  return {
    x: { title: 'Time t', unit: 'h', domain: [Math.min(...xs), Math.max(...xs)], isLog: true },
    y: {
      title: input.quantity === 'thickness' ? 'Interphase thickness L' : 'Interphase ASR',
      symbol: input.quantity === 'thickness' ? 'L' : 'ASR',
      unit: input.quantity === 'thickness' ? 'µm' : 'Ω·cm²',
      domain: [yLo, yHi],
      isLog: true,
    },
    series: [
      {
        id: 'type2',
        label: `Type 2, mixed conductor: L = √(2 k_p t)${input.chosenType === 2 ? ' (chosen)' : ''}`,
        points: t2,
        tone: 'danger',
        isDashed: input.chosenType !== 2,
      },
      {
        id: 'type3',
        label: `Type 3, self-limiting: L = L_max (1 − e^(−t/τ))${input.chosenType === 3 ? ' (chosen)' : ''}`,
        points: t3,
        tone: 'ok',
        isDashed: input.chosenType !== 3,
      },
    ],
    rules: [{ id: 't', axis: 'x', value: tH, label: `t = ${formatNumber(tH, 3)} h`, tone: 'muted' }],
    markers,
  };
}

/** Thickness range mapped onto the schematic (log), m. */
const SCENE_THICKNESS = [1e-10, 1e-3] as const;

/** Li | interphase | electrolyte, the layer drawn on a log scale of its thickness. */
export function growthScene(data: InterphaseGrowthSchematic, electrolyteName: string): Scene {
  const W = 400;
  const H = 210;
  const x0 = 90;
  const w = 6 + 200 * logFraction(data.interphaseThicknessM, SCENE_THICKNESS[0], SCENE_THICKNESS[1]);
  const isType2 = data.interfaceType === 2;
  const shapes: Shape[] = [
    rect('li', 'li', 10, 30, x0 - 10, 140),
    rect('sse', 'sse', x0, 30, W - 10 - x0, 140),
    rect('interphase', 'interphase', x0, 30, w, 140),
    text('li-label', 'label', 50, 190, 'Li', 'middle'),
    text('sse-label', 'label', W - 14, 190, electrolyteName, 'end'),
    text(
      'int-label',
      'label-strong',
      x0,
      22,
      `L = ${fmtQuantity('thickness', data.interphaseThicknessM * 1e6)}`,
    ),
    arrow('li-ion', 'tension', 40, 70, x0 + w + 18, 70),
    text('li-ion-label', 'label', W - 16, 60, 'Li⁺ pass', 'end'),
  ];
  // Electrons: through a type 2 layer to the reaction front; stopped at the Li side for type 3.
  const reach = isType2 ? x0 + w + 18 : x0 + Math.min(w, 12) * 0.6;
  shapes.push(arrow('e', 'electron', 40, 130, reach, 130));
  shapes.push(
    text(
      'e-label',
      isType2 ? 'label-danger' : 'label-ok',
      W - 16,
      120,
      isType2 ? 'e⁻ pass' : 'e⁻ blocked',
      'end',
    ),
  );
  return {
    width: W,
    height: H,
    title: `Li | interphase | ${electrolyteName}`,
    description:
      `After ${formatNumber(data.timeS * H_PER_S, 3)} h the type ${data.interfaceType} interphase is ` +
      `${formatNumber(data.interphaseThicknessM * 1e9, 3)} nm thick (ASR ${formatNumber(data.asrOhmCm2, 3)} Ω·cm²); ` +
      (isType2
        ? 'electrons cross it to the reaction front, so it keeps growing.'
        : 'it blocks electrons, so it stops growing.') +
      ' The layer is drawn on a logarithmic thickness scale.',
    shapes,
  };
}
