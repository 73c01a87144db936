import { memo } from 'react';
import { Cite } from '../../../components/Cite';
import { GlossaryText } from '../../../components/GlossaryText';
import { Link } from '../../../components/Link';
import { useKb } from '../../../kb/kb-context';
import type { GlossaryTerm } from '../../../kb/schema';

/** One glossary entry: term (a link to its own address), aliases, definition, related terms, sources. */
export const GlossaryEntry = memo(function GlossaryEntry({
  term: t,
  isCurrent,
}: {
  /** The term shown. */
  term: GlossaryTerm;
  /** True when the URL names this term (/glossary/<id>): highlighted and scrolled to. */
  isCurrent: boolean;
}) {
  const { index } = useKb();
  const titleId = `term-${t.id}-title`;
  return (
    <article
      id={`term-${t.id}`}
      className={`gloss-entry${isCurrent ? ' is-current' : ''}`}
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <h3 id={titleId} className="gloss-term">
        <Link to={{ view: 'glossary', recordId: t.id }} aria-current={isCurrent ? 'page' : undefined}>
          {t.term}
        </Link>
        {t.inReviewGlossary && <span className="badge badge-review">In the review’s glossary</span>}
      </h3>
      {t.aliases.length > 0 && (
        <p className="gloss-aliases">
          <span className="muted">Also:</span> {t.aliases.join(', ')}
        </p>
      )}
      <p className="gloss-definition">
        <GlossaryText text={t.definition} exclude={t.id} />
        {t.refs.length > 0 && (
          <>
            {' '}
            <Cite refs={t.refs} />
          </>
        )}
      </p>
      {t.related.length > 0 && (
        <p className="gloss-related">
          <span className="muted">Related:</span>{' '}
          {t.related.map((id, i) => (
            <span key={id}>
              {i > 0 && ', '}
              <Link
                to={{ view: 'glossary', recordId: id }}
                params={{ glossQuery: '', glossReviewOnly: false }}
              >
                {index.glossary.get(id)?.term ?? id}
              </Link>
            </span>
          ))}
        </p>
      )}
    </article>
  );
});
