import { useEffect } from 'react';
import { Cite } from '../../components/Cite';
import { CitedText } from '../../components/CitedText';
import { loadKatex } from '../../components/Equation';
import { Link } from '../../components/Link';
import { isPrerender } from '../../components/prerender-env';
import { useKb } from '../../kb/kb-context';
import type { Topic } from '../../kb/schema';
import { mechanismAnchor, TOPIC_DIAGRAMS } from './diagrams';
import { MechanismEntry } from './MechanismEntry';
import { topicModels } from './topics';

/**
 * Scrolls to an element of the page (a mechanism's entry, which also takes focus, or the diagram a
 * link's #fragment names), again once the equations and diagrams above it have their size. The
 * browser's own jump to a #fragment happens before the view has rendered, so it never finds it.
 */
function useScrollToElement(elementId: string | null) {
  useEffect(() => {
    if (!elementId) return;
    let isLive = true;
    const go = () => {
      const el = document.getElementById(elementId);
      if (!el || !isLive) return;
      el.scrollIntoView?.({ block: 'start' });
      el.focus({ preventScroll: true });
    };
    go();
    // Again two frames after the equations are typeset: diagrams drawn only once on screen
    // (content-visibility) take their real height in the first frame, which moves the target.
    loadKatex()
      .catch(() => undefined)
      .then(() => requestAnimationFrame(() => requestAnimationFrame(go)));
    return () => {
      isLive = false;
    };
  }, [elementId]);
}

/** The element a #fragment of the page's address names, if any. */
function fragmentTarget(): string | null {
  // No address in a build-time render (src/app/prerender.tsx).
  const hash = typeof window === 'undefined' ? '' : window.location.hash.slice(1);
  if (!hash) return null;
  try {
    return decodeURIComponent(hash);
  } catch {
    return null;
  }
}

/** A topic: its summary, its interactive diagrams and the knowledge base's mechanism entries. */
export function TopicPage({ topic, highlightId }: { topic: Topic; highlightId: string | null }) {
  const { index } = useKb();
  const target = highlightId ? mechanismAnchor(highlightId) : fragmentTarget();
  useScrollToElement(target);
  const diagrams = TOPIC_DIAGRAMS[topic.id] ?? [];
  // The topic's diagrams are a chunk of their own; until it arrives the view's loading line shows.
  const Models = topicModels(topic.id);
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
      {/* A page opened at an element draws every diagram at once, so that nothing above the
          element changes height after the jump; the build-time HTML never jumps. */}
      {Models && <Models diagrams={diagrams} drawAll={target !== null && !isPrerender} />}
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
