/** The interphase-formation topic's diagrams: a chunk of its own, so other topics do not load them. */
import { FractureModelContainer } from '../models/FractureModelContainer';
import { GrowthModelContainer } from '../models/GrowthModelContainer';
import { renderModels, type TopicModelsProps } from './models';

const COMPONENTS = {
  'model-growth': GrowthModelContainer,
  'model-fracture': FractureModelContainer,
};

export default function InterphaseFormationModels({ diagrams }: TopicModelsProps) {
  return renderModels(diagrams, COMPONENTS);
}
