/**
 * The interface classifier (types 1, 2, 3 of Lewis et al. 2019): one import for views and tests.
 * types.ts (inputs, steps, result), constants.ts (defaults and their basis), percolation.ts (the
 * maths), steps.ts (each criterion as a structured step), classify.ts (the order of the criteria),
 * trace.ts (the English trace), kb-adapter.ts (KB records → input; the reaction-choice rule),
 * custom.ts (user-entered electrolytes), experiment.ts (comparison with observation), table.ts (every
 * electrolyte at once), sensitivity.ts (each verdict against its thresholds).
 */
export * from './classify';
export * from './constants';
export * from './custom';
export * from './experiment';
export * from './kb-adapter';
export * from './percolation';
export * from './sensitivity';
export * from './steps';
export * from './table';
export { basisSentence } from './trace';
export type * from './types';
