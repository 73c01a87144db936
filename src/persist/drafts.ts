/**
 * Unsaved form input, kept per tab in sessionStorage: it survives a reload and Back/Forward, and
 * goes when the tab is closed. Each draft is stored with a version, so a draft written by another
 * build of the app is ignored rather than misread; a caller checks what it gets back.
 */
const PREFIX = 'ssb-atlas:draft:';
const VERSION = 1;

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/** Keeps `value` (anything JSON can hold) under `key`; quietly does nothing without storage. */
export function saveDraft(key: string, value: unknown): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify({ v: VERSION, value }));
  } catch {
    // Storage full or blocked: the form still holds the input until the page goes.
  }
}

/** The draft under `key`, or null when there is none (or it cannot be read). Check its shape. */
export function loadDraft(key: string): unknown {
  try {
    const raw = storage()?.getItem(PREFIX + key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as { v?: unknown; value?: unknown };
    return parsed && parsed.v === VERSION && 'value' in parsed ? parsed.value : null;
  } catch {
    return null;
  }
}

export function clearDraft(key: string): void {
  try {
    storage()?.removeItem(PREFIX + key);
  } catch {
    // Nothing to clear.
  }
}
