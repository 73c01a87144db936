/** The lithium-filaments topic's diagrams: a chunk of its own, so other topics do not load them. */
import { FlawModelContainer } from '../models/FlawModelContainer';
import { LeakageModelContainer } from '../models/LeakageModelContainer';
import { MonroeNewmanModelContainer } from '../models/MonroeNewmanModelContainer';
import { PressureModelContainer } from '../models/PressureModelContainer';
import { renderModels, type TopicModelsProps } from './models';

const COMPONENTS = {
  'model-monroe-newman': MonroeNewmanModelContainer,
  'model-flaw': FlawModelContainer,
  'model-pressure': PressureModelContainer,
  'model-leakage': LeakageModelContainer,
};

export default function LithiumFilamentsModels({ diagrams }: TopicModelsProps) {
  return renderModels(diagrams, COMPONENTS);
}
