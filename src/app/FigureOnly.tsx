/**
 * "Figure only": one chart or diagram fills the screen (for a lecture), in browser fullscreen
 * where the browser allows it. The figure is the one holding focus, else the one most in view.
 * "f" or the header button opens it; Escape, "f" again or the close button returns.
 *
 * It works on the page as rendered (a class on the figure and on <html>, see src/styles.css),
 * so every view's figures take part without each wiring it in.
 */
import { useCallback, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { isTextEntry } from '../domain/paging';
import { focusInfo } from './Presenter';

/** What counts as a figure: captioned figures, the stability chart panel, the overview map, the small window chart. */
export const FIGURE_SELECTOR = 'main figure, main .sw-panel, main svg.cell-map, main svg.mini-window';
const ACTIVE = 'is-figure-only';

/** The figure to show: the one containing focus, else the one with most of its area on screen. */
export function pickFigure(): HTMLElement | null {
  const figures = [...document.querySelectorAll<HTMLElement>(FIGURE_SELECTOR)].filter(
    // An element nested in another figure (a chart inside .sw-panel) yields to the outer one.
    (el) => !el.parentElement?.closest(FIGURE_SELECTOR),
  );
  const focused = figures.find((f) => f.contains(document.activeElement));
  if (focused) return focused;
  let best: HTMLElement | null = null;
  let bestArea = 0;
  for (const f of figures) {
    const r = f.getBoundingClientRect();
    const w = Math.min(r.right, window.innerWidth) - Math.max(r.left, 0);
    const h = Math.min(r.bottom, window.innerHeight) - Math.max(r.top, 0);
    const area = Math.max(0, w) * Math.max(0, h);
    if (area > bestArea) {
      best = f;
      bestArea = area;
    }
  }
  return best ?? figures[0] ?? null;
}

/**
 * Saves the figure as an SVG or PNG file with its caption and references (the capture code loads
 * on first use, so the header stays small).
 */
async function exportFigure(figure: HTMLElement, format: 'svg' | 'png', say: (m: string) => void) {
  try {
    const [{ captureFigure }, { downloadBlob, downloadText, svgToPngBlob }] = await Promise.all([
      import('./figure-capture'),
      import('../components/download'),
    ]);
    const doc = await captureFigure(figure);
    const name = `ssb-atlas-${(document.title.split(' · ')[0] ?? 'figure').toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    if (format === 'svg') downloadText(`${name}.svg`, doc.svg, 'image/svg+xml');
    else downloadBlob(`${name}.png`, await svgToPngBlob(doc.svg, doc.width, doc.height));
    say(`Saved ${name}.${format}.`);
  } catch (e) {
    say(`The figure could not be exported: ${(e as Error).message}.`);
  }
}

/** The header button and the "f" shortcut; renders the close button while a figure is shown. */
export function FigureOnlyButton() {
  const [figure, setFigure] = useState<HTMLElement | null>(null);
  const [message, setMessage] = useState('');

  const close = useCallback(() => {
    setFigure((f) => {
      f?.classList.remove(ACTIVE);
      return null;
    });
    document.documentElement.classList.remove('figure-only');
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
  }, []);

  const open = useCallback(() => {
    const f = pickFigure();
    if (!f) {
      setMessage('This page has no figure to show on its own.');
      return;
    }
    setMessage('');
    f.classList.add(ACTIVE);
    document.documentElement.classList.add('figure-only');
    setFigure(f);
    // Fullscreen is refused without a user gesture or in some frames: the in-page view still works.
    document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTextEntry(focusInfo(e.target)))
        return;
      if (e.key === 'f') {
        e.preventDefault();
        if (figure) close();
        else open();
      } else if (e.key === 'Escape' && figure) {
        e.preventDefault();
        close();
      }
    };
    // Leaving browser fullscreen (its own Escape) also leaves the figure view.
    const onFullscreen = () => {
      if (!document.fullscreenElement && figure) close();
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [figure, open, close]);

  // A figure that leaves the page (the route changed) takes the view with it.
  useEffect(() => {
    if (!figure) return;
    const mo = new MutationObserver(() => {
      if (!figure.isConnected) close();
    });
    mo.observe(document.getElementById('main') ?? document.body, { childList: true, subtree: true });
    return () => mo.disconnect();
  }, [figure, close]);

  return (
    <>
      <button
        type="button"
        className="tool-button"
        aria-pressed={figure !== null}
        onClick={figure ? close : open}
        title="Show one chart or diagram on its own, filling the screen (f)"
      >
        Figure only
      </button>
      {message && (
        <span className="header-toast" role="status">
          {message}
        </span>
      )}
      {figure &&
        createPortal(
          <div className="figure-only-actions">
            <button type="button" className="button" onClick={() => exportFigure(figure, 'svg', setMessage)}>
              Download SVG
            </button>
            <button type="button" className="button" onClick={() => exportFigure(figure, 'png', setMessage)}>
              Download PNG
            </button>
            <button type="button" className="button figure-only-close" onClick={close}>
              Close figure view (Esc)
            </button>
          </div>,
          document.body,
        )}
    </>
  );
}
