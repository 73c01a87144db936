import { useMemo } from 'react';
import { doiUrl, fullCitation } from '../../domain/citation-text';
import { useKb } from '../../kb/kb-context';
import { useParam } from '../../store/hooks';

/** All references of the review (and the few sources SSB Atlas adds), searchable. */
export default function ReferencesContainer() {
  const { kb } = useKb();
  const [query, setQuery] = useParam('refQuery');
  const visible = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return kb.references;
    return kb.references.filter((r) =>
      [r.id, r.title, r.journal, String(r.year), r.doi ?? '', ...r.authors]
        .join(' ')
        .toLowerCase()
        .includes(q),
    );
  }, [kb, query]);
  return (
    <section aria-labelledby="refs-title">
      <div className="view-head">
        <h1 id="refs-title">References</h1>
        <p className="lede">
          The {kb.references.filter((r) => r.n).length} references of the review, numbered as in the paper,
          and the sources added for values the review does not give.
        </p>
        <label className="field">
          <span>Search references</span>
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="author, title, year, DOI"
          />
        </label>
        <p className="muted" role="status">
          {visible.length} of {kb.references.length} shown
        </p>
      </div>
      <ol className="reference-list">
        {visible.map((r) => (
          <li key={r.id} id={`ref-${r.id}`} className="reference">
            <span className="ref-number">{r.n ? `[${r.n}]` : '[+]'}</span>
            <span>
              {fullCitation(r)}{' '}
              {r.doi ? (
                <a href={doiUrl(r.doi)} target="_blank" rel="noreferrer noopener">
                  doi:{r.doi}
                </a>
              ) : (
                <span className="muted">(no verified DOI)</span>
              )}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
