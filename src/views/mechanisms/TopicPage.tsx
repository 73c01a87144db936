import { type ComponentType, useEffect } from 'react';
import { Cite } from '../../components/Cite';
import { CitedText } from '../../components/CitedText';
import { loadKatex } from '../../components/Equation';
import { Link } from '../../components/Link';
import { useKb } from '../../kb/kb-context';
import type { Topic } from '../../kb/schema';
import { mechanismAnchor, TOPIC_DIAGRAMS } from './diagrams';
import { MechanismEntry } from './MechanismEntry';
import { FlawModelContainer } from './models/FlawModelContainer';
import { FractureModelContainer } from './models/FractureModelContainer';
import { GrowthModelContainer } from './models/GrowthModelContainer';
import { LeakageModelContainer } from './models/LeakageModelContainer';
import { MisfitModelContainer } from './models/MisfitModelContainer';
import { MonroeNewmanModelContainer } from './models/MonroeNewmanModelContainer';
import { PressureModelContainer } from './models/PressureModelContainer';
import { StackModelContainer } from './models/StackModelContainer';

/** The model containers behind each diagram anchor. */
const MODEL_COMPONENTS: Record<string, ComponentType> = {
  'model-monroe-newman': MonroeNewmanModelContainer,
  'model-flaw': FlawModelContainer,
  'model-pressure': PressureModelContainer,
  'model-leakage': LeakageModelContainer,
  'model-growth': GrowthModelContainer,
  'model-fracture': FractureModelContainer,
  'model-misfit': MisfitModelContainer,
  'model-stack': StackModelContainer,
};

/** Scrolls to and focuses a mechanism's entry, again once the equations above it have been typeset. */
function useScrollToMechanism(id: string | null) {
  useEffect(() => {
    if (!id) return;
    let isLive = true;
    const go = () => {
      const el = document.getElementById(mechanismAnchor(id));
      if (!el || !isLive) return;
      el.scrollIntoView?.({ block: 'start' });
      el.focus({ preventScroll: true });
    };
    go();
    loadKatex()
      .catch(() => undefined)
      .then(() => requestAnimationFrame(go));
    return () => {
      isLive = false;
    };
  }, [id]);
}

/** A topic: its summary, its interactive diagrams and the knowledge base's mechanism entries. */
export function TopicPage({ topic, highlightId }: { topic: Topic; highlightId: string | null }) {
  const { index } = useKb();
  useScrollToMechanism(highlightId);
  const diagrams = TOPIC_DIAGRAMS[topic.id] ?? [];
  return (
    <div className="topic-page">
      <header className="view-head">
        <p className="breadcrumb">
          <Link to={{ view: 'mechanisms', recordId: null }}>Mechanisms</Link> › {topic.name}
        </p>
        <h1>{topic.name}</h1>
        <p className="lede">
          <CitedText text={topic.summary} /> <Cite refs={topic.refs} />
        </p>
        <nav className="topic-toc" aria-label="On this page">
          <ul>
            {diagrams.map((d) => (
              <li key={d.anchor}>
                <a href={`#${d.anchor}`}>{d.title}</a>
              </li>
            ))}
            <li>
              <a href="#kb-mechanisms">What the knowledge base says</a>
            </li>
          </ul>
        </nav>
      </header>
      {diagrams.map((d) => {
        const Model = MODEL_COMPONENTS[d.anchor];
        return Model ? <Model key={d.anchor} /> : null;
      })}
      <section className="kb-mechanisms" id="kb-mechanisms" aria-labelledby="kb-mechanisms-title">
        <h2 id="kb-mechanisms-title">What the knowledge base says</h2>
        {topic.mechanisms.map((id) => {
          const m = index.mechanisms.get(id);
          return m ? <MechanismEntry key={id} mechanism={m} isHighlighted={id === highlightId} /> : null;
        })}
      </section>
    </div>
  );
}
