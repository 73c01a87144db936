/**
 * The landing map: a solid-state cell drawn as lithium anode | solid electrolyte | composite
 * cathode, with one hotspot per phenomenon of the review and the characterization techniques
 * placed around it on an ellipse. Pure geometry; MapView renders it.
 */

export const MAP_WIDTH = 1000;
export const MAP_HEIGHT = 600;

/** The cell body and its three regions, left to right. */
export const CELL = { x: 250, y: 170, width: 500, height: 260 } as const;
export const REGIONS = [
  { id: 'anode', label: 'Li anode', x0: 250, x1: 390 },
  { id: 'electrolyte', label: 'Solid electrolyte', x0: 390, x1: 570 },
  { id: 'cathode', label: 'Cathode', x0: 570, x1: 750 },
] as const;

export interface Hotspot {
  /** Topic id in the knowledge base. */
  topic: string;
  number: number;
  /** Marker centre. */
  cx: number;
  cy: number;
}

export const HOTSPOTS: readonly Hotspot[] = [
  { topic: 'lithium-filaments', number: 1, cx: 480, cy: 232 },
  { topic: 'interphase-formation', number: 2, cx: 392, cy: 370 },
  { topic: 'composite-electrodes', number: 3, cx: 690, cy: 300 },
];

/** A filament growing from the anode into the electrolyte along a grain boundary. */
export const FILAMENT_PATH = 'M390 262 L418 250 L436 258 L458 240 L476 246 L498 228';

/** Grain boundaries of the polycrystalline electrolyte. */
export const GRAIN_BOUNDARIES = [
  'M420 170 L436 258 L410 330 L430 430',
  'M500 170 L476 246 L520 320 L505 430',
  'M436 258 L476 246',
  'M410 330 L520 320',
  'M520 320 L570 300',
];

/** Cathode active particles (with one cracked and one delaminated from the matrix). */
export const PARTICLES = [
  { cx: 610, cy: 215, r: 26, state: 'intact' },
  { cx: 690, cy: 215, r: 30, state: 'intact' },
  { cx: 615, cy: 300, r: 30, state: 'delaminated' },
  { cx: 700, cy: 385, r: 28, state: 'cracked' },
  { cx: 625, cy: 390, r: 24, state: 'intact' },
] as const;

export interface RingItem {
  id: string;
  label: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/**
 * Places labels evenly on an ellipse around the cell, starting at the top and going clockwise;
 * labels on the left side are right-aligned so they never run into the cell.
 */
export function ringLayout(items: ReadonlyArray<{ id: string; label: string }>): RingItem[] {
  const cx = MAP_WIDTH / 2;
  const cy = MAP_HEIGHT / 2;
  const rx = 330;
  const ry = 250;
  return items.map((item, i) => {
    const angle = -Math.PI / 2 + (i + 0.5) * ((2 * Math.PI) / items.length);
    const x = cx + rx * Math.cos(angle);
    const y = cy + ry * Math.sin(angle);
    const anchor = Math.abs(x - cx) < 60 ? 'middle' : x < cx ? 'end' : 'start';
    return { ...item, x, y, anchor };
  });
}

/** Splits a ring label into lines of at most `maxChars` characters, on word boundaries. */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= maxChars)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
