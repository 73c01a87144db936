/**
 * Search documents for materials: what a material is called (name, abbreviations, aliases,
 * formula, id) ranks as a name; family and class only as keywords, so "garnet" finds every garnet
 * but "LLZO" puts LLZO itself first.
 */
import { formulaUnicode } from './formula';
import { KIND_LABEL, type MaterialSummary } from './materials';
import { nearest } from './nearest';
import type { SearchDoc } from './search';

/** Abbreviations written in a name's parentheses: "Lithium germanium thiophosphate (LGPS)" → LGPS. */
function parentheticals(name: string): string[] {
  return [...name.matchAll(/\(([^)]+)\)/g)].flatMap((m) => (m[1] ? [m[1]] : []));
}

/** "Li₁₀GeP₂S₁₂ · sulfide solid electrolyte": the line a result list shows under a material's name. */
export function materialDetail(m: MaterialSummary): string {
  const what =
    m.kind === 'phase' ? `${m.category} phase` : `${m.category} ${KIND_LABEL[m.kind].toLowerCase()}`;
  return `${formulaUnicode(m.formula)} · ${what}`;
}

export function materialSearchDocs(materials: readonly MaterialSummary[]): SearchDoc[] {
  return materials.map((m) => ({
    key: `material:${m.id}`,
    kind: 'material',
    recordId: m.id,
    title: m.name,
    names: [m.name, m.id, m.formula, ...m.aliases, ...parentheticals(m.name)],
    keywords: [m.family ?? '', m.category, KIND_LABEL[m.kind]].join(' '),
    detail: materialDetail(m),
    formula: m.formula,
  }));
}

/**
 * The material a mistyped id most likely meant ("llz" → LLZO), for "did you mean …?" messages;
 * null when none is close.
 */
export function suggestMaterial(
  typed: string,
  materials: readonly MaterialSummary[],
): MaterialSummary | null {
  const hit = nearest(
    typed,
    materials.map((m) => ({ id: m.id, label: m.name, names: [...m.aliases, ...parentheticals(m.name)] })),
  );
  return hit ? (materials.find((m) => m.id === hit.id) ?? null) : null;
}
