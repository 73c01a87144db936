/**
 * "Copy link" and "Cite this view": the permalink of what is on screen (the address bar holds the
 * whole state), and the BibTeX and RIS of every reference cited on the page, written by
 * src/domain/citations.ts (citation-js loads when the dialog opens).
 */
import { useRef, useState } from 'react';
import type { Reference } from '../kb/schema';
import { loadBundledKb } from '../kb/kb-context';

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The citation formats the dialog offers, each as a read-only text with its own copy button. */
const EXPORT_FORMATS = [
  { key: 'bibtex', label: 'BibTeX', rows: 8 },
  { key: 'ris', label: 'RIS', rows: 6 },
] as const;

/** The "Copy link" button: copies the current address, which restores this exact view. */
export function CopyLinkButton() {
  const [note, setNote] = useState('');
  return (
    <>
      <button
        type="button"
        className="tool-button"
        onClick={async () =>
          setNote((await copy(location.href)) ? 'Link copied.' : `Copy this link: ${location.href}`)
        }
      >
        Copy link
      </button>
      {note && (
        <span className="header-toast" role="status">
          {note}
        </span>
      )}
    </>
  );
}

/** The "Cite" button and its dialog: permalink, BibTeX and RIS of the references behind the view. */
export function CiteViewButton() {
  const ref = useRef<HTMLDialogElement>(null);
  const [state, setState] = useState<{ link: string; refs: Reference[]; bibtex: string; ris: string } | null>(
    null,
  );
  const [note, setNote] = useState('');
  const open = async () => {
    ref.current?.showModal();
    setState(null);
    setNote('');
    const [{ idsCitedIn }, { exportReferences }, kb] = await Promise.all([
      import('./figure-capture'),
      import('../domain/citations'),
      loadBundledKb(),
    ]);
    const ids = idsCitedIn(document);
    const refs = kb.ok ? ids.flatMap((id) => kb.index.references.get(id) ?? []) : [];
    const [bibtex, ris] = refs.length
      ? await Promise.all([exportReferences(refs, 'bibtex'), exportReferences(refs, 'ris')])
      : ['', ''];
    setState({ link: location.href, refs, bibtex, ris });
  };
  return (
    <>
      <button type="button" className="tool-button" aria-haspopup="dialog" onClick={open}>
        Cite
      </button>
      <dialog ref={ref} className="help-dialog cite-dialog" aria-labelledby="cite-title">
        <h2 id="cite-title">Cite this view</h2>
        {!state ? (
          <p role="status">Collecting the references on this page…</p>
        ) : (
          <>
            <p className="field">
              <label htmlFor="cite-link">Permalink (restores this view exactly)</label>
              <input id="cite-link" readOnly value={state.link} onFocus={(e) => e.currentTarget.select()} />
            </p>
            <p>
              {state.refs.length === 0
                ? 'Nothing on this page cites a reference.'
                : `${state.refs.length} references are cited on this page.`}
            </p>
            {state.refs.length > 0 &&
              EXPORT_FORMATS.map((f) => (
                <p key={f.key} className="field">
                  <label htmlFor={`cite-${f.key}`}>{f.label}</label>
                  <textarea id={`cite-${f.key}`} readOnly rows={f.rows} value={state[f.key]} />
                </p>
              ))}
            <div className="lesson-bar-actions">
              <button
                type="button"
                className="button"
                onClick={async () =>
                  setNote((await copy(state.link)) ? 'Link copied.' : 'Select the link and copy it.')
                }
              >
                Copy link
              </button>
              {state.refs.length > 0 &&
                EXPORT_FORMATS.map((f) => (
                  <button
                    key={f.key}
                    type="button"
                    className="button"
                    onClick={async () =>
                      setNote(
                        (await copy(state[f.key]))
                          ? `${f.label} copied.`
                          : `Select the ${f.label} and copy it.`,
                      )
                    }
                  >
                    Copy {f.label}
                  </button>
                ))}
            </div>
            {note && <p role="status">{note}</p>}
          </>
        )}
        <form method="dialog">
          <button type="submit" className="button button-secondary">
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}
