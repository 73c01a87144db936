import { TableScroll } from '../../components/TableScroll';
import { useMemo } from 'react';
import { Cite } from '../../components/Cite';
import { Formula } from '../../components/Formula';
import { Link } from '../../components/Link';
import { compareMaterials } from '../../domain/compare';
import { suggestMaterial } from '../../domain/material-search';
import { useMaterials } from '../../kb/hooks';
import { useParam } from '../../store/hooks';

/** Two to four materials side by side, differences that matter flagged. */
export default function CompareContainer() {
  const [ids, setIds] = useParam('compare');
  const all = useMaterials();
  const chosen = useMemo(() => ids.flatMap((id) => all.find((m) => m.id === id) ?? []), [ids, all]);
  const unknown = ids.filter((id) => !all.some((m) => m.id === id));
  const rows = useMemo(() => compareMaterials(chosen), [chosen]);

  return (
    <section aria-labelledby="compare-title">
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
        <TableScroll label="Comparison table">
          <table className="data-table compare-table">
            <caption className="visually-hidden">
              Comparison of {chosen.map((m) => m.name).join(', ')}
            </caption>
            <thead>
              <tr>
                <th scope="col">Property</th>
                {chosen.map((m) => (
                  <th key={m.id} scope="col">
                    <Link to={{ view: 'materials', recordId: m.id }}>{m.name}</Link>{' '}
                    <span className="muted">
                      (<Formula text={m.formula} />)
                    </span>{' '}
                    <button
                      type="button"
                      className="button button-small button-secondary"
                      aria-label={`Remove ${m.name} from the comparison`}
                      onClick={() => setIds(ids.filter((x) => x !== m.id))}
                    >
                      ✕
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className={r.isDifferent ? 'is-different' : undefined}>
                  <th scope="row">
                    {r.label}
                    {r.isDifferent && <span className="differs"> differs: {r.reason}</span>}
                  </th>
                  {r.cells.map((c, i) => (
                    <td key={chosen[i]?.id ?? i}>
                      {c.text || <span className="muted">—</span>}
                      {c.quantity && <Cite refs={c.quantity.refs.slice(0, 2)} />}
                      {c.mark && <span className={`mark mark-${c.mark}`}> ({c.mark})</span>}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
