/**
 * The small part of citation-js (0.8) that SSB Atlas uses. The packages ship no type
 * declarations; these cover only the calls made in citations.ts.
 */
declare module '@citation-js/core' {
  /** Output options of `Cite#format`. */
  export interface CiteFormatOptions {
    /** 'text' or 'html' for bibliographies; 'text' or 'object' for data. */
    format?: 'text' | 'html' | 'object' | 'string';
    /** CSL style name for bibliographies (plugin-csl bundles apa, vancouver, harvard1). */
    template?: string;
    /** CSL locale (plugin-csl bundles en-US and a few others). */
    lang?: string;
  }

  /** A collection of CSL-JSON items with input parsing and output formatting. */
  export class Cite {
    constructor(data: unknown);
    /** The items as CSL-JSON. */
    data: Array<Record<string, unknown>>;
    format(format: string, options?: CiteFormatOptions): string;
  }
}

declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
