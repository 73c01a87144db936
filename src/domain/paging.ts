/**
 * Keyboard paging for lectures. "]" / "[" and a presentation clicker's PageDown / PageUp move to the
 * next or previous page: the next lesson step while a lesson is open, the next of the three
 * phenomena on the mechanism pages, and otherwise the next view in navigation order.
 *
 * Which key pages depends on what has focus (described by `FocusInfo`, so this stays free of the
 * DOM): "]" / "[" page from anywhere except a text field, where they are typed; PageDown / PageUp
 * page unless the focused control uses them itself (a slider, a select, a list, a scroll box, a
 * text field); Escape leaves such a control so that the clicker works again.
 */
import { type Route, VIEWS, type ViewId } from './url-state';

/**
 * The three phenomena of the review, in its order: the ids of the mechanism topics in
 * data/topics.json (a unit test checks that they agree).
 */
export const PHENOMENA = ['lithium-filaments', 'interphase-formation', 'composite-electrodes'] as const;

/** The view `step` places away from `current` in navigation order, wrapping around. */
export function adjacentView(current: ViewId, step: 1 | -1): ViewId {
  const i = VIEWS.findIndex((v) => v.id === current);
  const next = (i + step + VIEWS.length) % VIEWS.length;
  return VIEWS[next]?.id ?? current;
}

/** The phenomenon (mechanism topic id) after or before `current`; from anything else, the first or the last. */
export function adjacentPhenomenon(current: string | null, step: 1 | -1): string {
  const i = PHENOMENA.indexOf(current as (typeof PHENOMENA)[number]);
  const n = PHENOMENA.length;
  const j = i < 0 ? (step === 1 ? 0 : n - 1) : (i + step + n) % n;
  return PHENOMENA[j] ?? PHENOMENA[0];
}

/** Where a page step goes: another route, or another step of the open lesson (0-based). */
export type PageTarget = { kind: 'route'; route: Route } | { kind: 'step'; index: number } | { kind: 'none' };

/** An open lesson: the step shown (0-based) and how many steps it has. */
export interface LessonPosition {
  index: number;
  count: number;
}

/**
 * The page after (`step` = 1) or before (-1) the current one. Lesson steps do not wrap: paging past
 * the last step stays there, so a stray click at the end of a lecture loses nothing.
 */
export function pageTarget(route: Route, lesson: LessonPosition | null, step: 1 | -1): PageTarget {
  if (lesson && lesson.count > 0) {
    const index = Math.min(Math.max(lesson.index + step, 0), lesson.count - 1);
    return index === lesson.index ? { kind: 'none' } : { kind: 'step', index };
  }
  if (route.view === 'mechanisms') {
    return {
      kind: 'route',
      route: { view: 'mechanisms', recordId: adjacentPhenomenon(route.recordId, step) },
    };
  }
  return { kind: 'route', route: { view: adjacentView(route.view, step), recordId: null } };
}

/** What has keyboard focus, as far as paging cares. */
export interface FocusInfo {
  /** Upper-case tag name ("INPUT", "SELECT", "BODY" …). */
  tag: string;
  /** The input's type attribute, lower case ("text", "range" …); "" for other elements. */
  type: string;
  /** The ARIA role attribute, "" when none. */
  role: string;
  isContentEditable: boolean;
  /** The element scrolls its own content (a focusable scroll box uses PageDown / PageUp to scroll). */
  isScrollable: boolean;
  /** A combobox or menu whose popup is open: Escape closes the popup, it does not leave. */
  isExpanded: boolean;
}

const NON_TEXT_INPUTS = new Set([
  'range',
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'color',
  'file',
  'image',
]);
const PAGE_KEY_ROLES = new Set([
  'slider',
  'spinbutton',
  'listbox',
  'grid',
  'tree',
  'treegrid',
  'menu',
  'textbox',
  'combobox',
]);

/** True when keys typed here are text (an "]" must be typed, not taken as a shortcut). */
export function isTextEntry(f: FocusInfo): boolean {
  if (f.isContentEditable || f.tag === 'TEXTAREA') return true;
  if (f.tag === 'INPUT') return !NON_TEXT_INPUTS.has(f.type || 'text');
  return f.role === 'textbox' || f.role === 'searchbox';
}

/** True when the focused control uses PageDown / PageUp itself (a slider jumps, a list or scroll box scrolls). */
export function usesPageKeys(f: FocusInfo): boolean {
  if (isTextEntry(f)) return true;
  if (f.tag === 'SELECT' || (f.tag === 'INPUT' && f.type === 'range')) return true;
  return PAGE_KEY_ROLES.has(f.role) || f.isScrollable;
}

/** What a key press does: page forward or back, leave the focused control, or nothing. */
export type KeyAction = 'next' | 'previous' | 'leave' | null;

/** Modifier keys held; a shortcut with Ctrl, Alt or Meta belongs to the browser. */
export interface Modifiers {
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

/** The paging action of one key press with `focus` focused. */
export function pagingAction(key: string, mods: Modifiers, focus: FocusInfo): KeyAction {
  if (mods.ctrlKey || mods.altKey || mods.metaKey) return null;
  switch (key) {
    case ']':
    case '[':
      if (isTextEntry(focus)) return null;
      return key === ']' ? 'next' : 'previous';
    case 'PageDown':
    case 'PageUp':
      if (usesPageKeys(focus)) return null;
      return key === 'PageDown' ? 'next' : 'previous';
    case 'Escape':
      return usesPageKeys(focus) && !focus.isExpanded ? 'leave' : null;
    default:
      return null;
  }
}
