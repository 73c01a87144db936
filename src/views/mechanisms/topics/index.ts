/**
 * Each topic's diagrams load as their own chunk, so a topic page downloads only its own models
 * (the route-preload script in index.html starts that chunk from the first byte; see
 * scripts/vite-shell.ts). A chunk that failed to download is forgotten, so "Reset this view" or
 * coming back downloads it again.
 */
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import type { TopicModelsProps } from './models';

type TopicModels = ComponentType<TopicModelsProps>;

/** The chunk of each topic's diagrams, by topic id (the modules' paths are read by the build too). */
export const TOPIC_MODEL_IMPORTS: Record<string, () => Promise<{ default: TopicModels }>> = {
  'lithium-filaments': () => import('./lithium-filaments'),
  'interphase-formation': () => import('./interphase-formation'),
  'composite-electrodes': () => import('./composite-electrodes'),
};

const lazies = new Map<string, LazyExoticComponent<TopicModels>>();

/** The lazy component of a topic's diagrams, or null for a topic without any. */
export function topicModels(topicId: string): LazyExoticComponent<TopicModels> | null {
  const load = TOPIC_MODEL_IMPORTS[topicId];
  if (!load) return null;
  const known = lazies.get(topicId);
  if (known) return known;
  const mine = lazy(() =>
    load().catch((e: unknown) => {
      if (lazies.get(topicId) === mine) lazies.delete(topicId);
      throw new Error(
        `the diagrams of this topic could not be downloaded (${e instanceof Error ? e.message : String(e)})`,
      );
    }),
  );
  lazies.set(topicId, mine);
  return mine;
}

/** Starts downloading every topic's diagrams (idle preloading of the Mechanisms view). */
export function preloadTopicModels(): Promise<unknown> {
  return Promise.all(Object.values(TOPIC_MODEL_IMPORTS).map((load) => load()));
}
