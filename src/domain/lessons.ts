/**
 * Guided lessons as app states. A lesson step stores the app's own link (path and query, written by
 * the one URL codec in url-state.ts), so a step is exactly what the address bar shows. Opening a
 * step adds the lesson's two keys (`lesson`, `step`) to that link; saving the current view as a step
 * removes them again.
 */
import { APP_PARAMS, type AppParams, DEFAULT_PARAMS } from './app-params';
import { decodeParams, decodeRoute, encodeParams, encodeRoute, type Route } from './url-state';

/** The fields of a step this module reads (the schema is in src/kb/schema.ts). */
export interface StepLike {
  title: string;
  url: string;
  text: string;
  refs: readonly string[];
}

/** A lesson as this module reads it. */
export interface LessonLike {
  id: string;
  title: string;
  steps: readonly StepLike[];
}

/** A decoded app state: the route, every setting, and what in the link could not be used. */
export interface AppState {
  route: Route;
  params: AppParams;
  problems: string[];
}

function splitUrl(url: string): { path: string; query: string } {
  const q = url.indexOf('?');
  return q < 0 ? { path: url, query: '' } : { path: url.slice(0, q), query: url.slice(q + 1) };
}

/** Decodes a step's link into the state it stands for (settings not in the link take their defaults). */
export function stateOfUrl(url: string): AppState {
  const { path, query } = splitUrl(url);
  const route = decodeRoute(path);
  const params = decodeParams(APP_PARAMS, new URLSearchParams(query));
  return {
    route: route.values,
    params: { ...params.values, lesson: null, lessonStep: null },
    problems: [...route.problems, ...params.problems],
  };
}

/** The link of an app state, as a step stores it: without the lesson's own keys. */
export function urlOfState(route: Route, params: AppParams): string {
  const query = encodeParams(APP_PARAMS, { ...params, lesson: null, lessonStep: null }).toString();
  return `${encodeRoute(route)}${query ? `?${query}` : ''}`;
}

/** The state that shows step `index` (0-based) of `lesson`: the step's own state plus the lesson keys. */
export function stepState(lesson: LessonLike, index: number): AppState | null {
  const step = lesson.steps[index];
  if (!step) return null;
  const state = stateOfUrl(step.url);
  return { ...state, params: { ...state.params, lesson: lesson.id, lessonStep: index + 1 } };
}

/** The direct link to step `index` (0-based) of `lesson`: opening it shows the step with its lesson. */
export function stepLink(lesson: LessonLike, index: number): string {
  const state = stepState(lesson, index);
  if (!state) return '/lessons';
  const query = encodeParams(APP_PARAMS, state.params).toString();
  return `${encodeRoute(state.route)}${query ? `?${query}` : ''}`;
}

/** One problem of a lesson, located by step (1-based) and field. */
export interface LessonProblem {
  step: number | null;
  field: string;
  message: string;
}

/** Formats a problem as one line naming the step and field: "step 3 › refs: …". */
export function formatLessonProblem(p: LessonProblem): string {
  return `${p.step === null ? 'lesson' : `step ${p.step}`} › ${p.field}: ${p.message}`;
}

/**
 * The checks a schema cannot make: every reference exists, and every step's link is a state the
 * app can show in full (nothing in it is ignored).
 */
export function lessonProblems(lesson: LessonLike, referenceIds: ReadonlySet<string>): LessonProblem[] {
  const out: LessonProblem[] = [];
  lesson.steps.forEach((s, i) => {
    for (const r of s.refs) {
      if (!referenceIds.has(r))
        out.push({ step: i + 1, field: 'refs', message: `no reference “${r}” in the knowledge base` });
    }
    for (const p of stateOfUrl(s.url).problems) out.push({ step: i + 1, field: 'url', message: p });
  });
  return out;
}

/** Moves the item at `from` to `to` (both 0-based), returning a new array. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const out = [...items];
  if (from < 0 || from >= out.length || to < 0 || to >= out.length) return out;
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item as T);
  return out;
}

/** A lesson as the text of a share link's fragment: base64url of its JSON (UTF-8). */
export function encodeLessonFragment(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The JSON text inside a share link's fragment, or null when it is not base64url of UTF-8. */
export function decodeLessonFragment(fragment: string): string | null {
  try {
    const b64 = fragment.replace(/-/g, '+').replace(/_/g, '/');
    const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/** Default settings, re-exported for views that build a state from scratch. */
export { DEFAULT_PARAMS };
