/**
 * Keyboard paging between the views (for lectures): "]" goes to the next view in navigation
 * order, "[" to the previous one, wrapping around.
 */
import { VIEWS, type ViewId } from './url-state';

export function adjacentView(current: ViewId, step: 1 | -1): ViewId {
  const i = VIEWS.findIndex((v) => v.id === current);
  const next = (i + step + VIEWS.length) % VIEWS.length;
  return VIEWS[next]?.id ?? current;
}

/** True when a key press should not be taken as a shortcut (the user is typing or adjusting a control). */
export function isEditingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  const el = target as HTMLElement;
  return (
    el.isContentEditable ||
    /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) ||
    el.getAttribute('role') === 'slider'
  );
}
