/**
 * Each topic's diagrams load as their own chunk, so a topic page downloads only its own models
 * (the route-preload script in index.html starts that chunk from the first byte; see
 * scripts/vite-shell.ts). A chunk that failed to download is forgotten, so "Reset this view" or
 * coming back downloads it again.
 */
import type { ComponentType } from 'react';
import { lazyUntilFailure } from '../../../components/lazy-until-failure';
import { useFirstRows } from '../../../components/use-first-rows';
import type { DiagramRef } from '../diagrams';

type TopicModels = ComponentType<{ diagrams: readonly DiagramRef[]; drawAll: boolean }>;
type ModelsModule = { MODELS: Record<string, ComponentType> };

/** The chunk of each topic's diagrams, by topic id (the build reads the modules' paths too). */
const TOPIC_MODEL_IMPORTS: Record<string, () => Promise<ModelsModule>> = {
  'lithium-filaments': () => import('./lithium-filaments'),
  'interphase-formation': () => import('./interphase-formation'),
  'composite-electrodes': () => import('./composite-electrodes'),
};

const lazies = new Map<string, TopicModels>();
/** Topics whose chunk has arrived: their diagrams render at once, without suspending. */
const arrived = new Map<string, ModelsModule>();

function importTopic(topicId: string, load: () => Promise<ModelsModule>): Promise<ModelsModule> {
  return load().then((m) => {
    arrived.set(topicId, m);
    return m;
  });
}

/**
 * A diagram not drawn yet: its heading, in a box as tall as a diagram. The topic's first frame
 * draws only the first diagram (no screen reaches further) and the rest in a transition right
 * after it (useFirstRows), and the build-time HTML (a phone's first paint, where effects never run)
 * keeps the placeholders. The later diagrams are half of a topic page's elements: parsed and laid
 * out in that HTML, and then created and laid out in the app's first commit, they made the longest
 * tasks of a topic page's load (total blocking time of a 4×-throttled phone load, median of 7, on
 * lithium-filaments: 229 ms before, 152 with the placeholders in the HTML only, 56 with them in the
 * app's first frame too).
 */
function PendingModel({ diagram }: { diagram: DiagramRef }) {
  return (
    <section className="panel mech-model mech-model-pending" id={diagram.anchor}>
      <h2>{diagram.title}</h2>
      <p className="loading">The interactive diagram appears once the page has loaded.</p>
    </section>
  );
}

/**
 * A topic's diagrams in the topic's order, from its chunk's models: the first one in the first
 * frame and the rest right after it, or all at once (`drawAll`).
 */
function TopicDiagrams({
  models,
  diagrams,
  drawAll,
}: {
  models: ModelsModule['MODELS'];
  diagrams: readonly DiagramRef[];
  drawAll: boolean;
}) {
  const drawn = useFirstRows(drawAll ? diagrams.length : 1);
  return diagrams.map((d, i) => {
    const Model = models[d.anchor];
    if (!Model) return null;
    return i < drawn ? <Model key={d.anchor} /> : <PendingModel key={d.anchor} diagram={d} />;
  });
}

/** The component drawing a topic's diagrams from its chunk's models. */
function drawingOf({ MODELS }: ModelsModule): TopicModels {
  return ({ diagrams, drawAll }) => <TopicDiagrams models={MODELS} diagrams={diagrams} drawAll={drawAll} />;
}

/**
 * The component drawing a topic's diagrams in the topic's order (lazy until its chunk has arrived),
 * or null for a topic without any.
 */
export function topicModels(topicId: string): TopicModels | null {
  const load = TOPIC_MODEL_IMPORTS[topicId];
  if (!load) return null;
  const known = lazies.get(topicId);
  if (known) return known;
  const loaded = arrived.get(topicId);
  if (loaded) {
    const component = drawingOf(loaded);
    lazies.set(topicId, component);
    return component;
  }
  return lazyUntilFailure(lazies, topicId, () =>
    importTopic(topicId, load).then(
      (m) => ({ default: drawingOf(m) }),
      (e: unknown) => {
        throw new Error(
          `the diagrams of this topic could not be downloaded (${e instanceof Error ? e.message : String(e)})`,
        );
      },
    ),
  );
}

/** Downloads one topic's diagrams (none for a topic without any), so that they render at once. */
export function loadTopicModels(topicId: string): Promise<unknown> {
  const load = TOPIC_MODEL_IMPORTS[topicId];
  return load ? importTopic(topicId, load) : Promise.resolve();
}

/** Starts downloading every topic's diagrams (idle preloading of the Mechanisms view). */
export function preloadTopicModels(): Promise<unknown> {
  return Promise.all(Object.keys(TOPIC_MODEL_IMPORTS).map(loadTopicModels));
}
