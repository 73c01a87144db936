import { proseRuns } from '../domain/prose-formulas';
import { Formula } from './Formula';

/**
 * Text in which every chemical formula gets its subscripts ("Argyrodite Li6PS5Cl" →
 * Argyrodite Li₆PS₅Cl), for names and labels that mix words and formulas.
 */
export function FormulaText({
  text,
}: {
  /** Plain text, formulas written as stored ("Li2S"). */ text: string;
}) {
  return (
    <>
      {proseRuns(text).map((r, i) =>
        r.isFormula ? <Formula key={i} text={r.text} /> : <span key={i}>{r.text}</span>,
      )}
    </>
  );
}
