/** The lithium-filaments topic's diagrams: a chunk of its own, so other topics do not load them. */
import { FlawModelContainer } from '../models/FlawModelContainer';
import { LeakageModelContainer } from '../models/LeakageModelContainer';
import { MonroeNewmanModelContainer } from '../models/MonroeNewmanModelContainer';
import { PressureModelContainer } from '../models/PressureModelContainer';

/** The topic's model containers, by diagram anchor (src/views/mechanisms/diagrams.ts). */
export const MODELS = {
  'model-monroe-newman': MonroeNewmanModelContainer,
  'model-flaw': FlawModelContainer,
  'model-pressure': PressureModelContainer,
  'model-leakage': LeakageModelContainer,
};
