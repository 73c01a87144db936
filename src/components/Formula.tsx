import { formulaRuns } from '../domain/formula';

/** A chemical formula with proper subscripts ("Li10GeP2S12" → Li₁₀GeP₂S₁₂). */
export function Formula({ text }: { /** Formula as stored, e.g. "Li7La3Zr2O12". */ text: string }) {
  return (
    <span className="formula">
      {formulaRuns(text).map((r, i) =>
        r.isSubscript ? <sub key={i}>{r.text}</sub> : <span key={i}>{r.text}</span>,
      )}
    </span>
  );
}
