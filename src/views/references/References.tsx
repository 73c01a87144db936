import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { NARROW_QUERY, useMediaQuery } from '../../components/use-media-query';
import { EXPORT_FORMATS, type ExportFormat } from '../../domain/citations';
import { type Place, PLACE_KIND_LABEL, type ReferenceUsage } from '../../domain/reference-usage';
import { pageOf, REFERENCES_PER_PAGE, type ReferenceSource } from '../../domain/reference-search';
import type { Reference } from '../../kb/schema';
import { ReferenceItem, referenceLabel } from './parts/ReferenceItem';
import type { ActionStatus } from './parts/use-citation-actions';

/** The references view's persisted settings. */
export interface ReferenceSettings {
  query: string;
  source: ReferenceSource;
  /** Place key of the "used by" filter, or null. */
  usedBy: string | null;
  /** Selected reference ids, in the order they were ticked. */
  selection: readonly string[];
  format: ExportFormat;
}

interface Props {
  /** Every reference of the knowledge base. */
  all: readonly Reference[];
  /** The references that pass the filters, in list order. */
  listed: readonly Reference[];
  /** True when no reference held every word and close matches are shown instead. */
  isFuzzy: boolean;
  usage: ReferenceUsage;
  /** The place named by `settings.usedBy`, when it exists. */
  usedByPlace: Place | null;
  settings: ReferenceSettings;
  onChange: (patch: Partial<ReferenceSettings>) => void;
  /** Status of the last export or copy. */
  status: ActionStatus;
  onDownload: (refs: readonly Reference[], format: ExportFormat, what: string) => void;
  /** Saves references as CSV (one row each, DOI and citing places included). */
  onDownloadCsv: (refs: readonly Reference[], what: string) => void;
  onCopy: (refs: readonly Reference[], what: string) => void;
  onDismissStatus: () => void;
}

