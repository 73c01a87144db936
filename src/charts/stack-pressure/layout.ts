/**
 * Stack pressure against state of charge for two cells that differ in their anode (e.g. In vs
 * LTO, each against NMC), and a schematic of both stacks whose layer thicknesses follow the SOC
 * cursor (changes exaggerated).
 */
import { formatNumber } from '../../domain/format';
import type { Point, StackSchematic } from '../../domain/models';
import { arrow, rect, type Scene, type Shape, text, unit } from '../scene/scene';
import type { XyInput } from '../xy-plot/layout';

export interface StackCurve {
  id: 'a' | 'b';
  /** e.g. "In foil | NMC811". */
  label: string;
  /** Pressure (MPa) against SOC (0…1). */
  points: readonly Point[];
  /** Pressure at the SOC cursor. */
  pressureMPa: number;
}

export function stackPlotInput(input: {
  curves: readonly StackCurve[];
  soc: number;
  initialPressureMPa: number;
  /** Measured pressure changes at full charge for the cells shown, drawn at p₀ + Δp (100 % SOC). */
  measured?: readonly { id: string; label: string; pressureChangeMPa: number }[];
}): Omit<XyInput, 'width'> {
  const measured = input.measured ?? [];
  const ys = [
    ...input.curves.flatMap((c) => c.points.map((p) => p.y)),
    ...measured.map((m) => input.initialPressureMPa + m.pressureChangeMPa),
  ];
  const hi = Math.max(...ys, input.initialPressureMPa, 1);
  return {
    x: { title: 'State of charge', unit: '%', domain: [0, 100], isLog: false },
    y: { title: 'Stack pressure p', symbol: 'p', unit: 'MPa', domain: [0, hi * 1.12], isLog: false },
    series: input.curves.map((c) => ({
      id: `stack-${c.id}`,
      label: c.label,
      points: c.points.map((p) => ({ x: p.x * 100, y: p.y })),
      tone: c.id === 'a' ? ('danger' as const) : ('secondary' as const),
      isDashed: c.id === 'b',
    })),
    rules: [
      {
        id: 'p0',
        axis: 'y',
        value: input.initialPressureMPa,
        label: `p₀ = ${formatNumber(input.initialPressureMPa, 3)} MPa`,
        tone: 'muted',
      },
      {
        id: 'soc',
        axis: 'x',
        value: input.soc * 100,
        label: `${formatNumber(input.soc * 100, 3)} %`,
        tone: 'muted',
      },
    ],
    markers: [
      ...input.curves.map((c) => ({
        id: `at-${c.id}`,
        x: input.soc * 100,
        y: c.pressureMPa,
        label: `${c.label} at ${formatNumber(input.soc * 100, 3)} %: ${formatNumber(c.pressureMPa, 3)} MPa`,
        tone: c.id === 'a' ? ('danger' as const) : ('secondary' as const),
      })),
      ...measured.map((m) => ({
        id: `measured-${m.id}`,
        x: 100,
        y: input.initialPressureMPa + m.pressureChangeMPa,
        label: `measured: ${m.label}, Δp = ${m.pressureChangeMPa >= 0 ? '+' : '−'}${formatNumber(Math.abs(m.pressureChangeMPa), 3)} MPa`,
        tone: 'ok' as const,
      })),
    ],
  };
}

/** Exaggeration of thickness changes in the schematic. */
export const STACK_EXAGGERATION = 5;

interface StackColumn {
  id: 'a' | 'b';
  title: string;
  now: StackSchematic;
  /** Thicknesses at SOC 0, m. */
  anode0M: number;
  cathode0M: number;
}

/** Two stacks side by side between rigid plates; arrows on the plates grow with the pressure. */
export function stackScene(columns: readonly StackColumn[]): Scene {
  const W = 400;
  const H = 260;
  const shapes: Shape[] = [];
  const base = { anode: 46, separator: 56, cathode: 46 };
  const maxP = Math.max(...columns.map((c) => c.now.pressureMPa), 1);
  columns.forEach((c, i) => {
    const x = 30 + i * 190;
    const w = 150;
    const grow = (now: number, zero: number) => 1 + STACK_EXAGGERATION * (now / zero - 1);
    const hA = Math.max(6, base.anode * grow(c.now.anodeThicknessM, c.anode0M));
    const hC = Math.max(6, base.cathode * grow(c.now.cathodeThicknessM, c.cathode0M));
    const total = hA + base.separator + hC;
    const bottom = 214;
    const top = bottom - total;
    const gap = c.now.isContactLost ? 6 : 0;
    shapes.push(rect(`${c.id}-plate-top`, 'plate', x - 6, top - 12 - gap, w + 12, 10));
    shapes.push(rect(`${c.id}-plate-bottom`, 'plate', x - 6, bottom + 2, w + 12, 10));
    shapes.push(rect(`${c.id}-anode`, 'anode', x, top, w, hA));
    shapes.push(rect(`${c.id}-sep`, 'separator', x, top + hA, w, base.separator));
    shapes.push(rect(`${c.id}-cathode`, 'cathode', x, top + hA + base.separator, w, hC));
    shapes.push(text(`${c.id}-l-a`, 'label', x + 6, top + hA / 2 + 5, 'anode'));
    shapes.push(text(`${c.id}-l-s`, 'label', x + 6, top + hA + base.separator / 2 + 5, 'separator'));
    shapes.push(text(`${c.id}-l-c`, 'label', x + 6, top + hA + base.separator + hC / 2 + 5, 'cathode'));
    const len = 6 + 30 * unit(c.now.pressureMPa / maxP);
    shapes.push(arrow(`${c.id}-p`, 'compress', x + w / 2, top - 14 - gap - len, x + w / 2, top - 14 - gap));
    shapes.push(text(`${c.id}-title`, 'label-strong', x + w / 2, 250, c.title, 'middle'));
    shapes.push(
      text(`${c.id}-p-label`, 'label', x + w / 2 + 8, 20, `${formatNumber(c.now.pressureMPa, 3)} MPa`),
    );
  });
  return {
    width: W,
    height: H,
    title: 'Two cells between rigid plates',
    description: columns
      .map(
        (c) =>
          `${c.title}: ${formatNumber(c.now.pressureMPa, 3)} MPa` +
          (c.now.isContactLost ? ', the layers lose contact' : ''),
      )
      .join('; ')
      .concat(`. Thickness changes are drawn ×${STACK_EXAGGERATION}.`),
    shapes,
  };
}
