import { describe, expect, it } from 'vitest';
import { miniWindowLayout } from '../../src/charts/mini-window/layout';
import { textWidth } from '../../src/charts/text-metrics';
import type { StabilityWindow } from '../../src/kb/schema';

const win = (source: string, label: string, reductionV: number, oxidationV: number) =>
  ({
    source,
    label,
    reductionV,
    oxidationV,
    method: 'calculated',
    refs: ['x'],
  }) as unknown as StabilityWindow;

const WINDOWS = [
  win('zhu', 'Zhu et al. 2015 (calc.)', 1.71, 2.14),
  win('orig', 'Originally reported window (Kamaya et al. 2011)', 0, 5),
];
// The six electrodes of a material page, at their potentials (V vs Li/Li+).
const ELECTRODES = [
  { id: 'li', label: 'Li', potentialV: 0 },
  { id: 'li-in', label: 'LiIn', potentialV: 0.62 },
  { id: 'lto', label: 'LTO', potentialV: 1.55 },
  { id: 'lco', label: 'LiCoO2', potentialV: 4.2 },
  { id: 'nmc', label: 'NMC811', potentialV: 4.3 },
  { id: 'lnmo', label: 'LNMO', potentialV: 4.9 },
];

describe('miniWindowLayout', () => {
  it('miniWindowLayout at 640 px sizes the label column to the labels: none runs past the left edge', () => {
    const l = miniWindowLayout(WINDOWS, ELECTRODES, 640);
    expect(l.isCompact).toBe(false);
    // The long Kamaya label (about 330 px in 12 px text) is wider than 40 % of 640 px = 256 px: the
    // column stops there, the plot starts 8 px to its right and that label is cut.
    expect(l.plot.left).toBe(264);
    expect(l.plot.right).toBe(624);
    expect(l.bars[0]?.label).toBe('Zhu et al. 2015 (calc.)');
    expect(l.bars[1]?.label.endsWith('…')).toBe(true);
    for (const b of l.bars) {
      // Labels end 8 px left of the plot (text-anchor end), so each must fit between 0 and there.
      expect(textWidth(b.label, 13.2)).toBeLessThanOrEqual(l.plot.left - 8 - 8 + 0.5);
    }
    expect(l.ticks.map((t) => t.v)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('miniWindowLayout with short labels keeps a narrow column and gives the bars the room', () => {
    const l = miniWindowLayout([win('zhu', 'Zhu et al. 2015 (calc.)', 1.71, 2.14)], ELECTRODES, 640);
    const labelWidth = textWidth('Zhu et al. 2015 (calc.)', 13.2);
    expect(l.plot.left).toBeCloseTo(labelWidth + 16, 6);
    expect(l.bars[0]?.label).toBe('Zhu et al. 2015 (calc.)');
  });

  it('miniWindowLayout at a phone width (326 px) gives the bars the whole width, labels above them', () => {
    const l = miniWindowLayout(WINDOWS, ELECTRODES, 326);
    expect(l.isCompact).toBe(true);
    expect(l.plot.left).toBe(16);
    expect(l.plot.right).toBe(310);
    // 0 V at the left edge, 6 V at the right: 49 px per volt.
    expect(l.bars[1]?.x0).toBe(16);
    expect(l.bars[1]?.x1).toBeCloseTo(16 + (5 / 6) * 294, 6);
    for (const b of l.bars) {
      expect(b.labelY).toBeLessThan(b.y);
      // Label and values fit the line (12 px, estimated 10 % large as the layout does).
      expect(textWidth(`${b.label}: ${b.valueText}`, 13.2)).toBeLessThanOrEqual(294 + 0.5);
    }
    expect(l.bars[1]?.label.endsWith('…')).toBe(true);
    expect(l.bars[1]?.valueText).toBe('0.00–5.00 V');
  });

  it('miniWindowLayout puts crowded electrode labels on separate rows so none overlap', () => {
    const l = miniWindowLayout(WINDOWS, ELECTRODES, 326);
    const boxes = l.electrodes.map((e) => ({
      y: e.labelY,
      half: (textWidth(e.label, 11) * 1.15) / 2,
      x: e.x,
    }));
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        if (a.y === b.y) expect(Math.abs(a.x - b.x)).toBeGreaterThanOrEqual(a.half + b.half);
      }
    }
    // Three rows are needed (LiCoO2, NMC811 and LNMO within 0.7 V), so the bars move down one row.
    expect(new Set(l.electrodes.map((e) => e.labelY)).size).toBe(3);
    expect(l.plot.top).toBe(48);
  });
});
