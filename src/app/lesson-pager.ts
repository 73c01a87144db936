/**
 * The open lesson, as the keyboard pager sees it. The lesson bar registers itself while a lesson
 * is shown; "]" / PageDown then move through its steps instead of through the pages of the app.
 * Read at key-press time, so no subscription is needed.
 */
import type { LessonPosition } from '../domain/paging';
import type { Route } from '../domain/url-state';

/** A lesson that can be paged: where it is and how to show another step. */
export interface LessonPager extends LessonPosition {
  go(index: number): void;
}

let current: LessonPager | null = null;

/** Makes `pager` the one paged by the keyboard; returns the function that undoes it. */
export function registerLessonPager(pager: LessonPager): () => void {
  current = pager;
  return () => {
    if (current === pager) current = null;
  };
}

/** The lesson shown now, if any. */
export function currentLessonPager(): LessonPager | null {
  return current;
}

let explored: Route | null = null;

/** Remembers the last page shown outside the lessons view: the builder offers it as the next step. */
export function rememberExplored(route: Route): void {
  if (route.view !== 'lessons') explored = route;
}

/** The last page shown outside the lessons view, if any this visit. */
export function lastExplored(): Route | null {
  return explored;
}
