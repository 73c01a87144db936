/** The content width of an element, followed on resize (charts size themselves from their parent). */
import { type RefObject, useLayoutEffect, useState } from 'react';

/** Width used before the first measurement and where layout is unavailable (jsdom). */
export const FALLBACK_WIDTH = 560;

export function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = el.clientWidth;
      if (w > 0) setWidth((prev) => (Math.abs(prev - w) >= 1 ? w : prev));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}
