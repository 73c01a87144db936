import { type FormEvent, Fragment, useId, useRef, useState } from 'react';
import { downloadText } from '../../../components/download';
import { Link } from '../../../components/Link';
import { columnsById, type DoiOf, toCsv, toJsonRows } from '../../../domain/material-table';
import type { CheckedRow, ImportContext, OwnMaterial } from '../../../domain/own-materials';
import {
  type FormQuantity,
  formRow,
  type MaterialForm,
  materialForm as materialFormOf,
} from '../../../domain/own-material-form';
import type { UserRecord } from '../../../persist/user-records';
import {
  addOwnMaterials,
  ownModule,
  removeOwnMaterial,
  restoreOwnMaterial,
  updateOwnMaterial,
  useOwnMaterials,
  type WriteResult,
} from '../../../store/own-materials';

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
  /** The stored material being edited in the form, or null while the form adds a new one. */
  const [editing, setEditing] = useState<UserRecord<OwnMaterial> | null>(null);
  /** Bumped to reset the form's fields (after a save, or to load the material being edited). */
  const [formKey, setFormKey] = useState(0);
  const formRef = useRef<HTMLDetailsElement>(null);
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

  const onSave = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const values = Object.fromEntries(
      Object.keys(materialFormOf(null)).map((k) => [k, String(data.get(k) ?? '')]),
    ) as MaterialForm;
    const m = await ownModule();
    const before = editing?.value ?? null;
    const others = new Set(own.records.filter((r) => r.id !== editing?.id).map((r) => r.value.id));
    const [checked] = m.checkJson(JSON.stringify([formRow(values, before)]), {
      ...context,
      ownIds: others,
    }).rows;
    if (!checked?.material) {
      setFormProblems(checked?.problems ?? []);
      return;
    }
    setFormProblems([]);
    const r = editing
      ? await updateOwnMaterial(editing.id, checked.material)
      : await addOwnMaterials([checked.material]);
    setResult(r);
    if (r.ok) {
      setEditing(null);
      setFormKey((k) => k + 1);
    }
  };

  const startEdit = (r: UserRecord<OwnMaterial>) => {
    setEditing(r);
    setFormProblems([]);
    setFormKey((k) => k + 1);
    if (formRef.current) formRef.current.open = true;
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLInputElement>('input[name="name"]')?.focus(),
    );
  };

  const good = preview?.rows.filter((r) => r.material) ?? [];
  const bad = preview?.rows.filter((r) => !r.material) ?? [];

  return (
    <section className="panel own-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your materials</h2>
      <p className="muted">
        Solid electrolytes you add are kept in this browser only, checked by the same rules as the knowledge
        base, and marked “yours” wherever materials are listed: the table, their page, compare, the stability
        chart, the classifier, the mechanism diagrams and the cell.
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
                aria-label={`Edit ${r.value.name}`}
                onClick={() => startEdit(r)}
              >
                Edit
              </button>{' '}
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
      <details className="own-form" ref={formRef}>
        <summary>{editing ? `Edit ${editing.value.name}` : 'Add a material by hand'}</summary>
        <MaterialFields
          key={formKey}
          initial={materialFormOf(editing?.value ?? null)}
          isEditing={editing !== null}
          problems={formProblems}
          onSubmit={(e) => void onSave(e)}
          onCancel={() => {
            setEditing(null);
            setFormProblems([]);
            setFormKey((k) => k + 1);
          }}
        />
      </details>
    </section>
  );
}

const NUMBER_FIELDS: readonly { name: FormQuantity; label: string; placeholder: string }[] = [
  { name: 'sigma', label: 'Ionic conductivity (S/cm)', placeholder: 'e.g. 5e-4' },
  { name: 'shear', label: 'Shear modulus G (GPa)', placeholder: 'e.g. 60' },
  { name: 'youngs', label: 'Young’s modulus E (GPa)', placeholder: 'e.g. 150' },
  { name: 'kic', label: 'Fracture toughness K_Ic (MPa·m½)', placeholder: 'e.g. 1.2' },
  { name: 'vm', label: 'Molar volume (cm³/mol)', placeholder: 'e.g. 260' },
];

interface FieldsProps {
  initial: MaterialForm;
  isEditing: boolean;
  problems: CheckedRow['problems'];
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
}

/** The add/edit form: every value optional but the names; one method and source for the values typed. */
function MaterialFields({ initial, isEditing, problems, onSubmit, onCancel }: FieldsProps) {
  const text = (name: keyof MaterialForm, label: string, extra: Record<string, unknown> = {}) => (
    <label className="field">
      <span>{label}</span>
      <input name={name} defaultValue={initial[name]} {...extra} />
    </label>
  );
  return (
    <form onSubmit={onSubmit} aria-label={isEditing ? 'Edit a material' : 'Add a material'}>
      {text('id', 'Id (lower case, e.g. my-llzo)', { required: true, readOnly: isEditing })}
      {text('name', 'Name', { required: true })}
      {text('formula', 'Formula', { required: true, placeholder: 'e.g. Li7La3Zr2O12' })}
      <label className="field">
        <span>Class</span>
        <select name="class" defaultValue={initial.class}>
          {CLASSES.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </label>
      {text('family', 'Family (optional)')}
      <fieldset className="own-form-values">
        <legend>Values (each optional)</legend>
        {NUMBER_FIELDS.map((f) => (
          <Fragment key={f.name}>
            {text(f.name, f.label, { inputMode: 'decimal', placeholder: f.placeholder })}
          </Fragment>
        ))}
        {text('reductionV', 'Stability window: reduction limit (V vs Li/Li⁺)', {
          inputMode: 'decimal',
          placeholder: 'e.g. 0.05',
        })}
        {text('oxidationV', 'Stability window: oxidation limit (V vs Li/Li⁺)', {
          inputMode: 'decimal',
          placeholder: 'e.g. 2.9',
        })}
        <label className="field">
          <span>Interface type with Li metal (if known)</span>
          <select name="itype" defaultValue={initial.itype}>
            <option value="">not known</option>
            <option value="1">1: stable</option>
            <option value="2">2: mixed-conducting, growing</option>
            <option value="3">3: self-limiting</option>
          </select>
        </label>
      </fieldset>
      <label className="field">
        <span>Method of the values typed</span>
        <select name="method" defaultValue={initial.method}>
          <option>measured</option>
          <option>calculated</option>
          <option>estimated</option>
        </select>
      </label>
      {text('source', 'Source: a note on your measurement, a DOI (10.…), or ref:<reference id>', {
        placeholder: 'e.g. EIS at 25 °C, pellet 1 mm',
      })}
      {problems.length > 0 && (
        <ul role="alert" aria-label="Problems with the form">
          {problems.map((p, i) => (
            <li key={i}>
              {p.field}: {p.message}
            </li>
          ))}
        </ul>
      )}
      <div className="own-actions">
        <button type="submit" className="button">
          {isEditing ? 'Save changes' : 'Add'}
        </button>
        {isEditing && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            Cancel editing
          </button>
        )}
      </div>
    </form>
  );
}
