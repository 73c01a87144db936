import { useId, useState } from 'react';
import { Cite } from '../../components/Cite';
import { downloadText } from '../../components/download';
import { Formula } from '../../components/Formula';
import { FormulaText } from '../../components/FormulaText';
import { Link } from '../../components/Link';
import { TableScroll } from '../../components/TableScroll';
import { useFirstRows } from '../../components/use-first-rows';
import { NARROW_QUERY, useMediaQuery } from '../../components/use-media-query';
import { type AppParams, DEFAULT_PARAMS } from '../../domain/app-params';
import {
  type Column,
  type DoiOf,
  type EmptyReason,
  activeFilters,
  FILTER_PARAMS,
  filtersFromParams,
  formatInColumn,
  groupByKind,
  preferredWindow,
  toCsv,
  toJsonRows,
} from '../../domain/material-table';
import type { MaterialKind, MaterialSummary } from '../../domain/materials';
import { FilterPanel, MaterialSearch } from './parts/FilterPanel';
import './materials.css';

interface Props {
  /** Every material (for filter choices). */
  all: readonly MaterialSummary[];
  /** Materials to list, filtered and sorted. */
  materials: readonly MaterialSummary[];
  /** True when `materials` is in search-ranking order (then it is not split by kind). */
  isRanked: boolean;
  /** For an empty list: the filters that alone exclude what the others keep. */
  emptyReasons: readonly EmptyReason[];
  /** False when the search text alone matches nothing. */
  hasSearchHits: boolean;
  /** A reference's DOI, for the CSV's DOI columns. */
  doiOf: DoiOf;
  /** The chosen columns, in order. */
  columns: readonly Column[];
  /** Every column the user can choose. */
  allColumns: readonly Column[];
  /** The persisted settings (filters, sort, columns, compare set). */
  params: AppParams;
  onChange: (patch: Partial<AppParams>) => void;
}

const GROUP_LABEL: Record<MaterialKind, string> = {
  electrolyte: 'Solid electrolytes',
  electrode: 'Electrodes',
  phase: 'Other phases (interphase products, binaries, coatings)',
};

/** The patch that clears one filter: its settings back to their defaults. */
function clearPatch(reason: EmptyReason): Partial<AppParams> {
  return Object.fromEntries(FILTER_PARAMS[reason.filter.id].map((k) => [k, DEFAULT_PARAMS[k]]));
}

/**
 * The materials table: search, collapsible filters, chosen columns, sorting, compare selection and
 * download. Solid electrolytes come first, the other record kinds in their own groups below.
 */
