/**
 * The cell diagram as a stand-alone SVG document for download (and PNG through
 * components/download.ts): the same shapes as on screen, with a title, a legend of the grades, a
 * caption and the numbered references. Pure: text in, text out.
 */
import { doiUrl, fullCitation } from '../../domain/citation-text';
import type { Reference } from '../../kb/schema';
import { type ExportedSvg, xmlEscape } from '../stability/export';
import { wrapText } from '../text-metrics';
import { GRADE_ICON, GRADE_TEXT } from './layout';
import type { CellDiagramLayout } from './layout';
import { diagramShapes, GRADE_COLOUR, patternDefs, patternId, type Shape } from './shapes';

const FONT = "'Liberation Sans', 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif";

function attrs(a: Record<string, string | number>): string {
  return Object.entries(a)
    .map(([k, v]) => `${k}="${xmlEscape(String(v))}"`)
    .join(' ');
}

/** One shape as SVG markup. */
export function shapeMarkup(s: Shape): string {
  if (s.tag === 'text') return `<text ${attrs(s.attrs)}>${xmlEscape(s.text)}</text>`;
  if (s.tag === 'path') return `<path ${attrs(s.attrs)}/>`;
  const title = s.title ? `<title>${xmlEscape(s.title)}</title>` : '';
  return `<${s.tag} ${attrs(s.attrs)}>${title}</${s.tag}>`;
}

/** What the export needs. */
export interface CellExportInput {
  layout: CellDiagramLayout;
  title: string;
  caption: string;
  references: readonly Reference[];
}

/** Builds the export figure. */
export function buildCellSvg(input: CellExportInput): ExportedSvg {
  const { layout } = input;
  const W = layout.width + 32;
  const out: string[] = [];
  let y = 16;
  out.push(
    `<text x="16" y="${y + 18}" font-size="20" font-weight="700" fill="#14213d">${xmlEscape(input.title)}</text>`,
  );
  y += 34;
  let lx = 16;
  for (const g of ['low', 'watch', 'high'] as const) {
    const p = patternId('cx', g);
    out.push(
      `<circle cx="${lx + 9}" cy="${y + 8}" r="9" fill="${p ? `url(#${p})` : GRADE_COLOUR[g]}" stroke="#14213d"/>`,
      `<text x="${lx + 9}" y="${y + 8}" dy="0.35em" text-anchor="middle" font-size="11" font-weight="700" fill="#ffffff">${GRADE_ICON[g]}</text>`,
      `<text x="${lx + 24}" y="${y + 8}" dy="0.35em" font-size="13" fill="#14213d">${GRADE_TEXT[g]}</text>`,
    );
    lx += 90;
  }
  y += 24;
  out.push(`<g transform="translate(16 ${y})">${diagramShapes(layout, 'cx').map(shapeMarkup).join('')}</g>`);
  y += layout.height + 16;
  for (const line of wrapText(input.caption, 13, W - 32)) {
    out.push(`<text x="16" y="${y}" font-size="13" fill="#14213d">${xmlEscape(line)}</text>`);
    y += 18;
  }
  input.references.forEach((r, i) => {
    const text = `[${i + 1}] ${fullCitation(r)}${r.doi ? ` ${doiUrl(r.doi)}` : ''}`;
    for (const line of wrapText(text, 11, W - 32)) {
      y += 15;
      out.push(`<text x="16" y="${y}" font-size="11" fill="#556072">${xmlEscape(line)}</text>`);
    }
  });
  const H = Math.ceil(y + 16);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${xmlEscape(FONT)}"><defs>${patternDefs('cx')}</defs><rect width="${W}" height="${H}" fill="#ffffff"/>${out.join('')}</svg>`;
  return { svg, width: W, height: H };
}
