import { useCallback, useEffect, useState } from 'react';
import './saved-custom.css';
import type { CustomElectrolyte } from '../../../domain/classifier';
import { CUSTOM_ELECTROLYTES } from '../../../persist/custom-electrolytes';
import { type RecordProblem, type UserRecord, userRecords } from '../../../persist/user-records';

export type SavedRecord = UserRecord<CustomElectrolyte>;

/** The user's saved custom electrolytes, and what can be done with them. */
export interface SavedCustomElectrolytesState {
  /** 'loading' until the list is read; 'unavailable' when this browser keeps no records. */
  status: 'loading' | 'ready' | 'unavailable';
  records: SavedRecord[];
  problems: RecordProblem[];
  /**
   * Saves `value`: as a change of record `id` when given and its name is kept, otherwise as a new
   * record (a taken name gets a number). Resolves to the saved record, or null if nothing could be saved.
   */
  save: (value: CustomElectrolyte, id: string | null) => Promise<SavedRecord | null>;
  remove: (id: string) => Promise<void>;
  restore: (id: string) => Promise<SavedRecord | null>;
}

/** Reads the saved custom electrolytes once and keeps the list in step with every change. */
export function useSavedCustomElectrolytes(): SavedCustomElectrolytesState {
  const [status, setStatus] = useState<SavedCustomElectrolytesState['status']>('loading');
  const [records, setRecords] = useState<SavedRecord[]>([]);
  const [problems, setProblems] = useState<RecordProblem[]>([]);

  const reload = useCallback(async () => {
    try {
      const list = await (await userRecords()).list(CUSTOM_ELECTROLYTES);
      setRecords(list.records);
      setProblems(list.problems);
      setStatus('ready');
    } catch {
      setStatus('unavailable');
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);

  const save = useCallback(
    async (value: CustomElectrolyte, id: string | null) => {
      try {
        const db = await userRecords();
        const current = id ? await db.get(CUSTOM_ELECTROLYTES, id) : null;
        const saved =
          current && 'value' in current && current.name === value.name
            ? await db.update(CUSTOM_ELECTROLYTES, current.id, { value })
            : await db.create(CUSTOM_ELECTROLYTES, value.name, value);
        await reload();
        return saved;
      } catch {
        return null;
      }
    },
    [reload],
  );
  const remove = useCallback(
    async (id: string) => {
      try {
        await (await userRecords()).remove(CUSTOM_ELECTROLYTES, id);
      } finally {
        await reload();
      }
    },
    [reload],
  );
  const restore = useCallback(
    async (id: string) => {
      try {
        return await (await userRecords()).restore(CUSTOM_ELECTROLYTES, id);
      } catch {
        return null;
      } finally {
        await reload();
      }
    },
    [reload],
  );
  return { status, records, problems, save, remove, restore };
}

interface Props {
  saved: SavedCustomElectrolytesState;
  /** The record shown in the form, if it is a saved one. */
  currentId: string | null;
  /** Loads a saved electrolyte into the form and classifies it. */
  onUse: (record: SavedRecord) => void;
}

/**
 * The list of saved custom electrolytes: use one, delete one (with Undo). Records that could not
 * be read are named with the reason, and the rest still load.
 */
export function SavedCustomElectrolytes({ saved, currentId, onUse }: Props) {
  const [deleted, setDeleted] = useState<{ id: string; name: string } | null>(null);
  const [message, setMessage] = useState('');
  if (saved.status === 'unavailable') {
    return (
      <p className="cls-field-help">
        This browser keeps no saved custom electrolytes (storage is off); the one you classify stays in the
        link.
      </p>
    );
  }
  if (saved.status === 'loading') return null;
  return (
    <section className="cls-saved" aria-labelledby="cls-saved-title">
      <h4 id="cls-saved-title">Saved in this browser</h4>
      {saved.records.length === 0 ? (
        <p className="muted">None yet: classifying saves the electrolyte here under its name.</p>
      ) : (
        <ul className="cls-saved-list">
          {saved.records.map((r) => (
            <li key={r.id}>
              <span className="cls-saved-name">
                {r.name}
                {r.id === currentId ? <span className="muted"> (in the form)</span> : null}
              </span>
              <button
                type="button"
                className="button button-small button-secondary"
                aria-label={`Use ${r.name}`}
                onClick={() => {
                  setDeleted(null);
                  setMessage(`Loaded “${r.name}”.`);
                  onUse(r);
                }}
              >
                Use
              </button>
              <button
                type="button"
                className="button button-small button-secondary"
                aria-label={`Delete ${r.name}`}
                onClick={async () => {
                  await saved.remove(r.id);
                  setDeleted({ id: r.id, name: r.name });
                  setMessage(`Deleted “${r.name}”.`);
                }}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      {saved.problems.length > 0 && (
        <ul className="cls-saved-problems">
          {saved.problems.map((p) => (
            <li key={p.id} className="cls-notice cls-notice-warning">
              The saved electrolyte “{p.name}” could not be read ({p.message}); the others are fine.
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="cls-saved-status">
        {message}{' '}
        {deleted && (
          <button
            type="button"
            className="button button-small"
            onClick={async () => {
              const back = await saved.restore(deleted.id);
              setDeleted(null);
              setMessage(
                back ? `Brought back “${back.name}”.` : `“${deleted.name}” could not be brought back.`,
              );
            }}
          >
            Undo
          </button>
        )}
      </p>
    </section>
  );
}
