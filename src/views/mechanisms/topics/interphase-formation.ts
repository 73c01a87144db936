/** The interphase-formation topic's diagrams: a chunk of its own, so other topics do not load them. */
import { FractureModelContainer } from '../models/FractureModelContainer';
import { GrowthModelContainer } from '../models/GrowthModelContainer';

/** The topic's model containers, by diagram anchor (src/views/mechanisms/diagrams.ts). */
export const MODELS = {
  'model-growth': GrowthModelContainer,
  'model-fracture': FractureModelContainer,
};
