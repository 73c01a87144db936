/**
 * The one element-width hook: charts size themselves from their container and follow it on
 * resize. The first measurement happens in a layout effect, before the browser paints, so a chart
 * is drawn at its real width from the first frame.
 */
import { type RefObject, useLayoutEffect, useState } from 'react';

export interface ElementWidthOptions {
  /** Width used where layout is unavailable (jsdom, where every element measures 0 px). */
  fallback: number;
  /**
   * Width returned before the first measurement. Without it the hook returns null until then, so
   * that a caller with costly geometry can wait instead of laying out twice.
   */
  initial?: number;
}

/**
 * The content width (clientWidth, px) of `ref`'s element, updated on resize. Any element: an outer
 * <svg> sized by CSS measures too, for drawings whose geometry follows their own rendered size.
 */
export function useElementWidth(
  ref: RefObject<Element | null>,
  options: ElementWidthOptions & { initial: number },
): number;
export function useElementWidth(ref: RefObject<Element | null>, options: ElementWidthOptions): number | null;
export function useElementWidth(
  ref: RefObject<Element | null>,
  { fallback, initial }: ElementWidthOptions,
): number | null {
  const [width, setWidth] = useState<number | null>(initial ?? null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = el.clientWidth;
      setWidth((prev) => {
        if (w <= 0) return prev ?? fallback;
        // Sub-pixel changes would re-lay the chart out for nothing.
        return prev === null || Math.abs(prev - w) >= 1 ? w : prev;
      });
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, fallback]);
  return width;
}
