/**
 * Stress and potential: the shift ΔE = p V_m / F of Li under hydrostatic pressure p (a straight
 * line), with the stack-pressure range and the pressure Li reaches in a closed flaw at 100 mV for
 * scale, and a schematic of a Li block squeezed by the pressure.
 */
import { formatNumber } from '../../domain/format';
import type { Point } from '../../domain/models';
import { arrow, logFraction, rect, type Scene, text } from '../scene/scene';
import type { XyInput } from '../xy-plot/layout';

export interface StressPotentialPlotInput {
  /** ΔE (V) against p (MPa). */
  curve: readonly Point[];
  pressureMPa: number;
  potentialShiftV: number;
  /** Pressure of Li plated into a closed flaw at 100 mV (MPa), for scale. */
  flawPressureAt100MvMPa: number;
}

export function stressPotentialPlotInput(input: StressPotentialPlotInput): Omit<XyInput, 'width'> {
  const points = input.curve.map((p) => ({ x: p.x, y: p.y * 1e3 }));
  const xMax = points.at(-1)?.x ?? 1000;
  return {
    x: { title: 'Pressure on Li p', unit: 'MPa', domain: [0, xMax], isLog: false },
    y: {
      title: 'Potential shift ΔE',
      symbol: 'ΔE',
      unit: 'mV',
      domain: [0, (points.at(-1)?.y ?? 1) * 1.05],
      isLog: false,
    },
    series: [{ id: 'shift', label: 'ΔE = p V_m / F', points, tone: 'primary' }],
    bands: [{ id: 'stack', axis: 'x', from: 1, to: 100, label: 'stack pressures', tone: 'muted' }],
    rules: [
      {
        id: 'flaw',
        axis: 'x',
        value: input.flawPressureAt100MvMPa,
        label: 'Li in a flaw at 100 mV',
        tone: 'danger',
      },
    ],
    markers: [
      {
        id: 'operating',
        x: input.pressureMPa,
        y: input.potentialShiftV * 1e3,
        label: `${formatNumber(input.pressureMPa, 3)} MPa → ΔE = ${formatNumber(input.potentialShiftV * 1e3, 3)} mV`,
        tone: 'secondary',
      },
    ],
  };
}

/** A Li block between two electrolyte jaws, squeezed by arrows that grow with p. */
export function stressPotentialScene(pressureMPa: number, potentialShiftV: number): Scene {
  const W = 400;
  const H = 240;
  const f = logFraction(Math.max(pressureMPa, 0.01), 0.1, 1e4);
  const len = pressureMPa > 0 ? 10 + 36 * f : 0;
  const squeeze = 10 * f;
  const bar = Math.min(150, 150 * logFraction(Math.max(potentialShiftV * 1e3, 1e-3), 1e-3, 1e3));
  const cy = 115;
  return {
    width: W,
    height: H,
    title: 'Li under hydrostatic pressure',
    description:
      `Li pressed at ${formatNumber(pressureMPa, 3)} MPa: its chemical potential rises by ` +
      `${formatNumber(potentialShiftV * 1e3, 3)} mV, so plating into it needs that much more overpotential.`,
    shapes: [
      rect('jaw-top', 'sse', 60, 20, 160, 45 + squeeze),
      rect('jaw-bottom', 'sse', 60, 165 - squeeze, 160, 35 + squeeze),
      rect('li', 'li', 80 - squeeze, 65 + squeeze, 120 + 2 * squeeze, 100 - 2 * squeeze),
      text('li-label', 'label', 140, cy + 5, 'Li', 'middle'),
      arrow('a-left', 'compress', 36 - len, cy, 74 - squeeze, cy),
      arrow('a-right', 'compress', 244 + len, cy, 206 + squeeze, cy),
      text('p-label', 'label-strong', 140, 228, `p = ${formatNumber(pressureMPa, 3)} MPa`, 'middle'),
      rect('e-axis', 'gauge', 320, 40, 24, 150),
      rect('e-fill', 'gauge-fill-danger', 320, 190 - bar, 24, bar),
      text('e-title', 'label', 332, 30, 'ΔE', 'middle'),
      text('e-value', 'label-strong', 332, 214, `${formatNumber(potentialShiftV * 1e3, 3)} mV`, 'middle'),
    ],
  };
}
