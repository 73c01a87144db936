import { useEffect, useState } from 'react';
import { type FocusInfo, pageTarget, pagingAction } from '../domain/paging';
import { useAppStore } from '../store/hooks';
import { PRESENTER_STORAGE_KEY as STORAGE_KEY } from './display-prefs';
import { currentLessonPager } from './lesson-pager';

/**
 * Presenter mode for lectures: larger type and stronger contrast, remembered on this device.
 * Paging (see usePagingShortcuts) works with or without it.
 */
export function PresenterToggle() {
  const [isOn, setOn] = useState(() => {
    try {
      return localStorage.getItem(STORAGE_KEY) === '1';
    } catch {
      return false;
    }
  });
  useEffect(() => {
    document.documentElement.classList.toggle('presenter', isOn);
    try {
      localStorage.setItem(STORAGE_KEY, isOn ? '1' : '0');
    } catch {
      // Storage can be unavailable (private mode); the toggle still works for this visit.
    }
  }, [isOn]);
  return (
    <button
      type="button"
      className="tool-button presenter-toggle"
      aria-pressed={isOn}
      onClick={() => setOn((v) => !v)}
      title="Larger type and stronger contrast for projection. Page with ] and [ or a clicker."
    >
      Presenter mode
    </button>
  );
}

/** Describes the focused element for the pure paging rules in src/domain/paging.ts. */
export function focusInfo(target: EventTarget | null): FocusInfo {
  const el = target instanceof HTMLElement ? target : null;
  if (!el) {
    return { tag: '', type: '', role: '', isContentEditable: false, isScrollable: false, isExpanded: false };
  }
  const style = el === document.body || el === document.documentElement ? null : getComputedStyle(el);
  const scrolls = (overflow: string | undefined) => overflow === 'auto' || overflow === 'scroll';
  return {
    tag: el.tagName,
    type: el instanceof HTMLInputElement ? el.type.toLowerCase() : '',
    role: el.getAttribute('role') ?? '',
    isContentEditable: el.isContentEditable,
    isScrollable:
      style !== null &&
      ((scrolls(style.overflowY) && el.scrollHeight > el.clientHeight) ||
        (scrolls(style.overflowX) && el.scrollWidth > el.clientWidth)),
    isExpanded: el.getAttribute('aria-expanded') === 'true',
  };
}

/**
 * Global paging keys: "]" / "[" from anywhere but a text field, PageDown / PageUp (a clicker)
 * unless the focused control uses them, Escape to leave such a control. Pages through the open
 * lesson's steps, the three phenomena on the mechanism pages, or the views.
 */
export function usePagingShortcuts() {
  const route = useAppStore((s) => s.route);
  const navigate = useAppStore((s) => s.navigate);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const action = pagingAction(e.key, e, focusInfo(e.target));
      if (action === null) return;
      const main = document.getElementById('main');
      if (action === 'leave') {
        (e.target as HTMLElement).blur();
        main?.focus({ preventScroll: true });
        return;
      }
      e.preventDefault();
      const lesson = currentLessonPager();
      const target = pageTarget(route, lesson, action === 'next' ? 1 : -1);
      if (target.kind === 'step') lesson?.go(target.index);
      else if (target.kind === 'route') {
        navigate(target.route);
        window.scrollTo({ top: 0 });
        main?.focus({ preventScroll: true });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [route, navigate]);
}
