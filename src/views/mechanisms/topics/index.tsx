/**
 * Each topic's diagrams load as their own chunk, so a topic page downloads only its own models
 * (the route-preload script in index.html starts that chunk from the first byte; see
 * scripts/vite-shell.ts). A chunk that failed to download is forgotten, so "Reset this view" or
 * coming back downloads it again.
 */
import type { ComponentType } from 'react';
import { lazyUntilFailure } from '../../../components/lazy-until-failure';
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

/** The lazy component drawing a topic's diagrams in the topic's order, or null for a topic without any. */
export function topicModels(topicId: string): TopicModels | null {
  const load = TOPIC_MODEL_IMPORTS[topicId];
  if (!load) return null;
  return (
    lazies.get(topicId) ??
    lazyUntilFailure(lazies, topicId, () =>
      load().then(
        ({ MODELS }) => ({
          default: ({ diagrams }) =>
            diagrams.map((d) => {
              const Model = MODELS[d.anchor];
              return Model ? <Model key={d.anchor} /> : null;
            }),
        }),
        (e: unknown) => {
          throw new Error(
            `the diagrams of this topic could not be downloaded (${e instanceof Error ? e.message : String(e)})`,
          );
        },
      ),
    )
  );
}

/** Starts downloading every topic's diagrams (idle preloading of the Mechanisms view). */
export function preloadTopicModels(): Promise<unknown> {
  return Promise.all(Object.values(TOPIC_MODEL_IMPORTS).map((load) => load()));
}
