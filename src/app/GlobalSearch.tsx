import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ResultKind } from '../domain/global-search';
import type { SearchHit } from '../domain/search';
import { type Route, VIEWS, type ViewId } from '../domain/url-state';
import type { KbDerived } from '../kb/derived';
import { loadBundledKb } from '../kb/kb-context';
import type { LoadResult } from '../kb/load';
import type { KnowledgeBase } from '../kb/schema';
import type { AppParams } from '../domain/app-params';
import { useAppStore, useParam } from '../store/hooks';

const VIEW_IDS = new Set<string>(VIEWS.map((v) => v.id));

/** Where a result opens; kinds whose view is not in this build fall back to a sensible page. */
export function targetOf(hit: SearchHit): { route: Route; params?: Partial<AppParams> } {
  const has = (v: string) => VIEW_IDS.has(v);
  switch (hit.kind as ResultKind) {
    case 'material':
      return { route: { view: 'materials', recordId: hit.recordId } };
    case 'glossary':
      if (has('glossary')) return { route: { view: 'glossary' as ViewId, recordId: hit.recordId } };
      break;
    case 'mechanism':
      if (has('mechanisms')) return { route: { view: 'mechanisms' as ViewId, recordId: hit.recordId } };
      break;
    case 'technique':
      if (has('mechanisms')) return { route: { view: 'mechanisms' as ViewId, recordId: null } };
      break;
    case 'reference':
      break;
  }
  return {
    route: { view: 'references', recordId: null },
    params: { refQuery: hit.kind === 'reference' ? hit.recordId : hit.title },
  };
}

/**
 * The header's search box: a combobox over materials, glossary terms, mechanisms, techniques and
 * references. "/" focuses it from anywhere; arrows move through the results, Enter opens one,
 * Escape closes the list. The text is the app's `query` setting, so the materials table filters
 * and the charts highlight what it matches.
 */
export function GlobalSearch() {
  const [query, setQuery] = useParam('query');
  const navigate = useAppStore((s) => s.navigate);
  // The knowledge base, the module that indexes it and the search itself (with its library), all
  // fetched on first use: none of that code is in the chunk every page loads first.
  const [kb, setKb] = useState<{
    result: LoadResult;
    derivedOf: (kb: KnowledgeBase) => KbDerived;
    search: typeof import('../domain/global-search');
  } | null>(null);
  const [isOpen, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const isTyping =
        target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (e.key === '/' && !isTyping && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // A failed download is shown in the list and tried again on the next focus or keystroke.
  const [kbFailure, setKbFailure] = useState<string | null>(null);
  const ensureKb = () => {
    if (kb) return;
    Promise.all([loadBundledKb(), import('../kb/derived'), import('../domain/global-search')]).then(
      ([result, { derivedOf }, search]) => {
        setKb({ result, derivedOf, search });
        setKbFailure(null);
      },
      (e: unknown) => setKbFailure(e instanceof Error ? e.message : String(e)),
    );
  };
  // The same knowledge base object as the views' (one loader), so its index is built once.
  const index = kb?.result.ok ? kb.derivedOf(kb.result.kb).globalSearch : null;
  const search = kb?.search;
  const groups = useMemo(
    () => (index && search && query.trim() ? search.searchGrouped(index, query) : []),
    [index, search, query],
  );
  const flat = groups.flatMap((g) => g.hits);
  const isExpanded = isOpen && flat.length > 0;
  const kindLabel = (kind: ResultKind) => search?.RESULT_KIND_LABEL[kind] ?? kind;

  const open = (hit: SearchHit) => {
    const { route, params } = targetOf(hit);
    // The search has done its job once a result is open; clear it so it stops filtering elsewhere.
    navigate(route, { ...params, query: '' });
    setOpen(false);
  };

  return (
    <div className="global-search" role="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        Search materials, terms, mechanisms and references
      </label>
      <input
        ref={inputRef}
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={isExpanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={isExpanded && flat[active] ? `${listId}-${active}` : undefined}
        placeholder="Search (press /)"
        autoComplete="off"
        value={query}
        onFocus={() => {
          ensureKb();
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onChange={(e) => {
          ensureKb();
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, flat.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            const hit = flat[active];
            if (isExpanded && hit) open(hit);
            else navigate({ view: 'materials', recordId: null });
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      {isOpen && kbFailure && (
        <div className="search-results" role="status">
          <p className="search-option">Search is unavailable: {kbFailure}. It tries again as you type.</p>
        </div>
      )}
      {isExpanded && (
        <div id={listId} role="listbox" aria-label="Search results" className="search-results">
          {groups.map((g) => (
            <div key={g.kind} role="group" aria-label={kindLabel(g.kind)}>
              <div className="search-group-label" aria-hidden="true">
                {kindLabel(g.kind)}
              </div>
              {g.hits.map((hit) => {
                const i = flat.indexOf(hit);
                return (
                  <div
                    key={hit.key}
                    id={`${listId}-${i}`}
                    role="option"
                    tabIndex={-1}
                    aria-selected={i === active}
                    className="search-option"
                    // mousedown, not click: it fires before the input's blur closes the list.
                    onMouseDown={(e) => {
                      e.preventDefault();
                      open(hit);
                    }}
                    onMouseEnter={() => setActive(i)}
                  >
                    <span className="search-option-title">{hit.title}</span>
                    {hit.detail && <span className="search-option-detail">{hit.detail}</span>}
                  </div>
                );
              })}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
