import 'virtual:katex.css';
import typeset from 'virtual:ssb-equations';

export { splitEquation } from './equation-split';

/**
 * A governing equation, typeset by KaTeX at build time (scripts/vite-katex.ts): the browser gets
 * the HTML + MathML and KaTeX's stylesheet with its woff2 fonts, no typesetting library. The markup
 * comes from the models' own TeX constants (no user input) and contains no script, which the CSP
 * forbids anyway. A chain of relations separated by `\quad` is split into parts that wrap on narrow
 * screens. A TeX string the build did not see (none in the app) shows as its source.
 */
export interface EquationProps {
  /** TeX source, e.g. `FLAW_EQUATION_TEX`. */
  tex: string;
  /** Short name of what the equation says, for assistive technology. */
  label: string;
}

/**
 * Resolves at once: the equations are typeset before the page loads. Kept for callers that wait for
 * typesetting before they measure or scroll.
 */
export function loadKatex(): Promise<void> {
  return Promise.resolve();
}

export function Equation({ tex, label }: EquationProps) {
  const parts = typeset[tex];
  if (!parts) {
    return (
      <div className="equation equation-fallback" role="group" aria-label={label}>
        <code>{tex}</code>
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
