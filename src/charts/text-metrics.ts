/**
 * Text measurement for chart layouts, without a DOM: an estimate of how wide a label is in the
 * system sans-serif, used to size columns, truncate names and wrap captions. Layout functions are
 * pure and run in node (tests, the SVG export), so they cannot ask the browser; the estimate errs
 * wide so that text fits rather than overflows.
 */

const NARROW = new Set([..."il.,:;|'’ "]);
const GLYPHS = new Set([...'◀▶✓◆▸']);

/**
 * Estimated width in px of `text` at `fontSize` px: 0.66 em for capitals, 0.3 em for narrow
 * letters and punctuation, 0.45 em for subscript digits, 1 em for the chart's symbols, 0.56 em
 * for the rest (regular weight; callers add a margin for bold text).
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (GLYPHS.has(ch)) em += 1;
    else if (c >= 65 && c <= 90)
      em += 0.66; // A–Z
    else if (c >= 0x2080 && c <= 0x2089)
      em += 0.45; // subscript digits
    else if (NARROW.has(ch)) em += 0.3;
    else em += 0.56;
  }
  return em * fontSize;
}

/** `text` if it fits `maxWidth` px, else cut and ended with an ellipsis so that it does. */
export function truncateText(text: string, fontSize: number, maxWidth: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, fontSize) > maxWidth) chars.pop();
  return `${chars.join('')}…`;
}

/** Greedy word wrap to `maxWidth` px; a single word wider than that gets a line of its own. */
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
