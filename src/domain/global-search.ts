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
      keywords: g.aliases.join(' '),
      body: g.definition,
    })),
    ...kb.mechanisms.map((m) => ({
      key: `mechanism:${m.id}`,
      kind: 'mechanism',
      recordId: m.id,
      title: m.name,
      keywords: m.id.replace(/-/g, ' '),
      body: m.summary,
    })),
    ...kb.techniques.map((t) => ({
      key: `technique:${t.id}`,
      kind: 'technique',
      recordId: t.id,
      title: t.name,
      keywords: t.aliases.join(' '),
      body: t.reveals,
    })),
    ...kb.references.map((r) => ({
      key: `reference:${r.id}`,
      kind: 'reference',
      recordId: r.id,
      title: `${shortCitation(r)}: ${r.title}`,
      keywords: [r.authors.join(' '), String(r.year), r.journal, r.n ? `ref ${r.n}` : ''].join(' '),
    })),
  ];
}

export interface GroupedResults {
  kind: ResultKind;
  hits: SearchHit[];
}

/** Searches and groups: at most `perKind` hits per kind, kinds in RESULT_KINDS order. */
export function searchGrouped(index: SearchIndex, query: string, perKind = 5): GroupedResults[] {
  const hits = index.search(query, 400);
  return RESULT_KINDS.map((kind) => ({
    kind,
    hits: hits.filter((h) => h.kind === kind).slice(0, perKind),
  })).filter((g) => g.hits.length > 0);
}

export function createGlobalIndex(kb: KnowledgeBase): SearchIndex {
  return createSearchIndex(globalSearchDocs(kb));
}
