import { Cite } from '../../components/Cite';
import { CitedText } from '../../components/CitedText';
import { Link } from '../../components/Link';
import { useKb } from '../../kb/kb-context';
import { TOPIC_DIAGRAMS } from './diagrams';

/** /mechanisms: the three topics, each with its summary, its diagrams and its mechanisms. */
export function MechanismsIndex() {
  const { kb, index } = useKb();
  return (
    <div className="mechanisms-index">
      <header className="view-head">
        <h1>Mechanisms</h1>
        <p className="lede">
          The three chemo-mechanical phenomena of the review, each as interactive diagrams driven by physical
          models, next to what the knowledge base records about its mechanisms.
        </p>
      </header>
      <div className="topic-cards">
        {kb.topics.map((t) => (
          <section key={t.id} className="panel topic-card" aria-labelledby={`topic-${t.id}`}>
            <h2 id={`topic-${t.id}`}>
              <Link to={{ view: 'mechanisms', recordId: t.id }}>{t.name}</Link>
            </h2>
            <p>
              <CitedText text={t.summary} /> <Cite refs={t.refs} />
            </p>
            {(TOPIC_DIAGRAMS[t.id] ?? []).length > 0 && (
              <>
                <h3>Diagrams</h3>
                <ul>
                  {(TOPIC_DIAGRAMS[t.id] ?? []).map((d) => (
                    <li key={d.anchor}>{d.title}</li>
                  ))}
                </ul>
              </>
            )}
            <h3>Mechanisms</h3>
            <ul>
              {t.mechanisms.map((id) => {
                const m = index.mechanisms.get(id);
                return (
                  <li key={id}>
                    <Link to={{ view: 'mechanisms', recordId: id }}>{m?.name ?? id}</Link>
                    {m && (
                      <span className="muted">
                        {' '}
                        — <CitedText text={m.summary} />
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
            <p>
              <Link className="button" to={{ view: 'mechanisms', recordId: t.id }}>
                Explore: {t.name}
              </Link>
            </p>
          </section>
        ))}
      </div>
    </div>
  );
}
