/**
 * Export of the stability-window chart as a stand-alone figure for a slide or a paper: an SVG
 * document (text) with a title, the legend, a caption and the numbered reference list embedded.
 * The axis header and the rows are drawn from the same geometry as the screen (`layoutAxis`,
 * `layoutStabilityChart`) and carry the screen's class names, so a test can compare the two
 * element by element. Turning the text into a file or a PNG is browser I/O, in
 * src/components/download.ts.
 *
 * The SVG uses only system font families and inline definitions: it loads nothing, so it opens
 * offline, passes the page's Content-Security-Policy as a blob: image, and does not taint the
 * canvas used for the PNG.
 */
import { formatPotential } from '../../domain/format';
import { doiUrl, fullCitation } from '../../domain/citation-text';
import { VERDICT_GLYPH, VERDICT_SHORT, VERDICT_TEXT, verdictOf } from '../../domain/electrode-overlay';
import type { Reference, WindowSource } from '../../kb/schema';
import { textWidth, wrapText } from '../text-metrics';
import {
  type AxisGeom,
  type BarGeom,
  layoutAxis,
  type MarkerGeom,
  type MarkerSpec,
  type StabilityLayout,
} from './layout';
import { SOURCE_LABEL, SOURCE_LETTER, SOURCE_TAG } from './rows';
import { patternId, patternMarkup, SOURCE_MARK } from './source-marks';

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

const n = (v: number) => String(Math.round(v * 10) / 10);

