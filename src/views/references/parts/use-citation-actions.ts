import { referencesCsv } from '../../../domain/reference-search';
import type { ReferenceUsage } from '../../../domain/reference-usage';
import { useCallback, useEffect, useRef, useState } from 'react';
import { downloadText } from '../../../components/download';
import { EXPORT_FORMATS, type ExportFormat, exportFileName } from '../../../domain/citations';
import type { Reference } from '../../../kb/schema';
import { exportCitations, formatCitations } from '../citation-client';

/** What the last export or copy did, shown in a live region. */
export type ActionStatus =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string }
  | { kind: 'done'; text: string }
  /** Copying failed; `manualText` is the citation for the user to copy by hand. */
  | { kind: 'error'; text: string; manualText?: string };

/** How long a confirmation stays on screen. */
const DONE_VISIBLE_MS = 10_000;

async function writeClipboard(text: string, html: string): Promise<void> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (!clipboard) throw new Error('this browser offers no clipboard access');
  if (typeof ClipboardItem !== 'undefined' && clipboard.write) {
    try {
      await clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ]);
      return;
    } catch {
      // Some browsers refuse rich items; plain text below still works there.
    }
  }
  await clipboard.writeText(text);
}

/**
 * Export and copy actions for the references view, with one status message for both. Exports
 * download a file; copies put the APA citation (plain text and HTML) on the clipboard.
 */
export function useCitationActions() {
  const [status, setStatus] = useState<ActionStatus>({ kind: 'idle' });
  const isMounted = useRef(true);
  useEffect(() => {
    isMounted.current = true;
    return () => {
      isMounted.current = false;
    };
  }, []);
  const report = useCallback((s: ActionStatus) => {
    if (isMounted.current) setStatus(s);
  }, []);

  const download = useCallback(
    async (refs: readonly Reference[], format: ExportFormat, what: string) => {
      if (refs.length === 0) return;
      const { label, mime } = EXPORT_FORMATS[format];
      const file = exportFileName(refs, format);
      report({ kind: 'busy', text: `Preparing ${label} for ${what}…` });
      try {
        downloadText(file, await exportCitations(refs, format), mime);
        report({ kind: 'done', text: `Downloaded ${file}: ${label} for ${what}.` });
      } catch (err) {
        report({
          kind: 'error',
          text: `Could not export ${what}: ${err instanceof Error ? err.message : err}`,
        });
      }
    },
    [report],
  );

  const copy = useCallback(
    async (refs: readonly Reference[], what: string) => {
      if (refs.length === 0) return;
      report({ kind: 'busy', text: `Formatting the APA citation of ${what}…` });
      let formatted: { text: string; html: string };
      try {
        formatted = await formatCitations(refs, 'apa');
      } catch (err) {
        report({
          kind: 'error',
          text: `Could not format ${what}: ${err instanceof Error ? err.message : err}`,
        });
        return;
      }
      try {
        await writeClipboard(formatted.text, formatted.html);
        report({ kind: 'done', text: `Copied the APA citation of ${what} to the clipboard.` });
      } catch {
        report({
          kind: 'error',
          text: `The browser did not allow copying. Here is the APA citation of ${what} to copy by hand:`,
          manualText: formatted.text,
        });
      }
    },
    [report],
  );

  /** Saves references as a CSV table (number, authors, year, title, journal, DOI, citing places). */
  const downloadCsv = useCallback(
    (refs: readonly Reference[], usage: ReferenceUsage, what: string) => {
      if (refs.length === 0) return;
      const file = refs.length === 1 && refs[0] ? `${refs[0].id}.csv` : 'ssb-atlas-references.csv';
      downloadText(file, referencesCsv(refs, usage), 'text/csv');
      report({ kind: 'done', text: `Downloaded ${file}: CSV for ${what}.` });
    },
    [report],
  );

  const dismiss = useCallback(() => report({ kind: 'idle' }), [report]);

  // A confirmation fades after a while; errors stay until dismissed.
  useEffect(() => {
    if (status.kind !== 'done') return;
    const timer = window.setTimeout(() => report({ kind: 'idle' }), DONE_VISIBLE_MS);
    return () => window.clearTimeout(timer);
  }, [status, report]);

  return { status, download, downloadCsv, copy, dismiss };
}
