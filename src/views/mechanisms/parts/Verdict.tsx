import type { ReactNode } from 'react';

export type VerdictTone = 'ok' | 'warn' | 'danger' | 'neutral';

/**
 * What the numbers mean, in plain language. Announced politely when it changes. A model error is
 * shown instead of the verdict as a clear message (never NaN or Infinity).
 */
export function Verdict({
  tone,
  headline,
  children,
  warnings = [],
  error,
}: {
  tone: VerdictTone;
  /** One short sentence, e.g. "The flaw cracks". */
  headline: string;
  children?: ReactNode;
  /** Validity warnings of the model for these inputs. */
  warnings?: readonly string[];
  /** A model error; replaces the verdict. */
  error?: string | null;
}) {
  if (error) {
    return (
      <div className="verdict verdict-error" role="alert">
        <h3>Cannot compute</h3>
        <p>{error}.</p>
      </div>
    );
  }
  return (
    <div className={`verdict verdict-${tone}`} role="status" aria-live="polite">
      <h3>What this means</h3>
      <p className="verdict-headline">{headline.charAt(0).toUpperCase() + headline.slice(1)}</p>
      {children}
      {warnings.length > 0 && (
        <ul className="verdict-warnings" aria-label="Validity warnings">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
