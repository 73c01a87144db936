import { useId } from 'react';
import type { AppParams } from '../../../domain/app-params';
import { formatNumber } from '../../../domain/format';
import { DEFAULT_COLUMNS } from '../../../domain/material-table';
import { KIND_LABEL, type MaterialKind, type MaterialSummary } from '../../../domain/materials';

interface Props {
  all: readonly MaterialSummary[];
  params: AppParams;
  onChange: (patch: Partial<AppParams>) => void;
}

const KINDS: MaterialKind[] = ['electrolyte', 'electrode', 'phase'];
const DECADES = [-10, -9, -8, -7, -6, -5, -4, -3, -2, -1].map((e) => 10 ** e);

function toggle(list: readonly string[], value: string): string[] {
  return list.includes(value) ? list.filter((x) => x !== value) : [...list, value];
}

/** Search and filters of the materials table; every control writes to the URL-backed params. */
export function FilterPanel({ all, params, onChange }: Props) {
  const id = useId();
  const classes = [...new Set(all.map((m) => m.category))].sort();
  const families = [...new Set(all.flatMap((m) => (m.family ? [m.family] : [])))].sort();
  const isFiltered =
    params.query ||
    params.kinds.length ||
    params.classes.length ||
    params.family ||
    params.interfaceType ||
    params.sigmaMin !== null ||
    params.sigmaMax !== null ||
    params.stableAtV !== null ||
    params.vsLithium !== 'any';

  return (
    <aside className="filter-panel" aria-label="Filters">
      <label className="field">
        <span>Search name, alias or formula</span>
        <input
          type="search"
          value={params.query}
          onChange={(e) => onChange({ query: e.target.value })}
          placeholder="e.g. LGPS, garnet, Li3PS4"
        />
      </label>
      <fieldset className="filter-group">
        <legend>Kind</legend>
        {KINDS.map((k) => (
          <label key={k} className="check">
            <input
              type="checkbox"
              checked={params.kinds.includes(k)}
              onChange={() => onChange({ kinds: toggle(params.kinds, k) })}
            />
            {KIND_LABEL[k]}
          </label>
        ))}
      </fieldset>
      <fieldset className="filter-group">
        <legend>Class</legend>
        {classes.map((c) => (
          <label key={c} className="check">
            <input
              type="checkbox"
              checked={params.classes.includes(c)}
              onChange={() => onChange({ classes: toggle(params.classes, c) })}
            />
            {c}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>Family</span>
        <select value={params.family} onChange={(e) => onChange({ family: e.target.value })}>
          <option value="">Any family</option>
          {families.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Interface type with Li</span>
        <select
          value={params.interfaceType}
          onChange={(e) => onChange({ interfaceType: e.target.value as AppParams['interfaceType'] })}
        >
          <option value="">Any</option>
          <option value="1">Type 1: stable</option>
          <option value="2">Type 2: mixed-conducting, keeps growing</option>
          <option value="3">Type 3: self-limiting</option>
        </select>
      </label>
      <label className="field">
        <span>Against Li metal</span>
        <select
          value={params.vsLithium}
          onChange={(e) => onChange({ vsLithium: e.target.value as AppParams['vsLithium'] })}
        >
          <option value="any">Any</option>
          <option value="window">Thermodynamically stable (window reaches 0 V)</option>
          <option value="interface">Stable or self-limiting (type 1 or 3)</option>
        </select>
      </label>
      <fieldset className="filter-group">
        <legend>Ionic conductivity (S/cm)</legend>
        <div className="field-row">
          <label className="field field-compact">
            <span>at least</span>
            <select
              value={params.sigmaMin ?? ''}
              onChange={(e) => onChange({ sigmaMin: e.target.value ? Number(e.target.value) : null })}
            >
              <option value="">any</option>
              {DECADES.map((d) => (
                <option key={d} value={d}>
                  {formatNumber(d)}
                </option>
              ))}
            </select>
          </label>
          <label className="field field-compact">
            <span>at most</span>
            <select
              value={params.sigmaMax ?? ''}
              onChange={(e) => onChange({ sigmaMax: e.target.value ? Number(e.target.value) : null })}
            >
              <option value="">any</option>
              {DECADES.map((d) => (
                <option key={d} value={d}>
                  {formatNumber(d)}
                </option>
              ))}
            </select>
          </label>
        </div>
      </fieldset>
      <label className="field" htmlFor={`${id}-v`}>
        <span>Stable at potential (V vs Li/Li⁺)</span>
        <input
          id={`${id}-v`}
          type="number"
          inputMode="decimal"
          min={-1}
          max={8}
          step={0.1}
          value={params.stableAtV ?? ''}
          placeholder="e.g. 4.0"
          onChange={(e) => {
            const v = e.target.value === '' ? null : Number(e.target.value);
            onChange({ stableAtV: v !== null && Number.isFinite(v) && v >= -1 && v <= 8 ? v : null });
          }}
        />
      </label>
      {isFiltered && (
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            onChange({
              query: '',
              kinds: [],
              classes: [],
              family: '',
              interfaceType: '',
              sigmaMin: null,
              sigmaMax: null,
              stableAtV: null,
              vsLithium: 'any',
              columns: params.columns.length ? params.columns : DEFAULT_COLUMNS,
            })
          }
        >
          Clear filters
        </button>
      )}
    </aside>
  );
}
