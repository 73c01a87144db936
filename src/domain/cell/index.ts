/**
 * The whole cell: a design (design.ts), its link string (codec.ts), the design checked against the
 * knowledge base (resolve.ts), and its graded risks (assess.ts, one module per risk in risks/).
 */
export * from './assess';
export * from './codec';
export * from './design';
export * from './resolve';
export * from './table';
export * from './types';
export { voidRefill, type VoidRefillInput, type VoidRefillValue } from './void-refill';
