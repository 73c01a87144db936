/**
 * The main thread's side of citation export: sends work to citation-worker.ts and returns
 * promises. Where workers are unavailable (tests in jsdom) or the worker fails, it runs
 * citation-js in the page instead, loaded on demand.
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
  | { id: number; op: 'export'; refs: Reference[]; format: ExportFormat }
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

type Job =
  | { op: 'export'; refs: Reference[]; format: ExportFormat }
  | { op: 'cite'; refs: Reference[]; style: CitationStyle };

async function inPage(job: Job): Promise<{ text: string; html?: string }> {
  const Cite = await loadCitationJs();
  if (job.op === 'export') return { text: renderExport(Cite, job.refs, job.format) };
  return {
    text: renderCitation(Cite, job.refs, job.style, 'text'),
    html: renderCitation(Cite, job.refs, job.style, 'html'),
  };
}

function run(job: Job): Promise<{ text: string; html?: string }> {
  const w = getWorker();
  if (!w) return inPage(job);
  const id = nextId++;
  return new Promise<{ text: string; html?: string }>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ id, ...job } satisfies CitationRequest);
  }).catch(() => inPage(job));
}

/** The references as a BibTeX, RIS or CSL-JSON file. */
export async function exportCitations(refs: readonly Reference[], format: ExportFormat): Promise<string> {
  return (await run({ op: 'export', refs: [...refs], format })).text;
}

/** Formatted bibliography entries as plain text and HTML. */
export async function formatCitations(
  refs: readonly Reference[],
  style: CitationStyle = 'apa',
): Promise<{ text: string; html: string }> {
  const r = await run({ op: 'cite', refs: [...refs], style });
  return { text: r.text, html: r.html ?? r.text };
}

/** Starts the worker and compiles the style in the background; does nothing without a worker. */
export function warmCitations(style: CitationStyle = 'apa'): void {
  const w = getWorker();
  if (!w) return;
  const id = nextId++;
  pending.set(id, { resolve: () => {}, reject: () => {} });
  w.postMessage({ id, op: 'warm', style } satisfies CitationRequest);
}
