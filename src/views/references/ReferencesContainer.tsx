/**
 * The References view. Reads (all persisted in the URL): refQuery (rq), refSource (rsrc),
 * refUsedBy (used), refSelection (refs), refFormat (rfmt).
 */
import { useCallback, useEffect, useMemo } from 'react';
import { findPlace } from '../../domain/reference-usage';
import { filterReferences } from '../../domain/reference-search';
import { useReferenceUsage } from '../../kb/hooks';
import { useKb } from '../../kb/kb-context';
import { useParam, useSetParams } from '../../store/hooks';
import { warmCitations } from './citation-client';
import { type ReferenceSettings, References } from './References';
import { useCitationActions } from './parts/use-citation-actions';

export default function ReferencesContainer() {
  const { kb } = useKb();
  const [query] = useParam('refQuery');
  const [source] = useParam('refSource');
  const [usedBy] = useParam('refUsedBy');
  const [selection] = useParam('refSelection');
  const [format] = useParam('refFormat');
  const setParams = useSetParams();
  const usage = useReferenceUsage();
  const match = useMemo(
    () => filterReferences(kb.references, usage, { query, source, usedBy }),
    [kb, usage, query, source, usedBy],
  );
  const usedByPlace = useMemo(() => (usedBy ? findPlace(usage, usedBy) : null), [usage, usedBy]);
  const settings: ReferenceSettings = useMemo(
    () => ({ query, source, usedBy, selection, format }),
    [query, source, usedBy, selection, format],
  );
  const onChange = useCallback(
    (patch: Partial<ReferenceSettings>) =>
      setParams({
        ...(patch.query !== undefined && { refQuery: patch.query }),
        ...(patch.source !== undefined && { refSource: patch.source }),
        ...(patch.usedBy !== undefined && { refUsedBy: patch.usedBy }),
        ...(patch.selection !== undefined && { refSelection: [...patch.selection] }),
        ...(patch.format !== undefined && { refFormat: patch.format }),
      }),
    [setParams],
  );
  const actions = useCitationActions();

  // Start the citation worker once the page is idle, so that citeproc has compiled the APA style
  // by the time the user copies a citation.
  useEffect(() => {
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(() => warmCitations('apa'), { timeout: 3000 });
      return () => window.cancelIdleCallback(handle);
    }
    const handle = window.setTimeout(() => warmCitations('apa'), 500);
    return () => window.clearTimeout(handle);
  }, []);

  return (
    <References
      all={kb.references}
      listed={match.refs}
      isFuzzy={match.isFuzzy}
      usage={usage}
      usedByPlace={usedByPlace}
      settings={settings}
      onChange={onChange}
      status={actions.status}
      onDownload={actions.download}
      onDownloadCsv={(refs, what) => actions.downloadCsv(refs, usage, what)}
      onCopy={actions.copy}
      onDismissStatus={actions.dismiss}
    />
  );
}
