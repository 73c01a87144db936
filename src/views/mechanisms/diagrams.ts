/**
 * Which diagrams each topic shows, and which diagram explores each mechanism: plain data read by
 * the index, the topic pages and the mechanism entries.
 */

export interface DiagramRef {
  /** Anchor id of the model section on the topic page. */
  anchor: string;
  title: string;
}

export const TOPIC_DIAGRAMS: Record<string, readonly DiagramRef[]> = {
  'lithium-filaments': [
    { anchor: 'model-monroe-newman', title: 'Monroe–Newman criterion' },
    { anchor: 'model-flaw', title: 'Flaw model (Porz et al. 2017)' },
    { anchor: 'model-pressure', title: 'Stress and potential' },
    { anchor: 'model-leakage', title: 'Electronic leakage (Han et al. 2019)' },
  ],
  'interphase-formation': [
    { anchor: 'model-growth', title: 'Type 2 vs type 3 growth' },
    { anchor: 'model-fracture', title: 'Expansion and fracture (LAGP)' },
  ],
  'composite-electrodes': [
    { anchor: 'model-misfit', title: 'Misfitting particle' },
    { anchor: 'model-stack', title: 'Stack pressure vs state of charge' },
  ],
};

/** Diagrams that explore a mechanism (by mechanism id). */
export const MECHANISM_DIAGRAMS: Record<string, readonly string[]> = {
  'filament-growth': ['model-monroe-newman', 'model-flaw', 'model-pressure', 'model-leakage'],
  'interphase-growth': ['model-growth'],
  'interphase-fracture': ['model-fracture'],
  'particle-delamination': ['model-misfit'],
  'sse-microcracking': ['model-misfit'],
  'electrode-cracking': ['model-stack'],
};

/** The DOM id of a mechanism's entry on its topic page. */
export function mechanismAnchor(id: string): string {
  return `mechanism-${id}`;
}
