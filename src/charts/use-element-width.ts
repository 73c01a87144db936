/**
 * The one element-width hook: charts size themselves from their container and follow it on
 * resize. Every chart shares one ResizeObserver. Its report arrives after the browser's own layout
 * and before it paints. The callback reads all the reported widths first; the charts on or near
 * the screen are then re-drawn in one synchronous update (so they are at their real width in the
 * first frame), the rest in a transition, which React renders in slices after that frame.
 * Reading the width in each chart's layout effect instead forced a layout of the freshly committed
 * page per chart, off-screen sections included (a mechanism page: 795 ms of a 4×-throttled load);
 * re-drawing every chart before the first paint took another 380–590 ms there.
 */
import { type RefObject, startTransition, useLayoutEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/** Each observed element: its chart's state update and the width last given to it. */
const observed = new Map<Element, { update: (width: number) => void; last: number | null }>();
let shared: ResizeObserver | null = null;

function observer(): ResizeObserver {
  shared ??= new ResizeObserver((entries) => {
    // All reads before any write: layout is fresh here, and no update touches the DOM until all
    // widths are known. Only a new width (clientWidth: whole pixels) re-draws a chart: a chart that
    // only grew taller, as on every slider step, costs nothing here.
    const changed = entries.flatMap((e) => {
      const entry = observed.get(e.target);
      const width = e.target.clientWidth;
      if (!entry || width <= 0 || width === entry.last) return [];
      entry.last = width;
      const { top, bottom } = e.target.getBoundingClientRect();
      return [{ entry, width, isNear: bottom > -window.innerHeight && top < 2 * window.innerHeight }];
    });
    if (changed.length === 0) return;
    const apply = (near: boolean) => {
      for (const c of changed) if (c.isNear === near) c.entry.update(c.width);
    };
    flushSync(() => apply(true));
    startTransition(() => apply(false));
  });
  return shared;
}

export interface ElementWidthOptions {
  /** Width used where layout is unavailable (jsdom, where every element measures 0 px). */
  fallback: number;
  /**
   * Width returned before the first measurement. Without it the width is read in the layout effect
   * (before the first paint; it returns null only until then), for a caller with costly geometry
   * that would rather wait than lay out twice.
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
    // A width of 0 (no layout: jsdom) keeps what the chart has, or takes the fallback.
    const update = (w: number) => setWidth((prev) => (w > 0 ? w : (prev ?? fallback)));
    // A chart that cannot draw without its width (no `initial`) is measured here, before the first
    // paint, as is every chart without a ResizeObserver (jsdom). Otherwise the page would paint once
    // without the chart and move what follows it when the observer's report draws it.
    const measured = initial === undefined || typeof ResizeObserver === 'undefined' ? el.clientWidth : null;
    if (measured !== null) update(measured);
    if (typeof ResizeObserver === 'undefined') return;
    observed.set(el, { update, last: measured !== null && measured > 0 ? measured : null });
    observer().observe(el);
    return () => {
      observed.delete(el);
      shared?.unobserve(el);
    };
  }, [ref, fallback, initial]);
  return width;
}
