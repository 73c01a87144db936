/**
 * Narrow hooks onto the loaded knowledge base: a leaf component asks for the one record or the one
 * derived structure it shows, instead of taking the whole knowledge base and its index. Derived
 * data comes from derivedOf (computed once per loaded knowledge base).
 */
import type { GlossaryMatcher } from '../domain/glossary-linker';
import type { DoiOf } from '../domain/material-table';
import type { MaterialSummary } from '../domain/materials';
import { useCallback } from 'react';
import type { ReferenceUsage } from '../domain/reference-usage';
import type { SearchIndex } from '../domain/search';
import { derivedOf, type KbDerived } from './derived';
import { useKb } from './kb-context';
import type { Electrode, GlossaryTerm, Reference } from './schema';

/** Everything derived from the loaded knowledge base (lazily, once). */
export function useKbDerived(): KbDerived {
  return derivedOf(useKb().kb);
}

/** Every material, in file order. */
export function useMaterials(): readonly MaterialSummary[] {
  return useKbDerived().materials;
}

/** The material with this id (electrolyte, electrode or phase), if there is one. */
export function useMaterial(id: string | null | undefined): MaterialSummary | undefined {
  const byId = useKbDerived().materialById;
  return id ? byId.get(id) : undefined;
}

/** The full-text index over the materials. */
export function useMaterialSearch(): SearchIndex {
  return useKbDerived().materialSearch;
}

/** The compiled glossary, for linking terms in prose. */
export function useGlossaryMatcher(): GlossaryMatcher {
  return useKbDerived().glossaryMatcher;
}

/** Where each reference is cited. */
export function useReferenceUsage(): ReferenceUsage {
  return useKbDerived().referenceUsage;
}

/** A reference's DOI by id (for the DOI columns of a table's CSV), stable while the KB is. */
export function useDoiOf(): DoiOf {
  const { references } = useKb().index;
  return useCallback((refId: string) => references.get(refId)?.doi ?? undefined, [references]);
}

/** The reference with this id, if there is one. */
export function useReference(id: string): Reference | undefined {
  return useKb().index.references.get(id);
}

/** The references with these ids that exist, in the order given. */
export function useReferences(ids: readonly string[]): Reference[] {
  const { references } = useKb().index;
  return ids.map((id) => references.get(id)).filter((r): r is Reference => r !== undefined);
}

/** The glossary term with this id, if there is one. */
export function useGlossaryTerm(id: string): GlossaryTerm | undefined {
  return useKb().index.glossary.get(id);
}

/** The electrode with this id, if there is one. */
export function useElectrode(id: string | null | undefined): Electrode | undefined {
  const { electrodes } = useKb().index;
  return id ? electrodes.get(id) : undefined;
}
