import { type FormEvent, useId, useState } from 'react';
import { downloadText } from '../../../components/download';
import { Link } from '../../../components/Link';
import { columnsById, type DoiOf, toCsv, toJsonRows } from '../../../domain/material-table';
import type { CheckedRow, ImportContext } from '../../../domain/own-materials';
import {
  addOwnMaterials,
  ownModule,
  removeOwnMaterial,
  restoreOwnMaterial,
  useOwnMaterials,
  type WriteResult,
} from '../own-store';

interface Props {
  /** What an import is checked against (knowledge-base ids and references). */
  context: Omit<ImportContext, 'ownIds'>;
  /** A reference's DOI, for the export's DOI columns. */
  doiOf: DoiOf;
}

/** Every column an own material can hold: what the panel's download writes. */
const OWN_COLUMNS = columnsById([
  'formula',
  'class',
  'family',
  'sigma',
  'sigmae',
  'window',
  'itype',
  'shear',
  'youngs',
  'kic',
  'vm',
]);

interface Preview {
  fileName: string;
  rows: CheckedRow[];
  fileProblem: string | null;
}

const CLASSES = ['oxide', 'sulfide', 'phosphate', 'oxynitride', 'polymer'];

/**
 * "Your materials": add one through a form or import the CSV/JSON the table exports; every row is
 * checked first and problems are listed by row and field; nothing is stored unless the user
 * imports all rows or chooses the good ones. Lists the stored materials with delete (undoable) and
 * names stored entries that could not be read.
 */
