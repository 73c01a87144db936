/**
 * Loads the bundled knowledge base once, on demand, and hands it to the views. A knowledge base
 * that fails validation shows every problem (file › record › field) instead of a blank page.
 */
import { createContext, type ReactNode, use, useContext } from 'react';
import type { KbIndex, LoadResult } from './load';
import type { KnowledgeBase } from './schema';

export interface LoadedKb {
  kb: KnowledgeBase;
  index: KbIndex;
}

let pending: Promise<LoadResult> | null = null;

/** Imports data and loader as a separate chunk, so they stay out of the initial bundle. */
export function loadBundledKb(): Promise<LoadResult> {
  pending ??= Promise.all([import('./raw'), import('./load')]).then(([raw, load]) =>
    load.loadKnowledgeBase(raw.RAW_KB),
  );
  return pending;
}

const KbContext = createContext<LoadedKb | null>(null);

export function KbProvider({ value, children }: { value: LoadedKb; children: ReactNode }) {
  return <KbContext.Provider value={value}>{children}</KbContext.Provider>;
}

/** Suspends until the bundled knowledge base is loaded; renders the problems if it is invalid. */
export function BundledKbGate({ children }: { children: ReactNode }) {
  const result = use(loadBundledKb());
  if (!result.ok) {
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
  return <KbProvider value={{ kb: result.kb, index: result.index }}>{children}</KbProvider>;
}

export function useKb(): LoadedKb {
  const value = useContext(KbContext);
  if (!value) throw new Error('useKb must be used inside <BundledKbGate> or <KbProvider>');
  return value;
}
