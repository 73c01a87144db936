/**
 * The app-wide search: materials, glossary terms, mechanisms, techniques and references in one
 * index, results grouped by kind in a fixed order.
 */
import type { KnowledgeBase } from '../kb/schema';
import { shortCitation } from './citation-text';
import { materialSearchDocs } from './material-search';
import { listMaterials } from './materials';
import { createSearchIndex, type SearchDoc, type SearchHit, type SearchIndex } from './search';

export const RESULT_KINDS = ['material', 'glossary', 'mechanism', 'technique', 'reference'] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

export const RESULT_KIND_LABEL: Record<ResultKind, string> = {
  material: 'Materials',
  glossary: 'Glossary',
  mechanism: 'Mechanisms',
  technique: 'Techniques',
  reference: 'References',
};

export function globalSearchDocs(kb: KnowledgeBase): SearchDoc[] {
  return [
    ...materialSearchDocs(listMaterials(kb)),
    ...kb.glossary.map((g) => ({
      key: `glossary:${g.id}`,
      kind: 'glossary',
      recordId: g.id,
      title: g.term,
      names: [g.term, g.id, ...g.aliases],
      keywords: g.aliases.join(' '),
      body: g.definition,
    })),
    ...kb.mechanisms.map((m) => ({
      key: `mechanism:${m.id}`,
      kind: 'mechanism',
      recordId: m.id,
      title: m.name,
      names: [m.name, m.id],
      keywords: m.id.replace(/-/g, ' '),
      body: m.summary,
    })),
    ...kb.techniques.map((t) => ({
      key: `technique:${t.id}`,
      kind: 'technique',
      recordId: t.id,
      title: t.name,
      names: [t.name, ...t.aliases],
      keywords: t.aliases.join(' '),
      body: t.reveals,
    })),
    ...kb.references.map((r) => ({
      key: `reference:${r.id}`,
      kind: 'reference',
      recordId: r.id,
      title: `${shortCitation(r)}: ${r.title}`,
      names: [shortCitation(r), r.id],
      detail: r.journal ? `${r.journal}, ${r.year}` : String(r.year),
      keywords: [r.authors.join(' '), String(r.year), r.journal, r.n ? `ref ${r.n}` : ''].join(' '),
    })),
  ];
}

export interface GroupedResults {
  kind: ResultKind;
  hits: SearchHit[];
}

/**
 * Searches and groups: at most `perKind` hits per kind. The group holding the best match comes
 * first, so Enter opens what a person would pick ("CCD" opens the glossary term); groups that
 * match equally well keep the RESULT_KINDS order (materials first).
 */
export function searchGrouped(index: SearchIndex, query: string, perKind = 5): GroupedResults[] {
  const hits = index.search(query, 400);
  const groups = RESULT_KINDS.map((kind) => ({
    kind,
    hits: hits.filter((h) => h.kind === kind).slice(0, perKind),
  })).filter((g) => g.hits.length > 0);
  const bestTier = (g: GroupedResults) => g.hits[0]?.tier ?? 4;
  // Array.prototype.sort is stable, so equal tiers keep the kind order.
  return groups.sort((a, b) => bestTier(a) - bestTier(b));
}

export function createGlobalIndex(kb: KnowledgeBase): SearchIndex {
  return createSearchIndex(globalSearchDocs(kb));
}
