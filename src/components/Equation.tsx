import { useEffect, useState } from 'react';

/**
 * A governing equation typeset with KaTeX.
 *
 * KaTeX and its stylesheet are imported on demand (a separate chunk, so they stay out of the
 * initial bundle); its fonts are bundled by Vite from that stylesheet and served from our own
 * origin. The output is HTML + MathML built by `katex.renderToString` from the models' own TeX
 * constants (no user input), placed into a container: no script runs, which the CSP forbids.
 * A chain of relations separated by `\quad` is split into parts that wrap on narrow screens.
 */
export interface EquationProps {
  /** TeX source, e.g. `FLAW_EQUATION_TEX`. */
  tex: string;
  /** Short name of what the equation says, for assistive technology and the loading text. */
  label: string;
}

type Katex = typeof import('katex')['default'];

let pending: Promise<Katex> | null = null;

/** Loads KaTeX and its CSS once. */
export function loadKatex(): Promise<Katex> {
  pending ??= Promise.all([import('katex'), import('katex/dist/katex.min.css')]).then(([m]) => m.default);
  return pending;
}

/** Splits "a = b, \quad c = d" into ["a = b", "c = d"] (top-level `\quad` separators only). */
export function splitEquation(tex: string): string[] {
  return tex
    .split(/,?\s*\\quad\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function Equation({ tex, label }: EquationProps) {
  const [parts, setParts] = useState<string[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let isLive = true;
    loadKatex()
      .then((katex) => {
        if (!isLive) return;
        setParts(
          splitEquation(tex).map((part) =>
            katex.renderToString(part, { displayMode: true, throwOnError: false, output: 'htmlAndMathml' }),
          ),
        );
      })
      .catch((e: unknown) => {
        if (isLive) setFailure(e instanceof Error ? e.message : String(e));
      });
    return () => {
      isLive = false;
    };
  }, [tex]);

  if (failure) {
    return (
      <div className="equation equation-fallback">
        <code>{tex}</code>
      </div>
    );
  }
  if (!parts) {
    return (
      <div className="equation equation-loading" aria-busy="true">
        <span className="muted">Typesetting {label}…</span>
      </div>
    );
  }
  return (
    // The parts may be wider than a phone: the group scrolls sideways and can take focus to do so.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <div className="equation" role="group" aria-label={label} tabIndex={0}>
      {parts.map((html, i) => (
        // biome-ignore lint/security/noDangerouslySetInnerHtml: KaTeX markup from our own TeX constants
        <div key={i} className="equation-part" dangerouslySetInnerHTML={{ __html: html }} />
      ))}
    </div>
  );
}
