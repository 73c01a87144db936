import { Link } from '../../components/Link';
import { groupByLetter } from '../../domain/glossary-search';
import { nearest } from '../../domain/nearest';
import type { GlossaryTerm } from '../../kb/schema';
import { GlossaryEntry } from './parts/GlossaryEntry';

interface Props {
  /** Every term of the knowledge base. */
  all: readonly GlossaryTerm[];
  /** The terms that pass the filters, A–Z. */
  listed: readonly GlossaryTerm[];
  /** True when no term held every word and close matches are shown instead. */
  isFuzzy: boolean;
  query: string;
  isReviewOnly: boolean;
  /** The term the URL names, if any. */
  currentId: string | null;
  onChange: (patch: { query?: string; isReviewOnly?: boolean }) => void;
}

/** The glossary A–Z: search, a letter index, and every term with its definition and related terms. */
export function Glossary({ all, listed, isFuzzy, query, isReviewOnly, currentId, onChange }: Props) {
  const groups = groupByLetter(listed);
  const reviewCount = all.filter((t) => t.inReviewGlossary).length;
  const current = currentId ? all.find((t) => t.id === currentId) : undefined;
  const isCurrentHidden = current !== undefined && !listed.includes(current);
  const suggestion =
    currentId && !current
      ? nearest(
          currentId,
          all.map((t) => ({ id: t.id, label: t.term, names: [t.term, ...t.aliases] })),
        )
      : null;
  return (
    <section aria-labelledby="glossary-title" className="glossary">
      <div className="view-head">
        <h1 id="glossary-title">Glossary</h1>
        <p className="lede">
          {all.length} terms of solid-state battery chemo-mechanics, A–Z. The {reviewCount} terms of the
          review’s own glossary are marked. Wherever these terms appear in SSB Atlas, their first mention
          links here.
        </p>
      </div>
      {currentId && !current && (
        <p className="panel" role="alert">
          No glossary term “{currentId}”.{' '}
          {suggestion && (
            <>
              Did you mean <Link to={{ view: 'glossary', recordId: suggestion.id }}>{suggestion.label}</Link>?{' '}
            </>
          )}
          Every term is listed below.
        </p>
      )}
      <div className="gloss-filters">
        <label className="field">
          <span>Search the glossary</span>
          <input
            type="search"
            value={query}
            onChange={(e) => onChange({ query: e.target.value })}
            placeholder="term, abbreviation or word"
          />
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={isReviewOnly}
            onChange={(e) => onChange({ isReviewOnly: e.target.checked })}
          />
          Only the review’s glossary ({reviewCount})
        </label>
        <p className="muted" role="status" aria-live="polite">
          {listed.length} of {all.length} terms
          {isFuzzy ? ' (no exact match; showing close matches)' : ''}
        </p>
      </div>
      {isCurrentHidden && current && (
        <p className="gloss-hidden-note">
          “{current.term}” is hidden by the search or filter.{' '}
          <button
            type="button"
            className="button button-small button-secondary"
            onClick={() => onChange({ query: '', isReviewOnly: false })}
          >
            Show all terms
          </button>
        </p>
      )}
      {groups.length > 0 && (
        <nav aria-label="Glossary letters" className="gloss-letters">
          <ul>
            {groups.map((g) => (
              <li key={g.letter}>
                <a href={`#glossary-letter-${g.letter}`}>{g.letter}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {listed.length === 0 && <p className="empty panel">No term matches “{query}”.</p>}
      {groups.map((g) => (
        <section key={g.letter} className="gloss-letter" aria-labelledby={`glossary-letter-${g.letter}`}>
          <h2 id={`glossary-letter-${g.letter}`} className="gloss-letter-title" tabIndex={-1}>
            {g.letter}
          </h2>
          <div className="gloss-grid">
            {g.terms.map((t) => (
              <GlossaryEntry key={t.id} term={t} isCurrent={t.id === currentId} />
            ))}
          </div>
        </section>
      ))}
    </section>
  );
}
