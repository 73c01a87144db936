import { TableScroll } from '../../components/TableScroll';
import { Cite } from '../../components/Cite';
import { downloadText } from '../../components/download';
import { Formula } from '../../components/Formula';
import { Link } from '../../components/Link';
import type { AppParams } from '../../domain/app-params';
import { formatQuantity, formatWindow } from '../../domain/format';
import { type Column, preferredWindow, toCsv, toJsonRows } from '../../domain/material-table';
import type { MaterialSummary } from '../../domain/materials';
import { FilterPanel } from './parts/FilterPanel';

interface Props {
  /** Every material (for filter choices). */
  all: readonly MaterialSummary[];
  /** Materials to list, filtered and sorted. */
  materials: readonly MaterialSummary[];
  /** The chosen columns, in order. */
  columns: readonly Column[];
  /** Every column the user can choose. */
  allColumns: readonly Column[];
  /** The persisted settings (filters, sort, columns, compare set). */
  params: AppParams;
  onChange: (patch: Partial<AppParams>) => void;
}

/** The materials table: search, filters, chosen columns, sorting, compare selection and download. */
export function MaterialsList({ all, materials, columns, allColumns, params, onChange }: Props) {
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
    params.sort === key ? (params.descending ? 'descending' : 'ascending') : undefined;

  return (
    <section aria-labelledby="materials-title" className="materials">
      <div className="view-head">
        <h1 id="materials-title">Materials</h1>
        <p className="lede">
          Solid electrolytes, electrodes and the phases that form between them. Filter, sort and pick columns;
          open a material to see every property with its unit, method and source.
        </p>
      </div>
      <div className="materials-layout">
        <FilterPanel all={all} params={params} onChange={onChange} />
        <div className="materials-main">
          <div className="toolbar">
            <p className="muted" role="status" aria-live="polite">
              {materials.length} of {all.length} materials
              {params.query ? ` matching “${params.query}”` : ''}
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
              onClick={() => downloadText('ssb-atlas-materials.csv', toCsv(materials, columns), 'text/csv')}
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
          <TableScroll label="Materials table">
            <table className="data-table materials-table">
              <caption className="visually-hidden">
                Materials, sorted by {params.sort}
                {params.descending ? ' (descending)' : ''}
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="col-compare">
                    <span className="visually-hidden">Compare</span>
                  </th>
                  <th scope="col" aria-sort={ariaSort('name')}>
                    <SortButton
                      label="Name"
                      active={params.sort === 'name'}
                      descending={params.descending}
                      onClick={() => sortBy('name')}
                    />
                  </th>
                  {columns.map((c) => (
                    <th key={c.id} scope="col" aria-sort={ariaSort(c.id)}>
                      <SortButton
                        label={c.label}
                        active={params.sort === c.id}
                        descending={params.descending}
                        onClick={() => sortBy(c.id)}
                      />
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {materials.map((m) => (
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
                    <th scope="row">
                      <Link to={{ view: 'materials', recordId: m.id }}>{m.name}</Link>
                    </th>
                    {columns.map((c) => (
                      <td key={c.id} data-label={c.short}>
                        <Cell column={c} material={m} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            {materials.length === 0 && <p className="empty">No material matches these filters.</p>}
          </TableScroll>
        </div>
      </div>
    </section>
  );
}

function SortButton({
  label,
  active,
  descending,
  onClick,
}: {
  label: string;
  active: boolean;
  descending: boolean;
  onClick: () => void;
}) {
  return (
    <button type="button" className="sort-button" onClick={onClick}>
      {label}
      <span aria-hidden="true" className="sort-mark">
        {active ? (descending ? ' ▼' : ' ▲') : ' ↕'}
      </span>
    </button>
  );
}

function Cell({ column, material }: { column: Column; material: MaterialSummary }) {
  if (column.id === 'formula') return <Formula text={material.formula} />;
  if (column.id === 'window') {
    const w = preferredWindow(material);
    if (!w) return <span className="muted">—</span>;
    return (
      <span className="cell-quantity" title={w.label}>
        {formatWindow(w.reductionV, w.oxidationV)}{' '}
        <span className={`badge badge-${w.method}`}>{w.method.slice(0, 4)}.</span>{' '}
        <Cite refs={w.refs.slice(0, 1)} />
      </span>
    );
  }
  const q = column.quantity?.(material);
  if (q) {
    return (
      <span className="cell-quantity">
        {formatQuantity(q)} <Cite refs={q.refs.slice(0, 2)} />
      </span>
    );
  }
  const text = column.text(material);
  if (column.id === 'itype' && text) {
    return <span className={`type-chip type-chip-${text.slice(-1)}`}>{text}</span>;
  }
  return <>{text || <span className="muted">—</span>}</>;
}
