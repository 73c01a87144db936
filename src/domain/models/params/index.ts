/**
 * Every model's slider specs, validity limits and presets (plain data, no physics). The URL table
 * of the mechanism diagrams imports this module, never the models.
 */
export * from './cursors';
export * from './flaw';
export * from './interphase-fracture';
export * from './interphase-growth';
export * from './leakage';
export * from './misfit';
export * from './monroe-newman';
export * from './pressure-potential';
export * from './shared';
export * from './stack-pressure';
