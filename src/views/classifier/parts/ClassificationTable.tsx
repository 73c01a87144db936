import { TableScroll } from '../../../components/TableScroll';
import { memo, useId } from 'react';
import { DownloadCsv } from '../../../components/DownloadCsv';
import { classificationCsv } from '../../../domain/table-csv';
import { useDoiOf } from '../../../kb/hooks';
import { Formula } from '../../../components/Formula';
import { FormulaText } from '../../../components/FormulaText';
import { Link } from '../../../components/Link';
import type { Electrode } from '../../../kb/schema';
import type { ClassificationRow, Outcome, TableSortKey } from '../../../domain/classifier';
import { BASIS_LABEL, fractionText, VERDICT_LABEL, verdictKey } from './verdict-text';

interface Props {
  /** Rows, already sorted. */
  rows: readonly ClassificationRow[];
  /** Cathodes to choose from. */
  cathodes: readonly Electrode[];
  /** The chosen cathode. */
  cathode: Electrode | undefined;
  onCathodeChange: (id: string) => void;
  /** Label of the window source used for every row ("Zhu 2015"). */
  sourceLabel: string;
  sort: TableSortKey;
  descending: boolean;
  onSort: (key: TableSortKey) => void;
  /** The electrolyte shown in the classifier, highlighted. */
  currentId: string | null;
  /** Loads an electrolyte into the classifier. */
  onLoad: (id: string) => void;
}

const AGREEMENT_TEXT = {
  agrees: { glyph: '✓', text: 'agrees' },
  disagrees: { glyph: '≠', text: 'disagrees' },
  undetermined: { glyph: '?', text: 'cannot compare' },
  'no-observation': { glyph: '–', text: 'no observation' },
} as const;

/**
 * Every electrolyte of the knowledge base classified against Li metal (with the observed type and
 * the agreement) and against a chosen cathode. Sortable by each column; names link to the material
 * pages; a button loads the electrolyte into the classifier above.
 */
export const ClassificationTable = memo(function ClassificationTable(props: Props) {
  const {
    rows,
    cathodes,
    cathode,
    onCathodeChange,
    sourceLabel,
    sort,
    descending,
    onSort,
    currentId,
    onLoad,
  } = props;
  const id = useId();
  const doiOf = useDoiOf();
  const ariaSort = (key: TableSortKey) =>
    sort === key ? (descending ? 'descending' : 'ascending') : undefined;
  const header = (key: TableSortKey, label: string) => (
    <th scope="col" aria-sort={ariaSort(key)}>
      <button type="button" className="sort-button" onClick={() => onSort(key)}>
        {label}
        <span aria-hidden="true" className="sort-mark">
          {sort === key ? (descending ? ' ▼' : ' ▲') : ' ↕'}
        </span>
      </button>
    </th>
  );
  const cathodeName = cathode?.name ?? 'cathode';
  return (
    <section className="panel cls-classification" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Every electrolyte, classified</h2>
      <p className="muted">
        Predictions with the {sourceLabel} windows and the threshold above, against Li metal (with the
        observed type) and against a cathode at its charge cut-off.
      </p>
      <div className="field">
        <label htmlFor={`${id}-cathode`}>Cathode for the last column</label>
        <select
          id={`${id}-cathode`}
          value={cathode?.id ?? ''}
          onChange={(e) => onCathodeChange(e.target.value)}
        >
          {cathodes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <DownloadCsv
        fileName="ssb-atlas-classification.csv"
        csv={() => classificationCsv(rows, cathode?.name ?? null, doiOf)}
      />
      <TableScroll label="Classification table">
        <table className="data-table cls-classification-table">
          <caption className="visually-hidden">
            Interface type of every electrolyte against Li metal and against {cathodeName}
          </caption>
          <thead>
            <tr>
              {header('name', 'Electrolyte')}
              {header('li', 'Predicted vs Li metal')}
              {header('exp', 'Observed vs Li metal')}
              {header('agree', 'Agreement')}
              {header('cathode', `Predicted vs ${cathodeName}`)}
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className={r.id === currentId ? 'is-selected' : undefined}>
                <th scope="row">
                  <Link to={{ view: 'materials', recordId: r.id }}>
                    <FormulaText text={r.name} />
                  </Link>
                  <span className="cls-row-formula">
                    <Formula text={r.formula} />
                  </span>
                </th>
                <td data-label="vs Li metal">
                  <OutcomeCell outcome={r.againstLithium} />
                </td>
                <td data-label="Observed">
                  {r.observed ? (
                    <span className={`type-chip type-chip-${r.observed}`}>Type {r.observed}</span>
                  ) : (
                    <span className="muted">not recorded</span>
                  )}
                </td>
                <td data-label="Agreement">
                  {r.comparison ? (
                    <span className={`cls-agreement cls-agreement-${r.comparison.status}`}>
                      <span aria-hidden="true">{AGREEMENT_TEXT[r.comparison.status].glyph} </span>
                      {AGREEMENT_TEXT[r.comparison.status].text}
                    </span>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td data-label={`vs ${cathodeName}`}>
                  {r.againstCathode ? (
                    <OutcomeCell outcome={r.againstCathode} />
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td>
                  {r.id === currentId ? (
                    <span className="muted">In the classifier</span>
                  ) : (
                    <button
                      type="button"
                      className="button button-small button-secondary"
                      aria-label={`Load ${r.shortName} into the classifier`}
                      onClick={() => onLoad(r.id)}
                    >
                      Load
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
});

function OutcomeCell({ outcome }: { outcome: Outcome }) {
  if (!outcome.ok) return <span className="cls-field-error">Error: {outcome.error}</span>;
  const r = outcome.value;
  const key = verdictKey(r.verdict);
  const phi = fractionText(r.electronicFraction, r.electronicFractionBounds);
  return (
    <span className="cls-outcome">
      <span className={`type-chip type-chip-${key}`}>{VERDICT_LABEL[key].title}</span>
      {r.verdict === 'undetermined' ? (
        <span className="cls-outcome-detail">missing {r.missing.join(', ')}</span>
      ) : r.basis === 'kinetic-stabilisation' || r.basis === 'framework-reduction' ? (
        <span className="cls-outcome-detail">{BASIS_LABEL[r.basis]}</span>
      ) : (
        phi !== null && <span className="cls-outcome-detail">φ_e {phi}</span>
      )}
    </span>
  );
}
