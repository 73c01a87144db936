/** Short names of the stability-window sources, for sentences ("no window from Richards 2016"). */
import type { WindowSource } from '../kb/schema';

export const WINDOW_SOURCE_SHORT: Record<WindowSource, string> = {
  zhu2015: 'Zhu 2015',
  richards2016: 'Richards 2016',
  experiment: 'experiment',
  'other-calculation': 'other calculation',
};

/** The short name of a source id; an unknown id is returned as given. */
export function windowSourceName(source: string): string {
  return (WINDOW_SOURCE_SHORT as Record<string, string>)[source] ?? source;
}
