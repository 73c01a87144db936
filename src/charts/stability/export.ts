/**
 * Export of the stability-window chart as a stand-alone figure for a slide or a paper: an SVG
 * document (text) drawn from the same layout as the screen, with a title, the legend, a caption
 * and the numbered reference list embedded, and a PNG rasterised from that SVG in the browser.
 *
 * The SVG uses only system font families and inline definitions: it loads nothing, so it opens
 * offline, passes the page's Content-Security-Policy as a blob: image, and does not taint the
 * canvas used for the PNG.
 */
import {
  type BarGeom,
  clampToDomain,
  formatV,
  type MarkerSpec,
  type StabilityLayout,
  textWidth,
} from '../charts/stability/layout';
import { SOURCE_LABEL, SOURCE_TAG } from '../charts/stability/rows';
import { patternId, patternMarkup, SOURCE_MARK } from '../charts/stability/source-marks';
import type { Reference, WindowSource } from '../kb/schema';
import { doiUrl, fullCitation } from './citation-text';
import { VERDICT_GLYPH, VERDICT_SHORT, VERDICT_TEXT, verdictOf } from './electrode-overlay';

/** Width (px) the export is laid out at: wide enough for every label, small enough for a slide. */
export const EXPORT_WIDTH = 1100;
const FONT = "'Liberation Sans', 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif";
const INK = '#14213d';
const MUTED = '#556072';

export interface ChartExportInput {
  /** A layout computed for the export (EXPORT_WIDTH), with every row: the export is not windowed. */
  layout: StabilityLayout;
  title: string;
  anode: MarkerSpec;
  cathode: MarkerSpec;
  /** One paragraph saying what the figure shows. */
  caption: string;
  /** The references the figure draws on, in the order they are numbered. */
  references: readonly Reference[];
}

export interface ExportedSvg {
  svg: string;
  width: number;
  height: number;
}

/** Escapes text for SVG/XML content and attribute values. */
export function xmlEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Greedy word wrap to `maxWidth` px using the same width estimate as the layout. */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

const n = (v: number) => String(Math.round(v * 10) / 10);

