import { formatPotential } from '../../../domain/format';
import { TableScroll } from '../../../components/TableScroll';
import { Fragment } from 'react';
import type { GroupGeom, RowGeom, StabilityLayout } from '../../../charts/stability/layout';
import type { WindowSource } from '../../../kb/schema';
import { Cite } from '../../../components/Cite';
import { Link } from '../../../components/Link';
import { VERDICT_GLYPH, VERDICT_TEXT, verdictOf } from '../../../domain/electrode-overlay';
import { DownloadCsv } from '../../../components/DownloadCsv';
import { windowsCsv } from '../../../domain/table-csv';
import { useDoiOf } from '../../../kb/hooks';

const SOURCE_SHORT: Record<WindowSource, string> = {
  zhu2015: 'Zhu 2015',
  richards2016: 'Richards 2016',
  experiment: 'Experiment',
  'other-calculation': 'Other calculation',
};

/** The chart's data as a table: same rows, same order, same verdicts, with citations. */
export function WindowsTable({
  layout,
  anodeV,
  cathodeV,
  selectedId,
  highlightedIds,
  onSelect,
}: {
  layout: StabilityLayout;
  anodeV: number;
  cathodeV: number;
  selectedId: string | null;
  highlightedIds: ReadonlySet<string>;
  onSelect: (id: string) => void;
}) {
  const groups: { group: GroupGeom; rows: RowGeom[] }[] = [];
  for (const line of layout.lines) {
    if (line.kind === 'group') groups.push({ group: line, rows: [] });
    else groups[groups.length - 1]?.rows.push(line);
  }
  const doiOf = useDoiOf();
  const csv = () => {
    const tableRows = groups.flatMap((g) =>
      g.rows.map((r) => ({ id: r.id, label: r.label, windows: r.bars.map((b) => b.window) })),
    );
    return windowsCsv(tableRows, anodeV, cathodeV, doiOf);
  };
  return (
    <>
      <DownloadCsv fileName="ssb-atlas-stability-windows.csv" csv={csv} />
      <TableScroll label="Stability windows table">
        <table className="data-table sw-table">
          <caption className="visually-hidden">
            Electrochemical stability windows, V vs Li/Li+, with the verdict for the chosen anode and cathode
          </caption>
          <thead>
            <tr>
              <th scope="col">Material</th>
              <th scope="col">Source</th>
              <th scope="col">Reduction limit (V)</th>
              <th scope="col">Oxidation limit (V)</th>
              <th scope="col">Width (V)</th>
              <th scope="col">Verdict</th>
              <th scope="col">Method and conditions</th>
              <th scope="col">References</th>
            </tr>
          </thead>
          {groups.map(({ group, rows }) => (
            <tbody key={group.group}>
              <tr className="sw-table-group">
                <th scope="colgroup" colSpan={8}>
                  {group.label} ({group.count})
                </th>
              </tr>
              {rows.map((row) => {
                const isSelected = row.id === selectedId;
                const isHit = highlightedIds.has(row.id);
                return (
                  <Fragment key={row.id}>
                    {row.bars.map((bar, i) => {
                      const w = bar.window;
                      const verdict = verdictOf(w, anodeV, cathodeV);
                      return (
                        <tr
                          key={bar.source}
                          className={
                            [isSelected && 'is-selected', isHit && 'is-highlighted']
                              .filter(Boolean)
                              .join(' ') || undefined
                          }
                        >
                          {i === 0 && (
                            <th scope="rowgroup" rowSpan={row.bars.length}>
                              {isHit && (
                                <span className="sw-hit-mark" title="Matches the search">
                                  ◆{' '}
                                </span>
                              )}
                              <Link to={{ view: 'materials', recordId: row.id }}>{row.label}</Link>
                              <br />
                              <button
                                type="button"
                                className="button button-small button-secondary sw-select"
                                aria-pressed={isSelected}
                                aria-label={`Select ${row.label}`}
                                onClick={() => onSelect(row.id)}
                              >
                                {isSelected ? 'Selected' : 'Select'}
                              </button>
                            </th>
                          )}
                          <td>{SOURCE_SHORT[bar.source]}</td>
                          <td className="num">{formatPotential(w.reductionV)}</td>
                          <td className="num">{formatPotential(w.oxidationV)}</td>
                          <td className="num">{formatPotential(w.oxidationV - w.reductionV)}</td>
                          <td className={`sw-verdict-${verdict} sw-table-verdict`}>
                            <span aria-hidden="true">{VERDICT_GLYPH[verdict]} </span>
                            {VERDICT_TEXT[verdict]}
                          </td>
                          <td className="sw-table-method">
                            <span className={`badge badge-${w.method}`}>{w.method}</span>
                            {w.conditions && <span className="muted"> {w.conditions}</span>}
                          </td>
                          <td>
                            <Cite refs={w.refs} />
                            {w.note && (
                              <details className="sw-note-details">
                                <summary>Note</summary>
                                {w.note}
                              </details>
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </Fragment>
                );
              })}
            </tbody>
          ))}
        </table>
      </TableScroll>
    </>
  );
}