const SOURCE_LABEL: Record<ReferenceSource, string> = {
  all: 'All sources',
  review: 'The review’s references',
  added: 'Sources added by SSB Atlas',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * All references, searchable, each with the places that cite it, 20 to a page (or all at once);
 * tick references to export them as BibTeX, RIS, CSL-JSON or CSV, or copy their APA citation.
 */
export function References({
  all,
  listed,
  isFuzzy,
  usage,
  usedByPlace,
  settings,
  onChange,
  status,
  onDownload,
  onDownloadCsv,
  onCopy,
  onDismissStatus,
}: Props) {
  const reviewCount = all.filter((r) => r.n !== undefined).length;
  const selected = useMemo(() => new Set(settings.selection), [settings.selection]);
  const selectedRefs = useMemo(() => {
    const byId = new Map(all.map((r) => [r.id, r]));
    return settings.selection.map((id) => byId.get(id)).filter((r): r is Reference => r !== undefined);
  }, [all, settings.selection]);
  const listedSelected = listed.filter((r) => selected.has(r.id)).length;
  const hiddenSelected = selectedRefs.length - listedSelected;

  const selectAll = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (selectAll.current)
      selectAll.current.indeterminate = listedSelected > 0 && listedSelected < listed.length;
  }, [listedSelected, listed.length]);

  // Row callbacks read the latest settings through a ref so that memoised rows do not re-render
  // when another row is ticked.
  const latest = useRef({ settings, onChange });
  latest.current = { settings, onChange };
  const toggle = useCallback((id: string) => {
    const { settings: s, onChange: change } = latest.current;
    change({
      selection: s.selection.includes(id) ? s.selection.filter((x) => x !== id) : [...s.selection, id],
    });
  }, []);
  // A selection of one is named in messages ("[13] Zhu et al. 2015"), a longer one counted.
  const selectionName =
    selectedRefs.length === 1 && selectedRefs[0]
      ? referenceLabel(selectedRefs[0])
      : plural(selectedRefs.length, 'selected reference');
  // On a phone the source filter and the export controls fold behind one toggle, so the list
  // follows the search field and the count instead of a screen of buttons.
  const isNarrow = useMediaQuery(NARROW_QUERY);
  const [isToolsOpen, setToolsOpen] = useState(false);
  const showsTools = !isNarrow || isToolsOpen;
  const toolsId = useId();
  const [page, setPage] = useState(0);
  const [isAllShown, setAllShown] = useState(false);
  const shown = isAllShown ? { items: [...listed], page: 0, pageCount: 1, first: 0 } : pageOf(listed, page);
  const listTop = useRef<HTMLHeadingElement>(null);
  // A new search or filter starts on the first page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the filter values are the trigger, not read inside.
  useEffect(() => setPage(0), [settings.query, settings.source, settings.usedBy]);
  const goTo = (p: number) => {
    setPage(p);
    listTop.current?.focus();
  };

  const toggleAllListed = (isChecked: boolean) => {
    const listedIds = new Set(listed.map((r) => r.id));
    onChange({
      selection: isChecked
        ? [...settings.selection, ...listed.map((r) => r.id).filter((id) => !selected.has(id))]
        : settings.selection.filter((id) => !listedIds.has(id)),
    });
  };

  return (
    <section aria-labelledby="refs-title" className="references">
      <div className="view-head">
        <h1 id="refs-title">References</h1>
        <p className="lede">
          The {reviewCount} references of the review, numbered as in the paper, and {all.length - reviewCount}{' '}
          sources SSB Atlas adds for values the review does not give (marked +). Each shows where the app uses
          it. Tick references to export them as BibTeX, RIS or CSL-JSON.
        </p>
      </div>

      <div className="ref-filters">
        <label className="field">
          <span>Search references</span>
          <input
            type="search"
            value={settings.query}
            onChange={(e) => onChange({ query: e.target.value })}
            placeholder="author, title, year, DOI, material"
          />
        </label>
        {isNarrow && (
          <button
            type="button"
            className="button button-secondary ref-tools-toggle"
            aria-expanded={isToolsOpen}
            aria-controls={isToolsOpen ? `${toolsId}-filter ${toolsId}-export` : undefined}
            onClick={() => setToolsOpen(!isToolsOpen)}
          >
            {isToolsOpen ? 'Hide filter and export' : 'Filter and export'}
            {!isToolsOpen && settings.source !== 'all' ? ' (filtered)' : ''}
          </button>
        )}
        {showsTools && (
          <label className="field" id={`${toolsId}-filter`}>
            <span>Show</span>
            <select
              value={settings.source}
              onChange={(e) => onChange({ source: e.target.value as ReferenceSource })}
            >
              {(Object.keys(SOURCE_LABEL) as ReferenceSource[]).map((s) => (
                <option key={s} value={s}>
                  {SOURCE_LABEL[s]}
                </option>
              ))}
            </select>
          </label>
        )}
        {settings.usedBy && (
          <p className="ref-usedby">
            <span>
              Cited by{' '}
              {usedByPlace ? (
                <>
                  <strong>{usedByPlace.label}</strong> ({PLACE_KIND_LABEL[usedByPlace.kind].toLowerCase()})
                </>
              ) : (
                <strong>an unknown place</strong>
              )}
            </span>
            <button
              type="button"
              className="button button-small button-secondary"
              onClick={() => onChange({ usedBy: null })}
            >
              Show references of every page
            </button>
          </p>
        )}
      </div>

      <div className="toolbar ref-toolbar">
        <label className="check ref-select-all">
          <input
            ref={selectAll}
            type="checkbox"
            checked={listed.length > 0 && listedSelected === listed.length}
            disabled={listed.length === 0}
            onChange={(e) => toggleAllListed(e.target.checked)}
          />
          Select all listed
        </label>
        <p className="muted" role="status" aria-live="polite">
          {listed.length} of {plural(all.length, 'reference')} listed
          {isFuzzy ? ' (no exact match; showing close matches)' : ''} · {selectedRefs.length} selected
          {hiddenSelected > 0 ? ` (${hiddenSelected} not listed)` : ''}
        </p>
        {showsTools && (
          <div className="ref-export-tools" id={`${toolsId}-export`}>
            <label className="field field-inline">
              <span>Format</span>
              <select
                value={settings.format}
                onChange={(e) => onChange({ format: e.target.value as ExportFormat })}
              >
                {(Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((f) => (
                  <option key={f} value={f}>
                    {EXPORT_FORMATS[f].label}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="button"
              disabled={selectedRefs.length === 0}
              onClick={() => onDownload(selectedRefs, settings.format, selectionName)}
            >
              Download selected ({selectedRefs.length})
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={listed.length === 0}
              onClick={() =>
                onDownload(listed, settings.format, `${plural(listed.length, 'listed reference')}`)
              }
            >
              Download listed ({listed.length})
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={selectedRefs.length === 0}
              onClick={() => onCopy(selectedRefs, selectionName)}
            >
              Copy selected as APA
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={listed.length === 0}
              onClick={() =>
                onDownloadCsv(
                  selectedRefs.length > 0 ? selectedRefs : listed,
                  selectedRefs.length > 0 ? selectionName : plural(listed.length, 'listed reference'),
                )
              }
            >
              Download CSV (
              {selectedRefs.length > 0 ? `${selectedRefs.length} selected` : `${listed.length} listed`})
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={selectedRefs.length === 0}
              onClick={() => onChange({ selection: [] })}
            >
              Clear selection
            </button>
          </div>
        )}
      </div>

      <div className={`ref-feedback ref-feedback-${status.kind}`} role="status" aria-live="polite">
        {status.kind !== 'idle' && (
          <>
            <span>{status.text}</span>
            {status.kind === 'error' && status.manualText && (
              <textarea
                className="ref-manual-copy"
                readOnly
                value={status.manualText}
                aria-label="Citation to copy"
                rows={3}
              />
            )}
            {status.kind !== 'busy' && (
              <button
                type="button"
                className="button button-small button-secondary"
                onClick={onDismissStatus}
              >
                Dismiss
              </button>
            )}
          </>
        )}
      </div>

      {listed.length === 0 ? (
        <p className="empty panel">
          No reference matches “{settings.query}”
          {settings.source !== 'all' || settings.usedBy ? ' with the filters above' : ''}.
        </p>
      ) : (
        <>
          <h2 className="ref-page-head" ref={listTop} tabIndex={-1}>
            {shown.pageCount > 1
              ? `References ${shown.first + 1}–${shown.first + shown.items.length} of ${listed.length}`
              : `${plural(listed.length, 'reference')}`}
          </h2>
          <ol className="reference-list" aria-label={`References (${listed.length})`}>
            {shown.items.map((r) => (
              <ReferenceItem
                key={r.id}
                reference={r}
                uses={usage.get(r.id) ?? []}
                isSelected={selected.has(r.id)}
                onToggle={toggle}
              />
            ))}
          </ol>
          {(shown.pageCount > 1 || isAllShown) && (
            <nav className="ref-pages" aria-label="Reference pages">
              {!isAllShown && (
                <>
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={shown.page === 0}
                    onClick={() => goTo(shown.page - 1)}
                  >
                    Previous page
                  </button>
                  <span>
                    Page {shown.page + 1} of {shown.pageCount}
                  </span>
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={shown.page >= shown.pageCount - 1}
                    onClick={() => goTo(shown.page + 1)}
                  >
                    Next page
                  </button>
                </>
              )}
              <button
                type="button"
                className="button button-secondary"
                onClick={() => {
                  setAllShown(!isAllShown);
                  listTop.current?.focus();
                }}
              >
                {isAllShown ? `Show ${REFERENCES_PER_PAGE} per page` : `Show all ${listed.length}`}
              </button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}
