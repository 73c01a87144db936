/**
 * The page's side of citation export. File exports (BibTeX, RIS, CSL-JSON) run in the page with
 * citation-js loaded on demand: they take milliseconds and need no citeproc. Formatted citations
 * go to citation-worker.ts, because citeproc's first compilation of a style takes seconds; where
 * workers are unavailable (tests in jsdom) or the worker fails, they run in the page too.
 */
import {
  type CitationStyle,
  type ExportFormat,
  loadCitationJs,
  renderCitation,
  renderExport,
} from '../../domain/citations';
import type { Reference } from '../../kb/schema';

export type CitationRequest =
  | { id: number; op: 'cite'; refs: Reference[]; style: CitationStyle }
  | { id: number; op: 'warm'; style: CitationStyle };

export type CitationResponse =
  | { id: number; ok: true; text: string; html?: string }
  | { id: number; ok: false; error: string };

type Pending = { resolve: (r: { text: string; html?: string }) => void; reject: (e: Error) => void };

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(error: Error) {
  for (const p of pending.values()) p.reject(error);
  pending.clear();
}

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') {
    worker = null;
    return worker;
  }
  try {
    worker = new Worker(new URL('./citation-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<CitationResponse>) => {
      const res = event.data;
      const p = pending.get(res.id);
      if (!p) return;
      pending.delete(res.id);
      if (res.ok) p.resolve({ text: res.text, html: res.html });
      else p.reject(new Error(res.error));
    };
    worker.onerror = () => {
      // A worker that cannot start (old browser, blocked script) falls back to the page.
      worker?.terminate();
      worker = null;
      failAll(new Error('citation worker failed'));
    };
  } catch {
    worker = null;
  }
  return worker;
}

/** Set by the first export or formatted citation; until then nothing loads citation-js. */
let hasCited = false;

type CiteJob = { refs: Reference[]; style: CitationStyle };
type Formatted = { text: string; html: string };

async function citeInPage(job: CiteJob): Promise<Formatted> {
  const Cite = await loadCitationJs(true);
  return {
    text: renderCitation(Cite, job.refs, job.style, 'text'),
    html: renderCitation(Cite, job.refs, job.style, 'html'),
  };
}

/** The references as a BibTeX, RIS or CSL-JSON file. */
export async function exportCitations(refs: readonly Reference[], format: ExportFormat): Promise<string> {
  hasCited = true;
  return renderExport(await loadCitationJs(), refs, format);
}

/** Formatted bibliography entries as plain text and HTML. */
export function formatCitations(
  refs: readonly Reference[],
  style: CitationStyle = 'apa',
): Promise<Formatted> {
  hasCited = true;
  const job: CiteJob = { refs: [...refs], style };
  const w = getWorker();
  if (!w) return citeInPage(job);
  const id = nextId++;
  return new Promise<{ text: string; html?: string }>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ id, op: 'cite', ...job } satisfies CitationRequest);
  }).then(
    (r) => ({ text: r.text, html: r.html ?? r.text }),
    () => citeInPage(job),
  );
}

/**
 * Starts the worker and compiles the style in the background, but only once this page has formatted
 * or exported a citation: citation-js (about 150 kB gzip) is downloaded when a citation is first
 * exported or copied, never just because the references are shown. Does nothing without a worker.
 */
export function warmCitations(style: CitationStyle = 'apa'): void {
  if (!hasCited) return;
  const w = getWorker();
  if (!w) return;
  const id = nextId++;
  pending.set(id, { resolve: () => {}, reject: () => {} });
  w.postMessage({ id, op: 'warm', style } satisfies CitationRequest);
}
