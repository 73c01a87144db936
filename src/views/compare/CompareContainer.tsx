import { type CSSProperties, useMemo } from 'react';
import { Cite } from '../../components/Cite';
import { downloadText } from '../../components/download';
import { Formula } from '../../components/Formula';
import { FormulaText } from '../../components/FormulaText';
import { Link } from '../../components/Link';
import { TableScroll } from '../../components/TableScroll';
import { compareCsv, compareMaterials } from '../../domain/compare';
import { suggestMaterial } from '../../domain/material-search';
import { shortName } from '../../domain/materials';
import { useDoiOf, useMaterials } from '../../kb/hooks';
import { useOwnMaterials } from '../../store/own-materials';
import './compare.css';
import { useParam } from '../../store/hooks';

/**
 * Two to four materials side by side, differences that matter flagged, each value with its method
 * and sources; all four fit at 1280 px (the property column stays in view if the table scrolls).
 */
export default function CompareContainer() {
  const [ids, setIds] = useParam('compare');
  const kbMaterials = useMaterials();
  const own = useOwnMaterials();
  const all = useMemo(
    () => (own.summaries.length ? [...kbMaterials, ...own.summaries] : kbMaterials),
    [kbMaterials, own.summaries],
  );
  const chosen = useMemo(() => ids.flatMap((id) => all.find((m) => m.id === id) ?? []), [ids, all]);
  // Ids of the user's own materials are not "unknown" while those are still being read.
  const isOwnLoading = own.isPending;
  const unknown = isOwnLoading ? [] : ids.filter((id) => !all.some((m) => m.id === id));
  const rows = useMemo(() => compareMaterials(chosen), [chosen]);
  const doiOf = useDoiOf();

  return (
    <section aria-labelledby="compare-title" className="compare">
      <div className="view-head">
        <h1 id="compare-title">Compare materials</h1>
        <p className="lede">
          Two to four materials side by side. Rows marked “differs” hold the differences that matter; the
          highest and lowest values in them are labelled.
        </p>
        <label className="field">
          <span>Add a material</span>
          <select
            value=""
            disabled={ids.length >= 4}
            onChange={(e) => e.target.value && setIds([...ids, e.target.value].slice(0, 4))}
          >
            <option value="">{ids.length >= 4 ? 'Four chosen (the maximum)' : 'Choose…'}</option>
            {all
              .filter((m) => !ids.includes(m.id))
              .map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
          </select>
        </label>
        {unknown.length > 0 && (
          <div className="panel" role="status">
            <p>Not in the knowledge base, so left out:</p>
            <ul>
              {unknown.map((id) => {
                const s = suggestMaterial(id, all);
                return (
                  <li key={id}>
                    “{id}”
                    {s && !ids.includes(s.id) && (
                      <>
                        {' '}
                        — did you mean {s.name}?{' '}
                        <button
                          type="button"
                          className="button button-small button-secondary"
                          onClick={() => setIds(ids.map((x) => (x === id ? s.id : x)))}
                        >
                          Use {s.name}
                        </button>
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        )}
      </div>
      {chosen.length < 2 ? (
        <p className="panel">
          Choose at least two materials here, or tick “Compare” in the{' '}
          <Link to={{ view: 'materials', recordId: null }}>materials table</Link>.
        </p>
      ) : (
        <>
          <div className="toolbar">
            <button
              type="button"
              className="button button-secondary"
              onClick={() =>
                downloadText('ssb-atlas-compare.csv', compareCsv(chosen, rows, doiOf), 'text/csv')
              }
            >
              Download CSV
            </button>
          </div>
          <TableScroll label="Comparison table">
            <table
              className="data-table compare-table"
              style={{ '--compare-n': chosen.length } as CSSProperties}
            >
              <caption className="visually-hidden">
                Comparison of {chosen.map((m) => m.name).join(', ')}
              </caption>
              <colgroup>
                <col className="col-property" />
                {chosen.map((m) => (
                  <col key={m.id} />
                ))}
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">Property</th>
                  {chosen.map((m) => (
                    <th key={m.id} scope="col">
                      <span className="compare-head">
                        <span>
                          <Link to={{ view: 'materials', recordId: m.id }} aria-label={m.name}>
                            <FormulaText text={shortName(m)} />
                          </Link>
                          {m.isOwn && <span className="badge badge-own">yours</span>}
                        </span>
                        <button
                          type="button"
                          className="button button-small button-secondary"
                          aria-label={`Remove ${m.name} from the comparison`}
                          onClick={() => setIds(ids.filter((x) => x !== m.id))}
                        >
                          ✕
                        </button>
                      </span>
                      <span className="compare-name">
                        <FormulaText text={m.name} />
                      </span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} className={r.isDifferent ? 'is-different' : undefined}>
                    <th scope="row">
                      {r.label}
                      {r.unit && <span className="compare-unit"> ({r.unit})</span>}
                      {r.isDifferent && <span className="differs"> differs: {r.reason}</span>}
                    </th>
                    {r.cells.map((c, i) => (
                      <td key={chosen[i]?.id ?? i}>
                        {c.text ? (
                          <>
                            <span className="cell-number">
                              {r.id === 'formula' ? <Formula text={chosen[i]?.formula ?? ''} /> : c.text}
                            </span>
                            {c.method && (
                              <>
                                {' '}
                                <span className={`badge badge-${c.method}`}>{c.method}</span>
                              </>
                            )}
                            {c.mark && <span className={`mark mark-${c.mark}`}> ({c.mark})</span>}
                            {c.note && <span className="compare-note">{c.note}</span>}
                            {c.refs && c.refs.length > 0 && (
                              <span className="cell-cites">
                                <Cite refs={c.refs.slice(0, 2)} />
                              </span>
                            )}
                          </>
                        ) : (
                          <span className="muted">—</span>
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </section>
  );
}
