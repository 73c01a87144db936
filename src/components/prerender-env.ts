/**
 * The build-time render (src/app/prerender.tsx) has no screen to measure. It renders each page as a
 * phone shows it, PRERENDER_WIDTH px wide, and the built page shows that HTML only on screens up to
 * PRERENDER_MAX_WIDTH px (scripts/vite-prerender.ts); wider screens wait for the app, as before.
 * Phones are where the first paint from HTML matters: a slow network and a slow CPU.
 */
export const PRERENDER_WIDTH = 390;
export const PRERENDER_MAX_WIDTH = 640;

/** True in the build-time render (no window). */
export const isPrerender = typeof window === 'undefined';

/**
 * Whether a media query of `(max-width: Npx)` / `(min-width: Npx)` parts, joined by commas (any
 * matches), matches at the build-time render's width. Any other feature does not match.
 */
export function matchesPrerenderWidth(query: string): boolean {
  return query.split(',').some((part) => {
    const features = [...part.matchAll(/\((min|max)-width:\s*(\d+(?:\.\d+)?)px\)/g)];
    if (features.length === 0 || part.replace(/\((min|max)-width:\s*[\d.]+px\)|\s|and/g, '') !== '')
      return false;
    return features.every(([, kind, px]) =>
      kind === 'max' ? PRERENDER_WIDTH <= Number(px) : PRERENDER_WIDTH >= Number(px),
    );
  });
}
