/** Search documents for materials: name, aliases, formula and id, so users find what they type. */
import type { MaterialSummary } from './materials';
import type { SearchDoc } from './search';

export function materialSearchDocs(materials: readonly MaterialSummary[]): SearchDoc[] {
  return materials.map((m) => ({
    key: `material:${m.id}`,
    kind: 'material',
    recordId: m.id,
    title: m.name,
    keywords: [m.formula, ...m.aliases, m.id, m.family ?? '', m.category].join(' '),
  }));
}
