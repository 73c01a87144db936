/** The composite-electrodes topic's diagrams: a chunk of its own, so other topics do not load them. */
import { MisfitModelContainer } from '../models/MisfitModelContainer';
import { StackModelContainer } from '../models/StackModelContainer';
import { renderModels, type TopicModelsProps } from './models';

const COMPONENTS = {
  'model-misfit': MisfitModelContainer,
  'model-stack': StackModelContainer,
};

export default function CompositeElectrodesModels({ diagrams }: TopicModelsProps) {
  return renderModels(diagrams, COMPONENTS);
}
