/**
 * Chart-local hook: the band of rows inside the browser viewport, so that only those rows are
 * rendered when there are many. (The chart's width comes from src/charts/use-element-width.ts.)
 */
import { type RefObject, useEffect, useState } from 'react';
import { type LineGeom, visibleLineRange } from './layout';

/** Rows are rendered all at once up to this many lines; above it, only those near the viewport. */
export const WINDOWING_THRESHOLD = 300;
/** Extra px above and below the viewport rendered ahead of scrolling. */
const OVERSCAN_PX = 800;

/**
 * The [start, end) indices of the lines to render: all of them for small charts, else the ones
 * within the viewport (plus overscan), following window scroll and resize. `ref` is the element
 * whose top is y = 0 of the lines (the rows' SVG).
 */
export function useVisibleLines(
  ref: RefObject<Element | null>,
  lines: readonly LineGeom[],
): [number, number] {
  const isWindowed = lines.length > WINDOWING_THRESHOLD;
  const [range, setRange] = useState<[number, number]>(() =>
    isWindowed
      ? visibleLineRange(lines, 0, (typeof window === 'undefined' ? 1000 : window.innerHeight) + OVERSCAN_PX)
      : [0, lines.length],
  );
  useEffect(() => {
    if (!isWindowed) {
      setRange((r) => (r[0] === 0 && r[1] === lines.length ? r : [0, lines.length]));
      return;
    }
    let frame = 0;
    const compute = () => {
      frame = 0;
      const el = ref.current;
      if (!el) return;
      const top = -el.getBoundingClientRect().top;
      const next = visibleLineRange(lines, top - OVERSCAN_PX, top + window.innerHeight + OVERSCAN_PX);
      setRange((r) => (r[0] === next[0] && r[1] === next[1] ? r : next));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(compute);
    };
    compute();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [ref, lines, isWindowed]);
  return isWindowed ? range : [0, lines.length];
}
