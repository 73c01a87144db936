/** Every number the assessment used, with unit, source and references, and a CSV download. */
import { useState } from 'react';
import { Cite } from '../../../components/Cite';
import { downloadText } from '../../../components/download';
import { TableScroll } from '../../../components/TableScroll';
import { type NumberRow, numbersCsv } from '../../../domain/cell';
import { formatNumber } from '../../../domain/format';

/** Shows a value in its unit, converting metres to µm or nm for reading. */
function shown(r: NumberRow): string {
  if (r.unit === 'm')
    return r.value !== 0 && Math.abs(r.value) < 1e-6
      ? `${formatNumber(r.value * 1e9)} nm`
      : `${formatNumber(r.value * 1e6)} µm`;
  return r.unit ? `${formatNumber(r.value)} ${r.unit}` : formatNumber(r.value);
}

export function NumbersTable({
  rows,
  designLabel,
  fileBase,
}: {
  rows: readonly NumberRow[];
  designLabel: string;
  fileBase: string;
}) {
  const [status, setStatus] = useState('');
  return (
    <details className="cell-numbers">
      <summary>Every number used ({rows.length})</summary>
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => {
          downloadText(`${fileBase}.csv`, numbersCsv(rows, designLabel), 'text/csv');
          setStatus(`Saved ${fileBase}.csv`);
        }}
      >
        Download the numbers (CSV)
      </button>
      <span role="status" className="muted">
        {status}
      </span>
      <TableScroll label={`Numbers used for ${designLabel}`}>
        <table>
          <caption className="visually-hidden">Numbers used for {designLabel}</caption>
          <thead>
            <tr>
              <th scope="col">Risk</th>
              <th scope="col">Quantity</th>
              <th scope="col">Value</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.risk}-${r.label}`}>
                <td>{r.risk}</td>
                <td>{r.label}</td>
                <td>{shown(r)}</td>
                <td>
                  {r.source} {r.refs.length > 0 && <Cite refs={r.refs} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </details>
  );
}
