/** The composite-electrodes topic's diagrams: a chunk of its own, so other topics do not load them. */
import { MisfitModelContainer } from '../models/MisfitModelContainer';
import { StackModelContainer } from '../models/StackModelContainer';

/** The topic's model containers, by diagram anchor (src/views/mechanisms/diagrams.ts). */
export const MODELS = {
  'model-misfit': MisfitModelContainer,
  'model-stack': StackModelContainer,
};
