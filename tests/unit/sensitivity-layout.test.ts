// @vitest-environment node
import { FORCE_DOMAIN, sensitivityLayout } from '../../src/charts/sensitivity/layout';
import { textWidth } from '../../src/charts/text-metrics';
import { expectNear } from './float';

const point = (id: string, force: number, phi: number, observed: 2 | 3 | null = 3) => ({
  id,
  label: id,
  drivingForceEVPerAtom: force,
  electronicFraction: phi,
  isLowerBound: false,
  observed,
  isDisagreeing: false,
});

describe('sensitivityLayout', () => {
  // width 652: plot from x = 52 to 636 (584 px) over log10(3 / 0.01) = 2.4771 decades;
  // height min(360, max(240, 652 × 0.45 = 293.4)) = 293, plot from y = 16 to 249 (233 px).
  const layout = sensitivityLayout({
    width: 652,
    points: [point('LLZO', 0.02, 0.1305), point('Li3PS4', 1.42, 0), point('Li7P3S11', 1.67, 0)],
    kineticThresholdEVPerAtom: 0.05,
    percolationThreshold: 0.16,
  });

  it('places a point at its driving force on the log axis and its φ_e on the linear axis', () => {
    expect(FORCE_DOMAIN).toEqual([0.01, 3]);
    expect(layout.height).toBe(293);
    const llzo = layout.points.find((p) => p.id === 'LLZO');
    // x = 52 + 584 × log10(0.02 / 0.01) / 2.4771 = 52 + 584 × 0.30103 / 2.4771 = 122.97
    expectNear(llzo?.cx ?? 0, 122.97, 0.05);
    // y = 249 − 233 × 0.1305 = 218.59
    expectNear(llzo?.cy ?? 0, 218.59, 0.05);
  });

  it('draws the thresholds where they are: kinetic at x(0.05), percolation at y(0.16)', () => {
    // 52 + 584 × log10(5) / 2.4771 = 52 + 584 × 0.69897 / 2.4771 = 216.79
    expectNear(layout.kineticX ?? 0, 216.79, 0.05);
    // 249 − 233 × 0.16 = 211.72
    expectNear(layout.percolationY, 211.72, 0.01);
  });

  it('keeps labels off each other and off the points: crowded labels move up, with a leader back to their point', () => {
    // Li3PS4 and Li7P3S11 sit 584 × log10(1.67 / 1.42) / 2.4771 ≈ 16.6 px apart at φ_e = 0, closer
    // than a label is wide.
    const boxes = layout.points.map((p) => {
      const w = textWidth(p.labelText, layout.fontSize);
      const x0 = p.labelAnchor === 'start' ? p.labelX : p.labelX - w;
      const y1 = p.labelY - layout.fontSize * 0.35 + layout.fontSize * 0.625;
      return { x0, x1: x0 + w, y0: y1 - layout.fontSize * 1.25, y1 };
    });
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        if (!a || !b) continue;
        expect(a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0).toBe(false);
      }
    for (const box of boxes)
      for (const p of layout.points)
        expect(box.x0 < p.cx + 5 && box.x1 > p.cx - 5 && box.y0 < p.cy + 5 && box.y1 > p.cy - 5).toBe(false);
    const crowded = layout.points.filter((p) => p.id !== 'LLZO');
    expect(crowded.every((p) => p.leader !== null)).toBe(true);
    expect(layout.points.find((p) => p.id === 'LLZO')?.leader).toBeNull();
  });
});
