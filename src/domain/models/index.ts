/**
 * The physics models behind the mechanism diagrams (pure functions, no React, no DOM).
 * Quantities, units, equations, assumptions and sources: src/domain/MODELS.md.
 */
export * from './composite';
export * from './filament';
export * from './interphase';
export * from './mechanics';
export * from './result';
