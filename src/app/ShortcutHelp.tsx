/**
 * The shortcut list: "?" (or the header's "?" button) opens a dialog naming every key the app
 * answers to. The list is data, so the dialog and its test read the same rows.
 */
import { useEffect, useRef } from 'react';
import { isTextEntry } from '../domain/paging';
import { focusInfo } from './Presenter';

/** Every keyboard shortcut: the keys and what they do. */
export const SHORTCUTS: readonly { keys: readonly string[]; action: string }[] = [
  {
    keys: [']', 'PageDown'],
    action:
      'Next page: the next lesson step, the next phenomenon on the mechanism pages, otherwise the next view',
  },
  { keys: ['[', 'PageUp'], action: 'Previous page (lesson step, phenomenon or view)' },
  {
    keys: ['Esc'],
    action:
      'Leave a slider, list or text field so that ] [ and a clicker page again; close a dialog or the figure view',
  },
  { keys: ['/'], action: 'Search materials, terms, mechanisms and references' },
  {
    keys: ['f'],
    action: 'Show the chart or diagram in view on its own, filling the screen (again to return)',
  },
  { keys: ['?'], action: 'This list of shortcuts' },
  { keys: ['Tab', 'Shift+Tab'], action: 'Move between links and controls' },
  { keys: ['←', '→', '↑', '↓'], action: 'Adjust a focused slider; move through search results' },
  { keys: ['Enter', 'Space'], action: 'Open a focused link, press a button, pick a bar or a hotspot' },
];

/** The "?" button and the dialog it opens. */
export function ShortcutHelp() {
  const ref = useRef<HTMLDialogElement>(null);
  const open = () => {
    if (!ref.current?.open) ref.current?.showModal();
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '?' || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (isTextEntry(focusInfo(e.target))) return;
      e.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  return (
    <>
      <button
        type="button"
        className="tool-button tool-help"
        aria-haspopup="dialog"
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
        onClick={open}
      >
        ?
      </button>
      <dialog ref={ref} className="help-dialog" aria-labelledby="help-title">
        <h2 id="help-title">Keyboard shortcuts</h2>
        <table className="data-table shortcut-table">
          <thead>
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">What they do</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.keys.join(' ')}>
                <th scope="row">
                  {s.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && ' or '}
                      <kbd>{k}</kbd>
                    </span>
                  ))}
                </th>
                <td>{s.action}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">
          A presentation clicker sends PageDown and PageUp. The theme follows your system until you use the
          Dark theme switch; the switch and presenter mode are remembered on this device.
        </p>
        <form method="dialog">
          <button type="submit" className="button">
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}
