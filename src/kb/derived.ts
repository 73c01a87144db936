/**
 * What is derived from a loaded knowledge base, computed once per knowledge-base object and shared
 * by every view: the list of materials, the search indexes, the glossary matcher, where each
 * reference is cited, and id → material across the three material files. The rules themselves
 * live in src/domain; this module only decides that each is computed once, on first use, for as
 * long as that knowledge base is loaded. Nothing here depends on React.
 */
import { createGlobalIndex } from '../domain/global-search';
import { createGlossaryMatcher, type GlossaryMatcher } from '../domain/glossary-linker';
import { materialSearchDocs } from '../domain/material-search';
import { listMaterials, type MaterialSummary } from '../domain/materials';
import { buildReferenceUsage, type ReferenceUsage } from '../domain/reference-usage';
import { createSearchIndex, type SearchIndex } from '../domain/search';
import type { KnowledgeBase } from './schema';

/** The derived data of one knowledge base; each field is computed on first read and then kept. */
export interface KbDerived {
  /** Every material (electrolytes, electrodes, other phases), in file order. */
  readonly materials: readonly MaterialSummary[];
  /** A material by id, whichever of the three files it is in (ids are unique across them). */
  readonly materialById: ReadonlyMap<string, MaterialSummary>;
  /** Full-text index over the materials (names, formulas, aliases, classes). */
  readonly materialSearch: SearchIndex;
  /** Full-text index over every record type the header's search offers. */
  readonly globalSearch: SearchIndex;
  /** The compiled glossary, for linking terms in prose. */
  readonly glossaryMatcher: GlossaryMatcher;
  /** Where each reference is cited. */
  readonly referenceUsage: ReferenceUsage;
}

/** Each field is computed on first read, so a view pays only for what it uses. */
class LazyDerived implements KbDerived {
  #materials?: readonly MaterialSummary[];
  #materialById?: ReadonlyMap<string, MaterialSummary>;
  #materialSearch?: SearchIndex;
  #globalSearch?: SearchIndex;
  #glossaryMatcher?: GlossaryMatcher;
  #referenceUsage?: ReferenceUsage;

  constructor(private readonly kb: KnowledgeBase) {}

  get materials() {
    this.#materials ??= listMaterials(this.kb);
    return this.#materials;
  }
  get materialById() {
    this.#materialById ??= new Map(this.materials.map((m) => [m.id, m]));
    return this.#materialById;
  }
  get materialSearch() {
    this.#materialSearch ??= createSearchIndex(materialSearchDocs(this.materials));
    return this.#materialSearch;
  }
  get globalSearch() {
    this.#globalSearch ??= createGlobalIndex(this.kb);
    return this.#globalSearch;
  }
  get glossaryMatcher() {
    this.#glossaryMatcher ??= createGlossaryMatcher(this.kb.glossary);
    return this.#glossaryMatcher;
  }
  get referenceUsage() {
    this.#referenceUsage ??= buildReferenceUsage(this.kb);
    return this.#referenceUsage;
  }
}

const cache = new WeakMap<KnowledgeBase, KbDerived>();

/**
 * The derived data of `kb`. The same object is returned for the same knowledge base, so views
 * that each ask for it share one materials list and one search index; a knowledge base that is
 * no longer referenced is dropped with its derived data (the cache holds it weakly).
 */
export function derivedOf(kb: KnowledgeBase): KbDerived {
  let derived = cache.get(kb);
  if (!derived) {
    derived = new LazyDerived(kb);
    cache.set(kb, derived);
  }
  return derived;
}
