/**
 * Display labels of the stability-window chart: group headings and the legend text, tags and
 * letters of each window source. The rows themselves come from src/domain/stability-rows.ts.
 */
import type { WindowGroup } from '../../domain/stability-rows';
import type { WindowSource } from '../../kb/schema';

export const GROUP_LABEL: Record<WindowGroup, string> = {
  electrolyte: 'Solid electrolytes',
  binary: 'Binary lithium compounds',
  coating: 'Coatings and interphase phases',
};

/** Legend label of each source. */
export const SOURCE_LABEL: Record<WindowSource, string> = {
  zhu2015: 'Zhu et al. 2015 (calculated)',
  richards2016: 'Richards et al. 2016 (calculated)',
  experiment: 'Experiment (measured)',
  'other-calculation': 'Other calculation',
};

/** Short tag of each source, written next to each bar when more than one source is shown. */
export const SOURCE_TAG: Record<WindowSource, string> = {
  zhu2015: 'Zhu',
  richards2016: 'Rich.',
  experiment: 'Exp.',
  'other-calculation': 'Calc.',
};

/** One-letter tag for narrow screens. */
export const SOURCE_LETTER: Record<WindowSource, string> = {
  zhu2015: 'Z',
  richards2016: 'R',
  experiment: 'E',
  'other-calculation': 'C',
};