export function MaterialsList({
  all,
  materials,
  isRanked,
  emptyReasons,
  hasSearchHits,
  doiOf,
  columns,
  allColumns,
  params,
  onChange,
}: Props) {
  // Open beside the table on a wide screen; on a phone closed until asked for, so the results come
  // first, and drawn under its toggle rather than above the table. A choice made with the toggle holds.
  const isNarrow = useMediaQuery(NARROW_QUERY);
  const [openChoice, setOpenChoice] = useState<boolean | null>(null);
  const isFilterOpen = openChoice ?? !isNarrow;
  const activeCount = activeFilters(filtersFromParams(params)).length;
  const panelId = useId();
  const compare = params.compare;
  const toggleCompare = (id: string) =>
    onChange({
      compare: compare.includes(id) ? compare.filter((x) => x !== id) : [...compare, id].slice(0, 4),
    });
  const sortBy = (key: string) =>
    onChange(
      key === params.sort
        ? { descending: !params.descending }
        : { sort: key as AppParams['sort'], descending: false },
    );
  const ariaSort = (key: string) =>
    params.sort === key && !isRanked ? (params.descending ? 'descending' : 'ascending') : undefined;
  const rowLimit = useFirstRows(FIRST_ROWS);
  const groups = firstRows(
    isRanked
      ? [{ kind: null, materials: [...materials] }]
      : groupByKind(materials).map((g) => ({ kind: g.kind as MaterialKind | null, materials: g.materials })),
    rowLimit,
  );
  const sortLabel = isRanked
    ? 'search relevance'
    : `${params.sort === 'name' ? 'name' : (allColumns.find((c) => c.id === params.sort)?.label ?? params.sort)}${params.descending ? ' (descending)' : ''}`;

  return (
    <section aria-labelledby="materials-title" className="materials">
      <div className="view-head">
        <h1 id="materials-title">Materials</h1>
        <p className="lede">
          Solid electrolytes first, then electrodes and the phases that form between them. Filter, sort and
          pick columns; open a material to see every property with its unit, method and source.
        </p>
      </div>
      <div className={`materials-layout${isFilterOpen ? '' : ' is-collapsed'}`}>
        {isFilterOpen && !isNarrow && (
          <FilterPanel id={panelId} all={all} params={params} onChange={onChange} />
        )}
        <div className="materials-main">
          {isNarrow && <MaterialSearch query={params.query} onChange={onChange} />}
          <div className="toolbar">
            <button
              type="button"
              className="button button-secondary"
              aria-expanded={isFilterOpen}
              aria-controls={isFilterOpen ? panelId : undefined}
              onClick={() => setOpenChoice(!isFilterOpen)}
            >
              {isFilterOpen ? 'Hide filters' : 'Show filters'}
              {!isFilterOpen && activeCount > 0 ? ` (${activeCount} on)` : ''}
            </button>
            <p className="muted materials-count" role="status" aria-live="polite">
              {materials.length} of {all.length} materials
              {params.query ? ` matching “${params.query}”` : ''}, sorted by {sortLabel}
            </p>
            <details className="menu">
              <summary className="button button-secondary">Columns</summary>
              <fieldset className="menu-body">
                <legend className="visually-hidden">Columns to show</legend>
                {allColumns.map((c) => (
                  <label key={c.id} className="check">
                    <input
                      type="checkbox"
                      checked={params.columns.includes(c.id)}
                      onChange={(e) =>
                        onChange({
                          columns: e.target.checked
                            ? allColumns
                                .filter((x) => x.id === c.id || params.columns.includes(x.id))
                                .map((x) => x.id)
                            : params.columns.filter((x) => x !== c.id),
                        })
                      }
                    />
                    {c.label}
                  </label>
                ))}
              </fieldset>
            </details>
            <button
              type="button"
              className="button button-secondary"
              onClick={() =>
                downloadText('ssb-atlas-materials.csv', toCsv(materials, columns, doiOf), 'text/csv')
              }
            >
              Download CSV
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() =>
                downloadText(
                  'ssb-atlas-materials.json',
                  `${JSON.stringify(toJsonRows(materials, columns), null, 2)}\n`,
                  'application/json',
                )
              }
            >
              Download JSON
            </button>
            {compare.length > 0 && (
              <Link className="button" to={{ view: 'compare', recordId: null }}>
                Compare {compare.length} selected
              </Link>
            )}
          </div>
          {isFilterOpen && isNarrow && (
            <FilterPanel id={panelId} hasSearch={false} all={all} params={params} onChange={onChange} />
          )}
          {materials.length === 0 ? (
            <EmptyResult
              query={params.query}
              hasSearchHits={hasSearchHits}
              reasons={emptyReasons}
              onChange={onChange}
            />
          ) : (
            <TableScroll label="Materials table">
              <table className="data-table materials-table">
                <caption className="visually-hidden">Materials, sorted by {sortLabel}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="col-compare">
                      <span className="visually-hidden">Compare</span>
                    </th>
                    <th scope="col" className="col-name" aria-sort={ariaSort('name')}>
                      <SortButton
                        label="Name"
                        active={params.sort === 'name' && !isRanked}
                        descending={params.descending}
                        onClick={() => sortBy('name')}
                      />
                    </th>
                    {columns.map((c) => (
                      <th
                        key={c.id}
                        scope="col"
                        aria-sort={ariaSort(c.id)}
                        className={c.isNumeric ? 'col-number' : undefined}
                      >
                        <SortButton
                          label={c.label}
                          unit={c.unit}
                          active={params.sort === c.id && !isRanked}
                          descending={params.descending}
                          onClick={() => sortBy(c.id)}
                        />
                      </th>
                    ))}
                  </tr>
                </thead>
                {groups.map((g) => (
                  <tbody key={g.kind ?? 'ranked'}>
                    {g.kind && (
                      <tr className="group-row">
                        <th scope="rowgroup" colSpan={columns.length + 2}>
                          {GROUP_LABEL[g.kind]} ({g.count})
                        </th>
                      </tr>
                    )}
                    {g.materials.map((m) => (
                      <tr key={m.id} className={params.selected === m.id ? 'is-selected' : undefined}>
                        <td className="col-compare">
                          <input
                            type="checkbox"
                            aria-label={`Compare ${m.name}`}
                            checked={compare.includes(m.id)}
                            disabled={!compare.includes(m.id) && compare.length >= 4}
                            onChange={() => toggleCompare(m.id)}
                          />
                        </td>
                        <th scope="row" className="col-name">
                          <Link to={{ view: 'materials', recordId: m.id }} aria-label={m.name}>
                            <FormulaText text={m.name} />
                          </Link>
                          {m.isOwn && <span className="badge badge-own">yours</span>}
                        </th>
                        {columns.map((c) => (
                          <td
                            key={c.id}
                            data-label={c.unit ? `${c.short} (${c.unit})` : c.short}
                            className={c.isNumeric ? 'col-number' : undefined}
                          >
                            <Cell column={c} material={m} />
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                ))}
              </table>
            </TableScroll>
          )}
        </div>
      </div>
    </section>
  );
}

/**
 * Rows drawn in the table's first frame (see useFirstRows): more than a 1920 × 1080 screen in
 * presenter mode shows, so the table's end and the footer come only with the rest.
 */
const FIRST_ROWS = 30;

/** The groups cut to their first `limit` rows in all; each keeps the count of its whole group. */
function firstRows<G extends { materials: readonly MaterialSummary[] }>(
  groups: readonly G[],
  limit: number,
): (G & { count: number })[] {
  let left = limit;
  return groups.flatMap((g) => {
    if (left <= 0) return [];
    const shown = g.materials.slice(0, left);
    left -= shown.length;
    return [{ ...g, materials: shown, count: g.materials.length }];
  });
}

/** An empty result names the filter responsible and offers to clear it. */
function EmptyResult({
  query,
  hasSearchHits,
  reasons,
  onChange,
}: {
  query: string;
  hasSearchHits: boolean;
  reasons: readonly EmptyReason[];
  onChange: (patch: Partial<AppParams>) => void;
}) {
  if (!hasSearchHits) {
    return (
      <div className="empty panel" role="status">
        <p>No material matches “{query}”.</p>
        <button type="button" className="button button-secondary" onClick={() => onChange({ query: '' })}>
          Clear the search
        </button>
      </div>
    );
  }
  return (
    <div className="empty panel" role="status">
      <p>No material passes every filter.</p>
      {reasons.length > 0 ? (
        <ul className="empty-reasons">
          {reasons.map((r) => (
            <li key={r.filter.id}>
              <strong>{r.filter.label}</strong> leaves out all {r.keptWithout} that the other settings keep.{' '}
              <button
                type="button"
                className="button button-small button-secondary"
                onClick={() => onChange(clearPatch(r))}
              >
                Clear this filter
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>No single filter is to blame: they exclude each other. Clear some of them.</p>
      )}
    </div>
  );
}

function SortButton({
  label,
  unit,
  active,
  descending,
  onClick,
}: {
  label: string;
  unit?: string;
  active: boolean;
  descending: boolean;
  onClick: () => void;
}) {
  return (
    <button type="button" className="sort-button" onClick={onClick}>
      <span className="sort-label">{label}</span>
      {unit && <span className="sort-unit">{unit}</span>}
      <span aria-hidden="true" className="sort-mark">
        {active ? (descending ? ' ▼' : ' ▲') : ' ↕'}
      </span>
    </button>
  );
}

/** A number or range that may break after its dash, never inside a number. */
function RangeText({ text }: { text: string }) {
  const [lo, hi] = text.split('–');
  if (hi === undefined) return <span className="cell-number">{text}</span>;
  return (
    <>
      <span className="cell-number">{lo}–</span>
      <wbr />
      <span className="cell-number">{hi}</span>
    </>
  );
}

function Cell({ column, material }: { column: Column; material: MaterialSummary }) {
  if (column.id === 'formula') return <Formula text={material.formula} />;
  if (column.id === 'window') {
    const w = preferredWindow(material);
    if (!w) return <span className="muted">—</span>;
    const f = column.formatValue ?? String;
    return (
      <>
        <span className="cell-number">
          {f(w.reductionV)}–{f(w.oxidationV)}
        </span>{' '}
        <span className={`badge badge-${w.method}`} title={w.label}>
          {w.method === 'calculated' ? 'calc.' : w.method === 'measured' ? 'meas.' : 'est.'}
        </span>
        <span className="cell-cites">
          <Cite refs={w.refs.slice(0, 1)} />
        </span>
      </>
    );
  }
  const q = column.quantity?.(material);
  if (q) {
    return (
      <>
        <RangeText text={formatInColumn(column, q)} />
        {column.unit !== q.unit && <span className="cell-unit"> {q.unit}</span>}
        <span className="cell-cites">
          <Cite refs={q.refs.slice(0, 2)} />
        </span>
      </>
    );
  }
  if (column.quantity) return <span className="muted">—</span>;
  const text = column.text(material);
  if (column.id === 'itype' && text) {
    return <span className={`type-chip type-chip-${text.slice(-1)}`}>{text}</span>;
  }
  return <>{text || <span className="muted">—</span>}</>;
}
