/**
 * The Mechanisms view: /mechanisms lists the three topics of the review with their
 * mechanisms; /mechanisms/<topic> shows the topic's interactive diagrams and the knowledge base's
 * entries; /mechanisms/<mechanism> opens its topic's page at that mechanism's entry.
 *
 * Store keys read: route, and the `m…` keys of MECHANISM_PARAMS (src/domain/mechanism-params.ts).
 */
import { useKb } from '../../kb/kb-context';
import type { KbIndex } from '../../kb/structure';
import './mechanisms.css';
import { useRoute } from '../../store/hooks';
import { MechanismsIndex } from './MechanismsIndex';
import { TopicPage } from './TopicPage';
import { loadTopicModels } from './topics';

/** Idle preloading of this view also fetches every topic's diagrams (src/app/views.tsx). */
export { preloadTopicModels as preload } from './topics';

/** What a page of this view needs before it can render at once: its topic's diagrams. */
export function ready(recordId: string | null, index: KbIndex): Promise<unknown> {
  const topic = recordId
    ? (index.topics.get(recordId)?.id ?? index.mechanisms.get(recordId)?.topic)
    : undefined;
  return topic ? loadTopicModels(topic) : Promise.resolve();
}

export default function MechanismsContainer() {
  const route = useRoute();
  const { index } = useKb();
  const id = route.recordId;
  if (!id) return <MechanismsIndex />;
  const mechanism = index.mechanisms.get(id);
  const topic = index.topics.get(id) ?? (mechanism ? index.topics.get(mechanism.topic) : undefined);
  if (!topic) {
    return (
      <>
        <p className="panel error-panel" role="alert">
          No topic or mechanism “{id}” in the knowledge base. Here are the ones there are.
        </p>
        <MechanismsIndex />
      </>
    );
  }
  return <TopicPage topic={topic} highlightId={mechanism?.id ?? null} />;
}
