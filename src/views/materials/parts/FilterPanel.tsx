import { useId } from 'react';
import { APP_PARAMS, type AppParams } from '../../../domain/app-params';
import { formatNumber } from '../../../domain/format';
import {
  DEFAULT_COLUMNS,
  RANGE_FILTERS,
  type RangeId,
  WINDOW_BASIS_TEXT,
} from '../../../domain/material-table';
import { KIND_LABEL, type MaterialKind, type MaterialSummary } from '../../../domain/materials';

interface Props {
  /** Id of the panel (the toggle that hides it points here). */
  id: string;
  /** False where the search field is drawn outside the panel (a phone keeps it above the results). */
  hasSearch?: boolean;
  all: readonly MaterialSummary[];
  params: AppParams;
  onChange: (patch: Partial<AppParams>) => void;
}

const KINDS: MaterialKind[] = ['electrolyte', 'electrode', 'phase'];

type BoundKey =
  | 'shearMin'
  | 'shearMax'
  | 'youngsMin'
  | 'youngsMax'
  | 'kicMin'
  | 'kicMax'
  | 'widthMin'
  | 'widthMax';

/** The min and max setting of each range filter. */
const RANGE_PARAMS: Record<RangeId, readonly [BoundKey, BoundKey]> = {
  shear: ['shearMin', 'shearMax'],
  youngs: ['youngsMin', 'youngsMax'],
  kic: ['kicMin', 'kicMax'],
  width: ['widthMin', 'widthMax'],
};
const DECADES = [-10, -9, -8, -7, -6, -5, -4, -3, -2, -1].map((e) => 10 ** e);

function toggle(list: readonly string[], value: string): string[] {
  return list.includes(value) ? list.filter((x) => x !== value) : [...list, value];
}

/** The materials search field (in the filter panel, or above the table on a phone). */
export function MaterialSearch({
  query,
  onChange,
}: {
  /** The search text. */
  query: string;
  onChange: (patch: Partial<AppParams>) => void;
}) {
  return (
    <label className="field">
      <span>Search name, alias or formula</span>
      <input
        type="search"
        value={query}
        onChange={(e) => onChange({ query: e.target.value })}
        placeholder="e.g. LGPS, garnet"
      />
    </label>
  );
}

/** Search and filters of the materials table; every control writes to the URL-backed params. */
export function FilterPanel({ id: panelId, hasSearch = true, all, params, onChange }: Props) {
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
    params.vsLithium !== 'any' ||
    RANGE_FILTERS.some(
      (r) => params[RANGE_PARAMS[r.id][0]] !== null || params[RANGE_PARAMS[r.id][1]] !== null,
    );

  return (
    <aside className="filter-panel" aria-label="Filters" id={panelId}>
      {hasSearch && <MaterialSearch query={params.query} onChange={onChange} />}
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
          aria-describedby={`${id}-basis-text`}
        />
      </label>
      <label className="field">
        <span>Windows used</span>
        <select
          value={params.windowBasis}
          onChange={(e) => onChange({ windowBasis: e.target.value as AppParams['windowBasis'] })}
          aria-describedby={`${id}-basis-text`}
        >
          <option value="preferred">Representative (calculated first)</option>
          <option value="measured">Measured only</option>
          <option value="any">Any, calculated or measured</option>
        </select>
      </label>
      <p className="field-note" id={`${id}-basis-text`}>
        “Stable at” and “window reaches 0 V” read {WINDOW_BASIS_TEXT[params.windowBasis]}.
      </p>
      {RANGE_FILTERS.map((r) => {
        const [minKey, maxKey] = RANGE_PARAMS[r.id];
        const spec = (k: BoundKey) => APP_PARAMS[k].shape as { min: number; max: number };
        const setBound = (k: BoundKey, raw: string) => {
          const v = raw === '' ? null : Number(raw);
          const { min, max } = spec(k);
          onChange({ [k]: v !== null && Number.isFinite(v) && v >= min && v <= max ? v : null });
        };
        return (
          <fieldset key={r.id} className="filter-group">
            <legend>
              {r.label} ({r.unit})
            </legend>
            <div className="field-row">
              <label className="field field-compact">
                <span>from</span>
                <input
                  type="number"
                  inputMode="decimal"
                  min={0}
                  step="any"
                  value={params[minKey] ?? ''}
                  onChange={(e) => setBound(minKey, e.target.value)}
                />
              </label>
              <label className="field field-compact">
                <span>to</span>
                <input
                  type="number"
                  inputMode="decimal"
                  min={0}
                  step="any"
                  value={params[maxKey] ?? ''}
                  onChange={(e) => setBound(maxKey, e.target.value)}
                />
              </label>
            </div>
          </fieldset>
        );
      })}
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
              windowBasis: 'preferred',
              ...Object.fromEntries(
                Object.values(RANGE_PARAMS).flatMap(([a, b]) => [
                  [a, null],
                  [b, null],
                ]),
              ),
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
