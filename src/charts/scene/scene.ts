/**
 * Schematics as data: a scene is a fixed-size canvas (its viewBox) holding simple shapes, each
 * with a stable key and a material/role class. The per-mechanism layout functions
 * (`src/charts/<mechanism>/layout.ts`) turn a model's schematic data into a scene; `Scene.tsx`
 * draws any scene. Keys stay the same while the inputs move, so CSS transitions animate the
 * change (and `prefers-reduced-motion` turns them off).
 */

/** Material or role of a shape; each is a CSS class `scene-<role>`. */
export type SceneRole =
  | 'li'
  | 'sse'
  | 'interphase'
  | 'particle'
  | 'matrix'
  | 'cathode'
  | 'anode'
  | 'separator'
  | 'plate'
  | 'gap'
  | 'crack'
  | 'filament'
  | 'grain'
  | 'electron'
  | 'compress'
  | 'tension'
  | 'outline'
  | 'label'
  | 'label-strong'
  | 'label-danger'
  | 'label-ok'
  | 'gauge'
  | 'gauge-fill-ok'
  | 'gauge-fill-danger'
  | 'deposit';

export type Shape =
  | { kind: 'rect'; key: string; role: SceneRole; x: number; y: number; width: number; height: number }
  | { kind: 'circle'; key: string; role: SceneRole; cx: number; cy: number; r: number }
  | { kind: 'path'; key: string; role: SceneRole; d: string }
  | {
      kind: 'line';
      key: string;
      role: SceneRole;
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      /** Draw an arrow head at the (x2, y2) end. */
      hasArrow?: boolean;
    }
  | {
      kind: 'text';
      key: string;
      role: SceneRole;
      x: number;
      y: number;
      text: string;
      anchor?: 'start' | 'middle' | 'end';
    };

export interface Scene {
  /** viewBox size; the SVG scales to its container's width. */
  width: number;
  height: number;
  /** Accessible name of the schematic. */
  title: string;
  /** What the schematic shows now, in words (changes with the inputs). */
  description: string;
  shapes: Shape[];
}

/** An arrow from (x1, y1) to (x2, y2). */
export function arrow(key: string, role: SceneRole, x1: number, y1: number, x2: number, y2: number): Shape {
  return { kind: 'line', key, role, x1, y1, x2, y2, hasArrow: true };
}

export function text(
  key: string,
  role: SceneRole,
  x: number,
  y: number,
  value: string,
  anchor: 'start' | 'middle' | 'end' = 'start',
): Shape {
  return { kind: 'text', key, role, x, y, text: value, anchor };
}

export function rect(
  key: string,
  role: SceneRole,
  x: number,
  y: number,
  width: number,
  height: number,
): Shape {
  return { kind: 'rect', key, role, x, y, width: Math.max(0, width), height: Math.max(0, height) };
}

/** Maps v from [lo, hi] to [0, 1] on a log scale, clamped. */
export function logFraction(v: number, lo: number, hi: number): number {
  if (!(v > 0)) return 0;
  const f = Math.log(v / lo) / Math.log(hi / lo);
  return Math.min(1, Math.max(0, f));
}

/** Clamps to [0, 1]. */
export function unit(v: number): number {
  return Math.min(1, Math.max(0, Number.isFinite(v) ? v : 0));
}
