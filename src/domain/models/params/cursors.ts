/**
 * The two diagram cursors that are not model inputs but are read by the URL table like one: the
 * time at which the growth diagram reads its curves and the state of charge of the stack diagram.
 * Plain data, no physics.
 */
import { limit, type ParamSpec, paramSpec } from '../spec';

/** Time cursor of the interphase-growth diagram: 1 min to 1 year on a log slider, default 100 h. */
export const GROWTH_TIME_PARAM: ParamSpec = paramSpec(
  'timeS',
  limit('Time t', 's', 60, 3.1536e7, { displayUnit: 'h', displayFactor: 1 / 3600 }),
  {
    min: 60,
    max: 3.1536e7,
    step: 0.05,
    default: 100 * 3600,
    isLogScale: true,
    description: 'Time since Li met the electrolyte; the schematic and the verdict read the curves here.',
  },
);

/** State-of-charge cursor of the stack-pressure diagram, 0…1 shown in %. */
export const STACK_SOC_PARAM: ParamSpec = paramSpec(
  'stateOfCharge',
  limit('State of charge', '', 0, 1, { displayUnit: '%', displayFactor: 100 }),
  {
    min: 0,
    max: 1,
    step: 0.01,
    default: 1,
    isLogScale: false,
    description: '0 % = as assembled (discharged), 100 % = fully charged.',
  },
);
