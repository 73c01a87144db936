import type { RefObject } from 'react';
import { basisSentence, type ClassifierResult } from '../../../domain/classifier';
import { fractionText, VERDICT_LABEL, verdictKey } from './verdict-text';

/**
 * The predicted interface type, large, with a glyph and words (never colour alone), the basis in
 * one line, what is missing when undetermined, and the classifier's warnings.
 */
export function VerdictPanel({
  result,
  electrolyteName,
  electrodeName,
  headingRef,
}: {
  /** The classification. */
  result: ClassifierResult;
  /** Display name of the electrolyte. */
  electrolyteName: string;
  /** Display name of the electrode. */
  electrodeName: string;
  /** Focus target after loading an electrolyte from the table. */
  headingRef?: RefObject<HTMLHeadingElement | null>;
}) {
  const key = verdictKey(result.verdict);
  const label = VERDICT_LABEL[key];
  const phi = fractionText(result.electronicFraction, result.electronicFractionBounds);
  return (
    <section className={`cls-verdict cls-verdict-${key}`} aria-labelledby="verdict-heading">
      <h2 id="verdict-heading" ref={headingRef} tabIndex={-1}>
        Prediction: {electrolyteName} against {electrodeName}
      </h2>
      <p className="cls-verdict-type">
        <span className="cls-verdict-glyph" aria-hidden="true">
          {label.glyph}
        </span>
        <span>
          <strong className="cls-verdict-title">{label.title}</strong>{' '}
          <span className="cls-verdict-short">{label.short}</span>
        </span>
      </p>
      <p className="cls-verdict-basis">
        {result.side === 'stable' && 'The electrode potential lies inside the stability window.'}
        {result.side === 'reduction' && 'The electrolyte is reduced (electrode below the window). '}
        {result.side === 'oxidation' && 'The electrolyte is oxidised (electrode above the window). '}
        {phi !== null && result.side !== 'stable' && (
          <>
            Conducting volume fraction φ_e = {phi}, threshold φ_c = {result.threshold}
            {result.windowLabel ? `, window ${result.windowLabel}` : ''}.
          </>
        )}
      </p>
      {result.side !== 'stable' && basisSentence(result) && (
        <p className="cls-verdict-basis">{basisSentence(result)}</p>
      )}
      {result.verdict === 'undetermined' && result.missing.length > 0 && (
        <p className="cls-verdict-missing">
          <strong>Missing:</strong> {result.missing.join('; ')}. The classifier does not guess.
        </p>
      )}
      {result.unknowns.length > 0 && (
        <p className="cls-verdict-missing">
          <strong>Unknown but not decisive:</strong> {result.unknowns.join('; ')}. The verdict holds for any
          value of these.
        </p>
      )}
      {result.warnings.length > 0 && (
        <div className="cls-verdict-warnings">
          <h3>Caveats</h3>
          <ul>
            {result.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
