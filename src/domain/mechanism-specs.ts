/**
 * Resolves the number keys of the mechanism diagrams (src/domain/mechanism-params.ts) to the
 * models' slider specs. The specs themselves, including the two cursors that are not model inputs
 * (time on the growth plot, state of charge on the stack plot), are plain data in
 * src/domain/models/params/.
 */
import {
  MECHANISM_PARAMS,
  type MechanismNumberKey,
  type ModelNumberParam,
  modelSpec,
} from './mechanism-params';
import type { ParamSpec } from './models/spec';

export { GROWTH_TIME_PARAM, STACK_SOC_PARAM } from './models/params';
export { MODEL_SPEC_LISTS } from './mechanism-params';

/** The model slider spec behind a number key (throws if the binding names no spec). */
export function modelSpecOf(key: MechanismNumberKey): ParamSpec {
  const { bind } = MECHANISM_PARAMS[key] as ModelNumberParam;
  return modelSpec(bind.list, bind.id);
}
