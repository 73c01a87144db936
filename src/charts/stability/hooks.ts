/**
 * Chart-local hooks: the container's width (the chart sizes itself from its parent) and the band of
 * rows inside the browser viewport (so that only those rows are rendered when there are many).
 */
import { type RefObject, useEffect, useLayoutEffect, useState } from 'react';
import { type LineGeom, visibleLineRange } from './layout';

/** Width used where layout is unavailable (jsdom: the element measures 0 px). */
export const FALLBACK_WIDTH = 960;

/**
 * The content width of `ref`'s element, updated on resize; null until measured. The first
 * measurement happens in a layout effect, before the browser paints, so a caller that waits for it
 * draws its chart once at the right width instead of once at a guess and again at the real width.
 * Where layout is unavailable (jsdom) the width is FALLBACK_WIDTH.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = el.clientWidth;
      setWidth((prev) => {
        if (w <= 0) return prev ?? FALLBACK_WIDTH;
        return prev === null || Math.abs(prev - w) >= 1 ? w : prev;
      });
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}

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
