/**
 * Loads the bundled knowledge base on demand, one record type at a time, and hands it to the views.
 * A view asks for the record types it shows (`loadKbParts`), so a route downloads only those; the
 * knowledge base object it gets reads every type, and a type that has not arrived yet suspends the
 * component that reads it until it has (one more download, never missing data). A knowledge base
 * that fails its checks shows every problem (file › record › field) instead of a blank page; a part
 * that could not be downloaded is downloaded again on the next request, so a retry works once the
 * network is back.
 */
import { createContext, type ReactNode, use, useContext } from 'react';
import { KB_PART_IMPORTS } from './bundled';
import type { LoadResult } from './load';
import type { KbFileName, KnowledgeBase } from './schema';
import { checkStructure, formatIssue, KB_FILE_NAMES, type KbIndex, type KbIssue } from './structure';

export interface LoadedKb {
  kb: KnowledgeBase;
  index: KbIndex;
}

/** Each record type's download, while it is under way or done; a failed one is forgotten. */
const downloads = new Map<KbFileName, Promise<unknown>>();
/** The records of each type that has arrived (checked or not). */
const arrived: Partial<Record<KbFileName, unknown>> = {};
/** The types whose records passed the checks, with their lookup maps. */
const checked = new Map<KbFileName, Map<string, unknown>>();

function download(name: KbFileName): Promise<unknown> {
  let pending = downloads.get(name);
  if (!pending) {
    const attempt = KB_PART_IMPORTS[name]().then(
      (m) => {
        arrived[name] = m.default;
        return m.default;
      },
      (e: unknown) => {
        throw new Error(
          `the knowledge base could not be downloaded (${e instanceof Error ? e.message : String(e)})`,
        );
      },
    );
    attempt.catch(() => {
      if (downloads.get(name) === attempt) downloads.delete(name);
    });
    downloads.set(name, attempt);
    pending = attempt;
  }
  return pending;
}

let lastCheck: { names: string; result: { ok: true } | { ok: false; issues: KbIssue[] } } | null = null;

/** Checks every type that has arrived (records, ids, the links among them); once per set of types. */
function checkArrived(): { ok: true } | { ok: false; issues: KbIssue[] } {
  const present = KB_FILE_NAMES.filter((n) => n in arrived);
  const names = present.join(',');
  if (lastCheck?.names === names) return lastCheck.result;
  const outcome = checkStructure(arrived);
  let result: { ok: true } | { ok: false; issues: KbIssue[] };
  if (outcome.ok) {
    for (const name of present) {
      if (!checked.has(name)) checked.set(name, outcome.index[name] as Map<string, unknown>);
    }
    result = { ok: true };
  } else result = { ok: false, issues: outcome.issues };
  lastCheck = { names, result };
  return result;
}

/** A type that a component reads before it arrived: downloaded, checked, then read. */
const late = new Map<KbFileName, Promise<unknown>>();

function lateCheck(name: KbFileName): Promise<unknown> {
  let pending = late.get(name);
  if (!pending) {
    const attempt = download(name).then(() => {
      const result = checkArrived();
      if (!result.ok) {
        throw new Error(`the knowledge base has problems: ${result.issues.map(formatIssue).join('; ')}`);
      }
      return arrived[name];
    });
    attempt.catch(() => {
      if (late.get(name) === attempt) late.delete(name);
    });
    late.set(name, attempt);
    pending = attempt;
  }
  return pending;
}

function recordsOf(name: KbFileName): unknown {
  if (checked.has(name)) return arrived[name];
  // Correct but one download late: the view's list of parts should name it.
  console.warn(
    `knowledge base: "${name}" was read before it was loaded (add it to the view's parts in src/app/view-kb-parts.ts); loading it now`,
  );
  // Suspends the reading component until the records are there (React's `use`, during render).
  return use(lateCheck(name));
}

/**
 * The one knowledge base object the views read: each record type's records once they have arrived
 * and passed the checks; reading one that has not suspends until it has. Its index likewise.
 */
const liveKb = {} as KnowledgeBase;
const liveIndex = {} as KbIndex;
for (const name of KB_FILE_NAMES) {
  Object.defineProperty(liveKb, name, { enumerable: true, get: () => recordsOf(name) });
  Object.defineProperty(liveIndex, name, {
    enumerable: true,
    get: () => {
      recordsOf(name);
      return checked.get(name);
    },
  });
}

const loads = new Map<string, Promise<LoadResult>>();

/**
 * The bundled knowledge base with at least the record types `names` loaded and checked (every type
 * that has arrived is checked, and the links among them). A failed download is not kept: the next
 * call tries again.
 */
export function loadKbParts(names: readonly KbFileName[]): Promise<LoadResult> {
  const key = [...new Set(names)].sort().join(',');
  let pending = loads.get(key);
  if (!pending) {
    const attempt = Promise.all(names.map(download)).then((): LoadResult => {
      const result = checkArrived();
      return result.ok ? { ok: true, kb: liveKb, index: liveIndex } : result;
    });
    attempt.catch(() => {
      if (loads.get(key) === attempt) loads.delete(key);
    });
    loads.set(key, attempt);
    pending = attempt;
  }
  return pending;
}

/** The whole bundled knowledge base, checked and indexed once. */
export function loadBundledKb(): Promise<LoadResult> {
  return loadKbParts(KB_FILE_NAMES);
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