export function OwnMaterialsPanel({ context, doiOf }: Props) {
  const own = useOwnMaterials();
  const id = useId();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [result, setResult] = useState<WriteResult | null>(null);
  const [removed, setRemoved] = useState<{ id: string; name: string } | null>(null);
  const [formProblems, setFormProblems] = useState<CheckedRow['problems']>([]);
  const ctx = (): ImportContext => ({ ...context, ownIds: new Set(own.records.map((r) => r.value.id)) });

  const onFile = async (file: File) => {
    setResult(null);
    const text = await file.text();
    const m = await ownModule();
    const isJson = /\.json$/i.test(file.name) || text.trimStart().startsWith('[');
    const checked = isJson ? m.checkJson(text, ctx()) : m.checkCsv(text, ctx());
    setPreview({ fileName: file.name, ...checked });
  };

  const importRows = async (rows: readonly CheckedRow[]) => {
    const materials = rows.flatMap((r) => (r.material ? [r.material] : []));
    const r = await addOwnMaterials(materials);
    setResult(r);
    if (r.ok) setPreview(null);
  };

  const onAdd = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const get = (k: string) => String(data.get(k) ?? '').trim();
    const sigma = get('sigma');
    const source = get('source');
    const row: Record<string, unknown> = {
      id: get('id'),
      name: get('name'),
      kind: 'electrolyte',
      formula: get('formula'),
      class: get('class'),
      family: get('family'),
    };
    if (sigma) {
      const refs = source.startsWith('ref:') ? [source.slice(4).trim()] : [];
      row.sigma = {
        value: Number(sigma.replace(',', '.')),
        unit: 'S/cm',
        method: get('method'),
        refs,
        ...(source.startsWith('10.') ? { doi: source } : {}),
        ...(!source.startsWith('ref:') && !source.startsWith('10.') && source ? { ownSource: source } : {}),
      };
    }
    const m = await ownModule();
    const [checked] = m.checkJson(JSON.stringify([row]), ctx()).rows;
    if (!checked?.material) {
      setFormProblems(checked?.problems ?? []);
      return;
    }
    setFormProblems([]);
    const r = await addOwnMaterials([checked.material]);
    setResult(r);
    if (r.ok) form.reset();
  };

  const good = preview?.rows.filter((r) => r.material) ?? [];
  const bad = preview?.rows.filter((r) => !r.material) ?? [];

  return (
    <section className="panel own-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your materials</h2>
      <p className="muted">
        Solid electrolytes you add are kept in this browser only, checked by the same rules as the knowledge
        base, and marked “yours” in the table, on their page and in compare.
      </p>
      {own.status === 'unavailable' && (
        <p role="alert">Your materials cannot be kept here: {own.unavailableReason}.</p>
      )}
      {own.problems.length > 0 && (
        <div role="alert" className="own-problems">
          <p>
            {own.problems.length === 1
              ? '1 stored material could not be read and is left out (nothing else is affected):'
              : `${own.problems.length} stored materials could not be read and are left out (nothing else is affected):`}
          </p>
          <ul>
            {own.problems.map((p) => (
              <li key={p.id}>
                <strong>{p.name}</strong>: {p.message}{' '}
                <button
                  type="button"
                  className="button button-small button-secondary"
                  onClick={() => void removeOwnMaterial(p.id)}
                >
                  Delete this entry
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {own.records.length > 0 && (
        <ul className="own-list" aria-label="Your stored materials">
          {own.records.map((r) => (
            <li key={r.id}>
              <Link to={{ view: 'materials', recordId: r.value.id }}>{r.value.name}</Link>{' '}
              <span className="muted">({r.value.id})</span>{' '}
              <button
                type="button"
                className="button button-small button-secondary"
                aria-label={`Delete ${r.value.name}`}
                onClick={async () => {
                  await removeOwnMaterial(r.id);
                  setRemoved({ id: r.id, name: r.value.name });
                }}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      <div role="status" aria-live="polite" className="own-status">
        {removed && (
          <>
            Deleted {removed.name}.{' '}
            <button
              type="button"
              className="button button-small button-secondary"
              onClick={async () => {
                await restoreOwnMaterial(removed.id);
                setRemoved(null);
              }}
            >
              Undo
            </button>
          </>
        )}
        {result && <span className={result.ok ? 'own-ok' : 'own-error'}>{result.message}</span>}
      </div>
      <div className="own-actions">
        {own.summaries.length > 0 && (
          <>
            <button
              type="button"
              className="button button-secondary"
              onClick={() =>
                downloadText(
                  'ssb-atlas-my-materials.csv',
                  toCsv(own.summaries, OWN_COLUMNS, doiOf),
                  'text/csv',
                )
              }
            >
              Download yours as CSV
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() =>
                downloadText(
                  'ssb-atlas-my-materials.json',
                  `${JSON.stringify(toJsonRows(own.summaries, OWN_COLUMNS), null, 2)}\n`,
                  'application/json',
                )
              }
            >
              Download yours as JSON
            </button>
          </>
        )}
        <label className="field">
          <span>Import CSV or JSON (the table’s own download format)</span>
          <input
            type="file"
            accept=".csv,.json,text/csv,application/json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void onFile(file);
              e.target.value = '';
            }}
          />
        </label>
      </div>
      {preview && (
        <div className="own-preview" role="region" aria-label={`Check of ${preview.fileName}`}>
          {preview.fileProblem ? (
            <p role="alert">
              {preview.fileName} cannot be read: {preview.fileProblem}. Nothing was imported.
            </p>
          ) : (
            <>
              <p>
                {preview.fileName}: {preview.rows.length} rows, {good.length} good
                {bad.length > 0 ? `, ${bad.length} with problems (listed below)` : ''}.
              </p>
              {bad.length > 0 && (
                <ul className="own-row-problems" aria-label="Problems by row and field">
                  {bad.flatMap((r) =>
                    r.problems.map((p, i) => (
                      <li key={`${r.row}-${i}`}>
                        Row {r.row}
                        {r.id ? ` (${r.id})` : ''}, {p.field}: {p.message}
                      </li>
                    )),
                  )}
                </ul>
              )}
            </>
          )}
          <div className="own-actions">
            {!preview.fileProblem && bad.length === 0 && good.length > 0 && (
              <button type="button" className="button" onClick={() => void importRows(good)}>
                Import all {good.length}
              </button>
            )}
            {!preview.fileProblem && bad.length > 0 && good.length > 0 && (
              <button type="button" className="button" onClick={() => void importRows(good)}>
                Import only the {good.length} good rows
              </button>
            )}
            <button type="button" className="button button-secondary" onClick={() => setPreview(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <details className="own-form">
        <summary>Add a material by hand</summary>
        <form onSubmit={(e) => void onAdd(e)} aria-label="Add a material">
          <label className="field">
            <span>Id (lower case, e.g. my-llzo)</span>
            <input name="id" required />
          </label>
          <label className="field">
            <span>Name</span>
            <input name="name" required />
          </label>
          <label className="field">
            <span>Formula</span>
            <input name="formula" required placeholder="e.g. Li7La3Zr2O12" />
          </label>
          <label className="field">
            <span>Class</span>
            <select name="class" defaultValue="oxide">
              {CLASSES.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>Family (optional)</span>
            <input name="family" />
          </label>
          <label className="field">
            <span>Ionic conductivity (S/cm, optional)</span>
            <input name="sigma" inputMode="decimal" placeholder="e.g. 5e-4" />
          </label>
          <label className="field">
            <span>Method</span>
            <select name="method" defaultValue="measured">
              <option>measured</option>
              <option>calculated</option>
              <option>estimated</option>
            </select>
          </label>
          <label className="field">
            <span>Source: a note on your measurement, a DOI (10.…), or ref:&lt;reference id&gt;</span>
            <input name="source" placeholder="e.g. EIS at 25 °C, pellet 1 mm" />
          </label>
          {formProblems.length > 0 && (
            <ul role="alert" aria-label="Problems with the form">
              {formProblems.map((p, i) => (
                <li key={i}>
                  {p.field}: {p.message}
                </li>
              ))}
            </ul>
          )}
          <button type="submit" className="button">
            Add
          </button>
        </form>
      </details>
    </section>
  );
}
