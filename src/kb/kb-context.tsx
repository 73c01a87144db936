/**
 * Loads the bundled knowledge base on demand and hands it to the views. A knowledge base that fails
 * its checks shows every problem (file › record › field) instead of a blank page; one that could not
 * be downloaded is downloaded again on the next request, so a retry works once the network is back.
 */
import { createContext, type ReactNode, use, useContext } from 'react';
import type { LoadResult } from './load';
import type { KbIndex } from './structure';
import type { KnowledgeBase } from './schema';

export interface LoadedKb {
  kb: KnowledgeBase;
  index: KbIndex;
}

let pending: Promise<LoadResult> | null = null;

/**
 * The bundled knowledge base, checked and indexed once. The records come validated by the build
 * (scripts/vite-kb.ts); here only their structure and links are checked again, without zod. A
 * failed download is not kept: the next call tries again.
 */
export function loadBundledKb(): Promise<LoadResult> {
  if (!pending) {
    const attempt = import('./bundled').then(
      (m) => m.checkStructure(m.BUNDLED_FILES),
      (e: unknown) => {
        throw new Error(
          `the knowledge base could not be downloaded (${e instanceof Error ? e.message : String(e)})`,
        );
      },
    );
    attempt.catch(() => {
      if (pending === attempt) pending = null;
    });
    pending = attempt;
  }
  return pending;
}

const KbContext = createContext<LoadedKb | null>(null);

export function KbProvider({ value, children }: { value: LoadedKb; children: ReactNode }) {
  return <KbContext.Provider value={value}>{children}</KbContext.Provider>;
}

/** The message for a knowledge base that failed its checks: every problem, one per line. */
export function KbProblems({ result }: { result: Extract<LoadResult, { ok: false }> }) {
  return (
    <section className="panel error-panel" role="alert" aria-labelledby="kb-error-title">
      <h1 id="kb-error-title">The knowledge base has {result.issues.length} problem(s)</h1>
      <p>SSB Atlas could not load its data. Each line names the file, the record and the field:</p>
      <ul className="issue-list">
        {result.issues.slice(0, 200).map((i, n) => (
          <li key={n}>
            <code>
              {i.file} › {i.record} › {i.field || '(record)'}
            </code>
            : {i.message}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Suspends until the bundled knowledge base is loaded; renders the problems if it is invalid. */
export function BundledKbGate({ children }: { children: ReactNode }) {
  const result = use(loadBundledKb());
  if (!result.ok) return <KbProblems result={result} />;
  return <KbProvider value={{ kb: result.kb, index: result.index }}>{children}</KbProvider>;
}

export function useKb(): LoadedKb {
  const value = useContext(KbContext);
  if (!value) throw new Error('useKb must be used inside <BundledKbGate> or <KbProvider>');
  return value;
}