/** Builds the export figure. Pure: text in, text out (unit-tested in node). */
export function buildStabilitySvg(input: ChartExportInput): ExportedSvg {
  const { layout, anode, cathode } = input;
  const W = layout.width;
  const fs = layout.fontSize;
  const sfs = layout.smallFontSize;
  const pad = 16;
  const out: string[] = [];
  let y = pad;

  // Title.
  out.push(
    `<text x="${pad}" y="${y + 18}" font-size="20" font-weight="700" fill="${INK}">${xmlEscape(input.title)}</text>`,
  );
  y += 30;

  // Legend: sources, electrodes, verdict glyphs.
  let lx = pad;
  const legendY = y + 12;
  for (const s of layout.sources) {
    out.push(
      `<rect x="${lx}" y="${legendY - 9}" width="26" height="12" rx="2" fill="url(#${patternId('x', s)})" stroke="${SOURCE_MARK[s].ink}" stroke-width="1.5"/>`,
    );
    const label = SOURCE_LABEL[s];
    out.push(
      `<text x="${lx + 32}" y="${legendY + 1}" font-size="${sfs}" fill="${INK}">${xmlEscape(label)}</text>`,
    );
    lx += 32 + textWidth(label, sfs) + 20;
  }
  const glyphKey = `${VERDICT_GLYPH.reduced} reduced at anode   ${VERDICT_GLYPH.oxidised} oxidised at cathode   ${VERDICT_GLYPH.stable} stable`;
  out.push(
    `<text x="${lx}" y="${legendY + 1}" font-size="${sfs}" fill="${MUTED}">${xmlEscape(glyphKey)}</text>`,
  );
  y += 28;

  // Axis header: title, electrode flags, ticks.
  const axisTop = y;
  const axisH = Math.round(fs * 5.4);
  const cx = (layout.plotLeft + layout.plotRight) / 2;
  out.push(
    `<text x="${n(cx)}" y="${axisTop + fs + 1}" font-size="${fs}" text-anchor="middle" fill="${INK}" font-weight="600">Potential (V vs Li/Li⁺)</text>`,
  );
  for (const t of layout.ticks) {
    out.push(
      `<line x1="${n(t.x)}" x2="${n(t.x)}" y1="${axisTop + axisH - 6}" y2="${axisTop + axisH}" stroke="${INK}"/>`,
      `<text x="${n(t.x)}" y="${axisTop + axisH - 10}" font-size="${sfs}" text-anchor="middle" fill="${INK}">${xmlEscape(t.label.replace('-', '−'))}</text>`,
    );
  }
  out.push(
    `<line x1="${n(layout.plotLeft)}" x2="${n(layout.plotRight)}" y1="${axisTop + axisH - 0.5}" y2="${axisTop + axisH - 0.5}" stroke="${INK}"/>`,
  );
  for (const m of [anode, cathode]) out.push(markerFlag(layout, m, axisTop, axisH));
  y = axisTop + axisH;

  // Rows.
  const top = y;
  const H = layout.height;
  out.push(`<g transform="translate(0 ${top})">`);
  for (const t of layout.ticks)
    out.push(`<line x1="${n(t.x)}" x2="${n(t.x)}" y1="0" y2="${H}" stroke="#e3e8f0"/>`);
  if (layout.zeroX !== null)
    out.push(
      `<line x1="${n(layout.zeroX)}" x2="${n(layout.zeroX)}" y1="0" y2="${H}" stroke="${INK}" stroke-width="1.5"/>`,
    );
  for (const line of layout.lines) {
    if (line.kind === 'group') {
      out.push(
        `<text x="8" y="${n(line.y + line.height * 0.68)}" font-size="${fs + 1}" font-weight="700" fill="${INK}">${xmlEscape(`${line.label} (${line.count})`)}</text>`,
      );
      continue;
    }
    const nameY = layout.hasNamesAbove
      ? `y="${n(line.y + fs + 1)}"`
      : `y="${n(line.y + line.height / 2)}" dy="0.35em"`;
    out.push(
      `<text x="${n(layout.nameRight)}" ${nameY} font-size="${fs}" text-anchor="${layout.hasNamesAbove ? 'start' : 'end'}" fill="${INK}" font-weight="600">${xmlEscape(line.shownLabel)}</text>`,
    );
    for (const bar of line.bars) out.push(barMarkup(layout, bar, anode.potentialV, cathode.potentialV));
  }
  for (const m of [anode, cathode]) {
    const x = n(layout.x(clampToDomain(layout, m.potentialV)));
    out.push(
      `<line x1="${x}" x2="${x}" y1="0" y2="${H}" stroke="${markerInk(m)}" stroke-width="2" stroke-dasharray="${m.role === 'anode' ? '6 3' : '2 3'}"/>`,
    );
  }
  out.push('</g>');
  y = top + H + 16;

  // Caption and references.
  const textWidthPx = W - 2 * pad;
  for (const l of wrapText(input.caption, sfs + 1, textWidthPx)) {
    out.push(`<text x="${pad}" y="${y + sfs}" font-size="${sfs + 1}" fill="${INK}">${xmlEscape(l)}</text>`);
    y += Math.round((sfs + 1) * 1.45);
  }
  y += 8;
  if (input.references.length > 0) {
    out.push(
      `<text x="${pad}" y="${y + sfs}" font-size="${sfs + 1}" font-weight="700" fill="${INK}">References</text>`,
    );
    y += Math.round((sfs + 1) * 1.6);
    input.references.forEach((r, i) => {
      const text = `[${i + 1}] ${fullCitation(r)}${r.doi ? ` ${doiUrl(r.doi)}` : ''}`;
      for (const l of wrapText(text, sfs, textWidthPx - 10)) {
        out.push(`<text x="${pad}" y="${y + sfs}" font-size="${sfs}" fill="${MUTED}">${xmlEscape(l)}</text>`);
        y += Math.round(sfs * 1.4);
      }
    });
  }
  y += 4;
  out.push(
    `<text x="${W - pad}" y="${y + sfs}" font-size="${sfs - 1}" text-anchor="end" fill="${MUTED}">SSB Atlas</text>`,
  );
  const height = Math.ceil(y + sfs + pad);

  const defs = layout.sources.map((s: WindowSource) => patternMarkup(patternId('x', s), s)).join('');
  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" viewBox="0 0 ${W} ${height}" font-family="${FONT}" role="img" aria-labelledby="fig-title fig-desc">`,
    `<title id="fig-title">${xmlEscape(input.title)}</title>`,
    `<desc id="fig-desc">${xmlEscape(input.caption)}</desc>`,
    `<defs>${defs}</defs>`,
    `<rect width="${W}" height="${height}" fill="#ffffff"/>`,
    ...out,
    '</svg>',
  ].join('\n');
  return { svg, width: W, height };
}

function markerInk(m: MarkerSpec): string {
  return m.role === 'anode' ? '#0b5c4a' : '#9f1239';
}

