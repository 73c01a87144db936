/**
 * Each topic's diagrams load as their own chunk, so a topic page downloads only its own models
 * (the route-preload script in index.html starts that chunk from the first byte; see
 * scripts/vite-shell.ts). A chunk that failed to download is forgotten, so "Reset this view" or
 * coming back downloads it again.
 */
import type { ComponentType } from 'react';
import { lazyUntilFailure } from '../../../components/lazy-until-failure';
import { isPrerender } from '../../../components/prerender-env';
import type { DiagramRef } from '../diagrams';

type TopicModels = ComponentType<{ diagrams: readonly DiagramRef[] }>;
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
 * A diagram of the build-time HTML after the first: its heading, in a box as tall as a diagram.
 * That HTML is a phone's first paint, which reaches no further than the first diagram; the ones
 * below it are half of a topic page's elements, and parsing and laying them out only blocked the
 * main thread while the app's scripts started (total blocking time of a 4×-throttled phone load,
 * median of 7: 229 → 152 ms on lithium-filaments, with the entries' content-visibility).
 */
function PendingModel({ diagram }: { diagram: DiagramRef }) {
  return (
    <section className="panel mech-model mech-model-pending" id={diagram.anchor}>
      <h2>{diagram.title}</h2>
      <p className="loading">The interactive diagram appears once the page has loaded.</p>
    </section>
  );
}

/** Draws a topic's diagrams in the topic's order from its chunk's models. */
function drawingOf({ MODELS }: ModelsModule): TopicModels {
  return ({ diagrams }) =>
    diagrams.map((d, i) => {
      const Model = MODELS[d.anchor];
      if (!Model) return null;
      return isPrerender && i > 0 ? <PendingModel key={d.anchor} diagram={d} /> : <Model key={d.anchor} />;
    });
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
