import { useEffect, useState } from 'react';
import { adjacentView, isEditingTarget } from '../domain/paging';
import { useAppStore } from '../store/hooks';

const STORAGE_KEY = 'ssb-atlas:presenter';

/**
 * Presenter mode for lectures: larger type and stronger contrast, remembered on this device.
 * "]" and "[" page through the views from anywhere (not while typing).
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
      className="presenter-toggle"
      aria-pressed={isOn}
      onClick={() => setOn((v) => !v)}
      title="Larger type and stronger contrast for projection. Page with [ and ]."
    >
      Presenter mode
    </button>
  );
}

/** Global shortcuts: "[" previous view, "]" next view. */
export function usePagingShortcuts() {
  const route = useAppStore((s) => s.route);
  const navigate = useAppStore((s) => s.navigate);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isEditingTarget(e.target)) return;
      if (e.key !== ']' && e.key !== '[') return;
      e.preventDefault();
      navigate({ view: adjacentView(route.view, e.key === ']' ? 1 : -1), recordId: null });
      document.getElementById('main')?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [route.view, navigate]);
}