function markerFlag(layout: StabilityLayout, m: MarkerSpec, axisTop: number, axisH: number): string {
  const fs = layout.smallFontSize;
  const x = layout.x(clampToDomain(layout, m.potentialV));
  const role = m.role === 'anode' ? 'Anode' : 'Cathode';
  const text = `${role}: ${m.isMoved ? 'moved' : m.name} ${formatV(m.potentialV)} V`;
  const w = textWidth(text, fs) * 1.12 + 16;
  const h = fs + 8;
  const top = axisTop + layout.fontSize + 6;
  const wanted = m.role === 'anode' ? x - w + 6 : x - 6;
  const fx = Math.max(1, Math.min(layout.width - w - 1, wanted));
  return [
    `<rect x="${n(fx)}" y="${top}" width="${n(w)}" height="${h}" rx="${h / 2}" fill="${markerInk(m)}"/>`,
    `<text x="${n(fx + w / 2)}" y="${top + h / 2}" dy="0.35em" font-size="${fs}" text-anchor="middle" fill="#ffffff" font-weight="600">${xmlEscape(text)}</text>`,
    `<line x1="${n(x)}" x2="${n(x)}" y1="${top + h}" y2="${axisTop + axisH}" stroke="${markerInk(m)}" stroke-width="2"/>`,
  ].join('');
}

function barMarkup(layout: StabilityLayout, bar: BarGeom, anodeV: number, cathodeV: number): string {
  const sfs = layout.smallFontSize;
  const w = bar.window;
  const verdict = verdictOf(w, anodeV, cathodeV);
  const width = Math.max(2, bar.x1 - bar.x0);
  const verdictInk = verdict === 'stable' ? '#1b7f3b' : '#b42318';
  const parts = [
    `<rect x="${n(bar.x0)}" y="${n(bar.y)}" width="${n(width)}" height="${bar.height}" rx="2" fill="url(#${patternId('x', bar.source)})" stroke="${SOURCE_MARK[bar.source].ink}" stroke-width="1.2"><title>${xmlEscape(`${SOURCE_LABEL[bar.source]}: ${formatV(w.reductionV)}–${formatV(w.oxidationV)} V; ${VERDICT_TEXT[verdict]}`)}</title></rect>`,
    `<text x="${n(bar.x0 - 4)}" y="${n(bar.cy)}" dy="0.35em" font-size="${sfs}" text-anchor="end" fill="${INK}">${formatV(w.reductionV)}</text>`,
    `<text x="${n(bar.x1 + 4)}" y="${n(bar.cy)}" dy="0.35em" font-size="${sfs}" fill="${INK}">${formatV(w.oxidationV)}</text>`,
    `<text x="${n(layout.verdictX + 6)}" y="${n(bar.cy)}" dy="0.35em" font-size="${sfs}" fill="${verdictInk}">${xmlEscape(`${VERDICT_GLYPH[verdict]} ${VERDICT_SHORT[verdict]}`)}</text>`,
  ];
  if (layout.showsSourceTags)
    parts.push(
      `<text x="${n(layout.tagRight)}" y="${n(bar.cy)}" dy="0.35em" font-size="${sfs - 1}" text-anchor="end" fill="${MUTED}">${SOURCE_TAG[bar.source]}</text>`,
    );
  return parts.join('');
}

/**
 * Rasterises an SVG document to a PNG blob through an <img> and a canvas (browser only).
 * `scale` 2 gives a sharp image on slides.
 */
export async function svgToPngBlob(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    const loaded = new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the SVG could not be drawn as an image'));
    });
    img.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas available');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob as a file (blob: URL; allowed by the CSP, nothing leaves the page). */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** What the caption needs to know about the figure. */
export interface CaptionInput {
  materialCount: number;
  sources: readonly WindowSource[];
  anode: MarkerSpec & { basis?: string };
  cathode: MarkerSpec & { basis?: string };
  /** Labels of the solid electrolytes reduced at the anode / oxidised at the cathode. */
  reducedAtAnode: readonly string[];
  oxidisedAtCathode: readonly string[];
  sortLabel: string;
}

function listText(items: readonly string[], max = 12): string {
  if (items.length === 0) return 'none';
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

/** The figure caption: what is plotted, from which sources, the electrodes, and the verdicts. */
export function exportCaption(c: CaptionInput): string {
  const sources = c.sources.map((s) => SOURCE_LABEL[s]).join('; ');
  const electrode = (m: CaptionInput['anode']) =>
    m.isMoved
      ? `a marker moved to ${formatV(m.potentialV)} V`
      : `${m.name} (${formatV(m.potentialV)} V${m.basis ? `, ${m.basis}` : ''})`;
  return [
    `Electrochemical stability windows of ${c.materialCount} materials, from the reduction limit (left end) to the oxidation limit (right end) of each bar, in V vs Li/Li⁺; 0 V is the Li/Li⁺ reference.`,
    `Sources, never averaged: ${sources}.`,
    `Anode: ${electrode(c.anode)}; cathode: ${electrode(c.cathode)}.`,
    `Solid electrolytes reduced at the anode: ${listText(c.reducedAtAnode)}. Oxidised at the cathode: ${listText(c.oxidisedAtCathode)}.`,
    `Rows sorted by ${c.sortLabel.toLowerCase()} within each group.`,
  ].join(' ');
}
