/**
 * Light and dark themes. Until someone chooses, the operating system's preference decides (and
 * is followed when it changes); a choice made with the switch is remembered on this device.
 * The theme is an attribute on <html> (`data-theme="dark"`), which src/styles.css keys on.
 */
import { useEffect, useState } from 'react';
import { DARK_QUERY, THEME_STORAGE_KEY as STORAGE_KEY } from './display-prefs';

/** A theme the stylesheet knows. */
export type Theme = 'light' | 'dark';

function storedTheme(): Theme | null {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === 'light' || v === 'dark' ? v : null;
  } catch {
    return null;
  }
}

function systemTheme(): Theme {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

function apply(theme: Theme) {
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme;
}

// Applied when the header module loads, before the first render, so a dark page never flashes white.
if (typeof document !== 'undefined') apply(storedTheme() ?? systemTheme());

/** The theme switch: a toggle between light and dark, remembered once used. */
export function ThemeSwitch() {
  const [choice, setChoice] = useState<Theme | null>(storedTheme);
  const [system, setSystem] = useState<Theme>(systemTheme);
  const theme = choice ?? system;
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const mq = matchMedia(DARK_QUERY);
    const onChange = () => setSystem(mq.matches ? 'dark' : 'light');
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, []);
  useEffect(() => apply(theme), [theme]);
  const toggle = () => {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    setChoice(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Without storage the switch still works for this visit.
    }
  };
  return (
    <button
      type="button"
      className="tool-button"
      aria-pressed={theme === 'dark'}
      onClick={toggle}
      title={choice ? 'Dark theme (your choice, remembered)' : 'Dark theme (following your system setting)'}
    >
      Dark theme
    </button>
  );
}
