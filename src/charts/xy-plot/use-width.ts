/** The plots' container width: the shared element-width hook with the plots' fallback. */
import type { RefObject } from 'react';
import { useElementWidth } from '../use-element-width';

/** Width before the first measurement and where layout is unavailable (jsdom). */
export const FALLBACK_WIDTH = 560;

/** The content width of the plot's container, followed on resize. */
export function useWidth(ref: RefObject<HTMLElement | null>): number {
  return useElementWidth(ref, { fallback: FALLBACK_WIDTH, initial: FALLBACK_WIDTH });
}
