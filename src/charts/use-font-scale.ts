/** The page's root font size, which the charts follow: wide screens and presenter mode enlarge it. */
import { useLayoutEffect, useState } from 'react';

/** Root font size relative to 16 px; follows window resizes and the presenter-mode class on <html>. */
export function useFontScale(): number {
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    const read = () => {
      const px = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
      setScale(Number.isFinite(px) && px > 0 ? px / 16 : 1);
    };
    read();
    window.addEventListener('resize', read);
    const mo = typeof MutationObserver === 'undefined' ? null : new MutationObserver(read);
    mo?.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'style'] });
    return () => {
      window.removeEventListener('resize', read);
      mo?.disconnect();
    };
  }, []);
  return scale;
}
