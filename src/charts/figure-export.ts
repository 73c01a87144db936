/**
 * A stand-alone SVG document for any figure on screen, for a slide: the figure's drawing, a title
 * above, and under it the caption and the numbered list of the references the figure cites. Pure
 * string assembly; the browser part (copying the drawing with its computed styles, downloads) is
 * in src/app/FigureOnly.tsx. The stability chart and the cell diagram have their own layout-based
 * exports; this one serves every other figure from what is drawn.
 */
import { type ExportedSvg, xmlEscape } from './stability/export';
import { wrapText } from './text-metrics';

const FONT = "'Liberation Sans', 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif";
const INK = '#14213d';
const MUTED = '#3d4a63';
const PAD = 24;

/** What goes around the drawing. */
export interface FigureDocInput {
  /** The drawing: a complete <svg> element (its own width/height or viewBox). */
  drawing: string;
  /** Size the drawing is placed at, px. */
  width: number;
  height: number;
  title: string;
  caption: string;
  /** Reference lines, in citation order ("Zhu et al. 2015. Origin of … doi:…"). */
  references: readonly string[];
}

/** The figure as one SVG document: title, drawing, caption and references, at least 640 px wide. */
export function figureDocument(input: FigureDocInput): ExportedSvg {
  const width = Math.max(640, Math.ceil(input.width) + 2 * PAD);
  const textWidth = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD + 20;
  for (const line of wrapText(input.title, 20, textWidth)) {
    parts.push(
      `<text x="${PAD}" y="${y}" font-size="20" font-weight="700" fill="${INK}">${xmlEscape(line)}</text>`,
    );
    y += 26;
  }
  const drawingY = y;
  const x = Math.round((width - input.width) / 2);
  // Nested <svg>: the drawing keeps its own coordinates and viewBox.
  const drawing = input.drawing.replace(
    /^<svg\b/,
    `<svg x="${x}" y="${drawingY}" width="${Math.round(input.width)}" height="${Math.round(input.height)}"`,
  );
  y = drawingY + input.height + 28;
  for (const line of wrapText(input.caption, 14, textWidth)) {
    parts.push(`<text x="${PAD}" y="${y}" font-size="14" fill="${INK}">${xmlEscape(line)}</text>`);
    y += 19;
  }
  if (input.references.length > 0) {
    y += 10;
    parts.push(`<text x="${PAD}" y="${y}" font-size="13" font-weight="700" fill="${INK}">References</text>`);
    y += 18;
    input.references.forEach((ref, i) => {
      for (const [j, line] of wrapText(`[${i + 1}] ${ref}`, 12, textWidth).entries()) {
        parts.push(
          `<text x="${PAD + (j > 0 ? 20 : 0)}" y="${y}" font-size="12" fill="${MUTED}">${xmlEscape(line)}</text>`,
        );
        y += 16;
      }
    });
  }
  const height = Math.ceil(y + PAD - 10);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`,
    `<title>${xmlEscape(input.title)}</title>`,
    `<desc>${xmlEscape(input.caption)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...parts.slice(0, wrapText(input.title, 20, textWidth).length),
    drawing,
    ...parts.slice(wrapText(input.title, 20, textWidth).length),
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}
