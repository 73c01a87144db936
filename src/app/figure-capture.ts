/**
 * Capturing a figure as drawn, for export: its largest <svg> copied with the computed style of
 * every element written inline (so the file looks the same without the page's stylesheets, in
 * the light theme whatever the screen shows), its caption, title and the references it cites.
 * The document itself is assembled by src/charts/figure-export.ts; files are saved through
 * src/components/download.ts.
 */
import { type FigureDocInput, figureDocument } from '../charts/figure-export';
import type { ExportedSvg } from '../charts/stability/export';
import { doiUrl, fullCitation } from '../domain/citation-text';
import { loadBundledKb } from '../kb/kb-context';

const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/** Reference ids cited inside `root`, in order of appearance (from the citation links' targets). */
export function idsCitedIn(root: ParentNode): string[] {
  const ids: string[] = [];
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a.cite-link')) {
    const id = new URL(a.href, location.origin).searchParams.get('rq');
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

function largestSvg(figure: Element): SVGSVGElement | null {
  const all = figure instanceof SVGSVGElement ? [figure] : [...figure.querySelectorAll('svg')];
  let best: SVGSVGElement | null = null;
  let area = 0;
  for (const s of all) {
    const r = s.getBoundingClientRect();
    if (r.width * r.height > area) {
      area = r.width * r.height;
      best = s;
    }
  }
  return best;
}

function inlineStyles(source: Element, copy: Element): void {
  const cs = getComputedStyle(source);
  const style = STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
  copy.setAttribute('style', style);
  copy.removeAttribute('class');
  const from = source.children;
  const to = copy.children;
  for (let i = 0; i < from.length && i < to.length; i++) inlineStyles(from[i] as Element, to[i] as Element);
}

/** Title, caption and cited references of a figure, read from the page around it. */
function describeFigure(figure: HTMLElement): Pick<FigureDocInput, 'title' | 'caption'> & { ids: string[] } {
  const section = figure.closest('section, .panel') ?? figure;
  const title =
    section.querySelector('h2, h3')?.textContent?.trim() ||
    document.querySelector('main h1')?.textContent?.trim() ||
    document.title;
  const caption =
    figure.querySelector('figcaption')?.textContent?.trim() ||
    largestSvg(figure)?.getAttribute('aria-label') ||
    title;
  const ids = idsCitedIn(figure);
  return { title, caption, ids: ids.length > 0 ? ids : idsCitedIn(section) };
}

/** The figure as a stand-alone SVG document (drawn in the light theme) with caption and references. */
export async function captureFigure(figure: HTMLElement): Promise<ExportedSvg> {
  const svg = largestSvg(figure);
  if (!svg) throw new Error('this figure has no drawing to export');
  const { title, caption, ids } = describeFigure(figure);
  const root = document.documentElement;
  const theme = root.dataset.theme;
  // Styles are read in the light theme (synchronously, so the screen never repaints in between).
  root.dataset.theme = 'light';
  const rect = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  try {
    inlineStyles(svg, copy);
  } finally {
    if (theme) root.dataset.theme = theme;
  }
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  if (!copy.getAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${rect.width} ${rect.height}`);
  // The document places the drawing itself.
  for (const a of ['width', 'height', 'x', 'y', 'style']) copy.removeAttribute(a);
  for (const el of copy.querySelectorAll('[tabindex], [role], [aria-label], [aria-hidden]')) {
    for (const a of ['tabindex', 'role', 'aria-label', 'aria-hidden']) el.removeAttribute(a);
  }
  const kb = await loadBundledKb();
  const references = ids.flatMap((id) => {
    const ref = kb.ok ? kb.index.references.get(id) : undefined;
    return ref ? [`${fullCitation(ref)}${ref.doi ? ` ${doiUrl(ref.doi)}` : ''}`] : [];
  });
  return figureDocument({
    drawing: new XMLSerializer().serializeToString(copy),
    width: rect.width,
    height: rect.height,
    title,
    caption,
    references,
  });
}