/** Builds the export figure. Pure: text in, text out (unit-tested in node). */
export function buildStabilitySvg(input: ChartExportInput): ExportedSvg {
  const { layout, anode, cathode } = input;
  const W = layout.width;
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

  // Axis header and rows, in the screen's geometry: each in its own group, as on screen.
  const axis = layoutAxis(layout, anode, cathode);
  out.push(`<g class="sw-axis" transform="translate(0 ${y})">`, axisMarkup(layout, axis), '</g>');
  y += axis.height;
  const H = layout.height;
  out.push(`<g class="sw-body" transform="translate(0 ${y})">`);
  for (const t of layout.ticks)
    out.push(`<line x1="${n(t.x)}" x2="${n(t.x)}" y1="0" y2="${H}" stroke="#e3e8f0"/>`);
  if (layout.zeroX !== null)
    out.push(
      `<line class="sw-zero" x1="${n(layout.zeroX)}" x2="${n(layout.zeroX)}" y1="0" y2="${H}" stroke="${INK}" stroke-width="1.5"/>`,
    );
  for (const line of layout.lines) {
    if (line.kind === 'group') {
      out.push(
        `<text class="sw-group-label" x="${n(line.labelX)}" y="${n(line.labelY)}" font-size="${layout.groupFontSize}" font-weight="700" fill="${INK}">${xmlEscape(`${line.label} (${line.count})`)}</text>`,
      );
      continue;
    }
    const dy = layout.hasNamesAbove ? '' : ' dy="0.35em"';
    out.push(
      `<text class="sw-name" x="${n(line.nameX)}" y="${n(line.nameY)}"${dy} font-size="${layout.fontSize}" text-anchor="${layout.hasNamesAbove ? 'start' : 'end'}" fill="${INK}" font-weight="600">${xmlEscape(line.shownLabel)}</text>`,
    );
    for (const bar of line.bars) out.push(barMarkup(layout, bar, anode.potentialV, cathode.potentialV));
  }
  for (const m of [axis.anode, axis.cathode]) {
    out.push(
      `<line class="sw-marker-line sw-${m.role}" x1="${n(m.x)}" x2="${n(m.x)}" y1="0" y2="${H}" stroke="${markerInk(m)}" stroke-width="2" stroke-dasharray="${m.role === 'anode' ? '6 3' : '2 3'}"/>`,
    );
  }
  out.push('</g>');
  y += H + 16;

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

function markerInk(m: Pick<MarkerSpec, 'role'>): string {
  return m.role === 'anode' ? '#0b5c4a' : '#9f1239';
}

/** The axis title, ticks, axis line, Li/Li+ label and the two electrode flags. */
function axisMarkup(layout: StabilityLayout, axis: AxisGeom): string {
  const out = [
    `<text class="sw-axis-title" x="${n(axis.titleX)}" y="${n(axis.titleY)}" font-size="${axis.titleFontSize}" text-anchor="middle" fill="${INK}" font-weight="600">Potential (V vs Li/Li⁺)</text>`,
  ];
  for (const t of layout.ticks) {
    out.push(
      `<line class="sw-tick" x1="${n(t.x)}" x2="${n(t.x)}" y1="${n(axis.tickTop)}" y2="${n(axis.height)}" stroke="${INK}"/>`,
      `<text class="sw-tick-label" x="${n(t.x)}" y="${n(axis.tickLabelY)}" font-size="${axis.tickFontSize}" text-anchor="middle" fill="${INK}">${xmlEscape(t.label.replace('-', '−'))}</text>`,
    );
  }
  out.push(
    `<line class="sw-axis-line" x1="${n(layout.plotLeft)}" x2="${n(layout.plotRight)}" y1="${n(axis.lineY)}" y2="${n(axis.lineY)}" stroke="${INK}"/>`,
  );
  if (axis.zeroLabelX !== null)
    out.push(
      `<text class="sw-zero-label" x="${n(axis.zeroLabelX)}" y="${n(axis.titleY)}" font-size="${axis.tickFontSize}" text-anchor="end" fill="${MUTED}">Li/Li⁺ = 0 V</text>`,
    );
  for (const m of [axis.anode, axis.cathode]) out.push(markerFlag(m, axis.height));
  return out.join('');
}

function markerFlag(m: MarkerGeom, axisH: number): string {
  const ink = markerInk(m);
  const h = m.flagHeight;
  return [
    `<g class="sw-marker sw-${m.role}">`,
    `<rect class="sw-flag" x="${n(m.flagX)}" y="${n(m.flagY)}" width="${n(m.flagWidth)}" height="${n(h)}" rx="${n(h / 2)}" fill="${ink}"/>`,
    `<text class="sw-flag-text" x="${n(m.flagX + m.flagWidth / 2)}" y="${n(m.flagY + h / 2)}" dy="0.35em" font-size="${m.fontSize}" text-anchor="middle" fill="#ffffff" font-weight="600">${xmlEscape(m.text)}</text>`,
    `<line class="sw-marker-stem" x1="${n(m.x)}" x2="${n(m.x)}" y1="${n(m.flagY + h)}" y2="${n(axisH)}" stroke="${ink}" stroke-width="2"/>`,
    `<path class="sw-marker-tip" d="M${n(m.x - 5)},${n(m.flagY + h)} L${n(m.x + 5)},${n(m.flagY + h)} L${n(m.x)},${n(m.flagY + h + 6)} Z" fill="${ink}"/>`,
    '</g>',
  ].join('');
}

function barMarkup(layout: StabilityLayout, bar: BarGeom, anodeV: number, cathodeV: number): string {
  const sfs = layout.smallFontSize;
  const w = bar.window;
  const verdict = verdictOf(w, anodeV, cathodeV);
  const verdictInk = verdict === 'stable' ? '#1b7f3b' : '#b42318';
  const verdictLabel = layout.showsVerdictText
    ? `${VERDICT_GLYPH[verdict]} ${VERDICT_SHORT[verdict]}`
    : VERDICT_GLYPH[verdict];
  const parts = [
    `<rect class="sw-win" x="${n(bar.x0)}" y="${n(bar.y)}" width="${n(bar.width)}" height="${n(bar.height)}" rx="2" fill="url(#${patternId('x', bar.source)})" stroke="${SOURCE_MARK[bar.source].ink}" stroke-width="1.2"><title>${xmlEscape(`${SOURCE_LABEL[bar.source]}: ${formatPotential(w.reductionV)}–${formatPotential(w.oxidationV)} V; ${VERDICT_TEXT[verdict]}`)}</title></rect>`,
    `<text class="sw-val" x="${n(bar.reductionLabelX)}" y="${n(bar.cy)}" dy="0.35em" font-size="${sfs}" text-anchor="end" fill="${INK}">${formatPotential(w.reductionV)}</text>`,
    `<text class="sw-val" x="${n(bar.oxidationLabelX)}" y="${n(bar.cy)}" dy="0.35em" font-size="${sfs}" fill="${INK}">${formatPotential(w.oxidationV)}</text>`,
    `<text class="sw-verdict" x="${n(layout.verdictTextX)}" y="${n(bar.cy)}" dy="0.35em" font-size="${sfs}" fill="${verdictInk}">${xmlEscape(verdictLabel)}</text>`,
  ];
  if (layout.showsSourceTags)
    parts.push(
      `<text class="sw-tag" x="${n(layout.tagRight)}" y="${n(bar.cy)}" dy="0.35em" font-size="${layout.tagFontSize}" text-anchor="end" fill="${MUTED}">${layout.isCompact ? SOURCE_LETTER[bar.source] : SOURCE_TAG[bar.source]}</text>`,
    );
  return parts.join('');
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
      ? `a marker moved to ${formatPotential(m.potentialV)} V`
      : `${m.name} (${formatPotential(m.potentialV)} V${m.basis ? `, ${m.basis}` : ''})`;
  return [
    `Electrochemical stability windows of ${c.materialCount} materials, from the reduction limit (left end) to the oxidation limit (right end) of each bar, in V vs Li/Li⁺; 0 V is the Li/Li⁺ reference.`,
    `Sources, never averaged: ${sources}.`,
    `Anode: ${electrode(c.anode)}; cathode: ${electrode(c.cathode)}.`,
    `Solid electrolytes reduced at the anode: ${listText(c.reducedAtAnode)}. Oxidised at the cathode: ${listText(c.oxidisedAtCathode)}.`,
    `Rows sorted by ${c.sortLabel.toLowerCase()} within each group.`,
  ].join(' ');
}
