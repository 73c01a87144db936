import { Cite } from '../../components/Cite';
import { CitedText } from '../../components/CitedText';
import { Link } from '../../components/Link';
import { useKb } from '../../kb/kb-context';
import type { Mechanism } from '../../kb/schema';
import { MECHANISM_DIAGRAMS, mechanismAnchor, TOPIC_DIAGRAMS } from './diagrams';

/** One mechanism as the knowledge base records it: cause, effect, materials, evidence, mitigations. */
export function MechanismEntry({
  mechanism,
  isHighlighted,
}: {
  mechanism: Mechanism;
  /** True when the route named this mechanism. */
  isHighlighted: boolean;
}) {
  const { index } = useKb();
  const anchor = mechanismAnchor(mechanism.id);
  const diagrams = (MECHANISM_DIAGRAMS[mechanism.id] ?? []).map(
    (a) =>
      Object.values(TOPIC_DIAGRAMS)
        .flat()
        .find((d) => d.anchor === a) ?? { anchor: a, title: a },
  );
  const materialName = (id: string) =>
    index.electrolytes.get(id)?.name ?? index.electrodes.get(id)?.name ?? index.phases.get(id)?.name ?? id;
  return (
    <article
      id={anchor}
      className={`panel mechanism-entry${isHighlighted ? ' is-highlighted' : ''}`}
      aria-labelledby={`${anchor}-title`}
      aria-current={isHighlighted ? 'true' : undefined}
      tabIndex={-1}
    >
      <h3 id={`${anchor}-title`}>{mechanism.name}</h3>
      <p>
        <CitedText text={mechanism.summary} />
      </p>
      <dl className="mechanism-facts">
        <div>
          <dt>Cause</dt>
          <dd>
            <CitedText text={mechanism.cause} />
          </dd>
        </div>
        <div>
          <dt>Effect</dt>
          <dd>
            <CitedText text={mechanism.effect} />
          </dd>
        </div>
      </dl>
      {diagrams.length > 0 && (
        <p className="mechanism-diagrams">
          Explore in the diagrams:{' '}
          {diagrams.map((d, i) => (
            <span key={d.anchor}>
              {i > 0 && ', '}
              <a href={`#${d.anchor}`}>{d.title}</a>
            </span>
          ))}
        </p>
      )}
      {mechanism.materials.length > 0 && (
        <>
          <h4>Materials</h4>
          <ul className="inline-list">
            {mechanism.materials.map((id) => (
              <li key={id}>
                <Link to={{ view: 'materials', recordId: id }}>{materialName(id)}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {mechanism.evidence.length > 0 && (
        <>
          <h4>Evidence</h4>
          <ul className="evidence-list">
            {mechanism.evidence.map((e, i) => (
              <li key={i}>
                <strong>{index.techniques.get(e.technique)?.name ?? e.technique}:</strong>{' '}
                <CitedText text={e.text} /> <Cite refs={e.refs} />
              </li>
            ))}
          </ul>
        </>
      )}
      {mechanism.mitigations.length > 0 && (
        <>
          <h4>Mitigations</h4>
          <ul className="evidence-list">
            {mechanism.mitigations.map((m, i) => (
              <li key={i}>
                <CitedText text={m.text} /> <Cite refs={m.refs} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="mechanism-sources">
        Sources: <Cite refs={mechanism.refs} />
      </p>
    </article>
  );
}
