/**
 * Resolves the number keys of the mechanism diagrams (src/domain/mechanism-params.ts) to the
 * models' slider specs, and defines the two view-level specs that are cursors rather than model
 * inputs (time on the growth plot, state of charge on the stack plot).
 */
import type { MechanismNumberKey, ModelNumberParam, ModelSpecList } from './mechanism-params';
import { MECHANISM_PARAMS } from './mechanism-params';
import {
  ELECTRONIC_LEAKAGE_PARAMS,
  FLAW_MODEL_PARAMS,
  INTERPHASE_FRACTURE_PARAMS,
  INTERPHASE_GROWTH_PARAMS,
  limit,
  MISFIT_SPHERE_PARAMS,
  MONROE_NEWMAN_PARAMS,
  type ParamSpec,
  PRESSURE_POTENTIAL_PARAMS,
  paramSpec,
  STACK_PRESSURE_PARAMS,
} from './models';

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

export const MODEL_SPEC_LISTS: Record<ModelSpecList, readonly ParamSpec[]> = {
  monroeNewman: MONROE_NEWMAN_PARAMS,
  flaw: FLAW_MODEL_PARAMS,
  pressure: PRESSURE_POTENTIAL_PARAMS,
  leakage: ELECTRONIC_LEAKAGE_PARAMS,
  growth: INTERPHASE_GROWTH_PARAMS,
  growthTime: [GROWTH_TIME_PARAM],
  fracture: INTERPHASE_FRACTURE_PARAMS,
  misfit: MISFIT_SPHERE_PARAMS,
  stack: STACK_PRESSURE_PARAMS,
  stackSoc: [STACK_SOC_PARAM],
};

/** The model slider spec behind a number key (throws if the binding names no spec). */
export function modelSpecOf(key: MechanismNumberKey): ParamSpec {
  const { bind } = MECHANISM_PARAMS[key] as ModelNumberParam;
  const spec = MODEL_SPEC_LISTS[bind.list].find((s) => s.id === bind.id);
  if (!spec) throw new Error(`No model parameter "${bind.id}" in ${bind.list} for key ${key}`);
  return spec;
}
