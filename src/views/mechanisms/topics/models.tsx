import type { ComponentType } from 'react';
import type { DiagramRef } from '../diagrams';

/** What a topic's models chunk exports: its diagrams, drawn in the order the topic lists them. */
export interface TopicModelsProps {
  diagrams: readonly DiagramRef[];
}

/** The model containers of `diagrams` that `components` has, in order. */
export function renderModels(diagrams: readonly DiagramRef[], components: Record<string, ComponentType>) {
  return diagrams.map((d) => {
    const Model = components[d.anchor];
    return Model ? <Model key={d.anchor} /> : null;
  });
}
