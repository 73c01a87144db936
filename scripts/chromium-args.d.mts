/** Types for chromium-args.mjs, so that playwright.config.ts can share the list. */
export declare const CHROMIUM_ARGS: string[];
