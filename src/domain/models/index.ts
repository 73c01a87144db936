/**
 * The physics models behind the mechanism diagrams (pure functions, no React, no DOM), one file
 * per model; their slider specs and validity limits are plain data in ./params/.
 * Quantities, units, equations, assumptions and sources: src/domain/MODELS.md.
 */
export * from './flaw';
export * from './interphase-fracture';
export * from './interphase-growth';
export * from './leakage';
export * from './mechanics';
export * from './misfit';
export * from './monroe-newman';
export * from './params';
export * from './pressure-potential';
export * from './result';
export * from './stack-pressure';
