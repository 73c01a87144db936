/**
 * Where the display preferences live, shared by the switches (Theme.tsx, Presenter.tsx) and by the
 * first inline script of the built pages (scripts/vite-shell.ts), which applies them before the
 * first paint.
 */
export const THEME_STORAGE_KEY = 'ssb-atlas:theme';
export const PRESENTER_STORAGE_KEY = 'ssb-atlas:presenter';
export const DARK_QUERY = '(prefers-color-scheme: dark)';
