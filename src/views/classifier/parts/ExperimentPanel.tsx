import { Cite } from '../../../components/Cite';
import type { ExperimentComparison, TechniqueNames } from '../../../domain/classifier';
import type { Electrolyte } from '../../../kb/schema';
import { VERDICT_LABEL } from './verdict-text';

interface Props {
  /** The KB electrolyte, or null for a custom one. */
  electrolyte: Electrolyte | null;
  /** Name of the electrode the prediction is for. */
  electrodeName: string;
  /** Whether that electrode is Li metal (the only counter-electrode of the recorded experiments). */
  isAgainstLithium: boolean;
  /** The comparison of prediction and observation (against Li metal), when there is a prediction. */
  comparison: ExperimentComparison | null;
  /** Switches the electrode to Li metal. */
  onUseLithium: () => void;
  /** Opens the custom form prefilled with this electrolyte, to enter missing numbers. */
  onEditAsCustom: () => void;
  /** Technique records by id, to name how each piece of evidence was obtained. */
  techniques: TechniqueNames;
  /** Name of the observed interface type from the KB ("self-limiting interphase"), when known. */
  observedTypeName: string | null;
}

/**
 * The experimental verdict from the knowledge base beside the prediction: interface type, the
 * evidence with its technique and citations, and whether the prediction agrees. A disagreement is
 * flagged with its likely reasons; it is never hidden by tuning the threshold.
 */
export function ExperimentPanel({
  electrolyte,
  electrodeName,
  isAgainstLithium,
  comparison,
  onUseLithium,
  onEditAsCustom,
  techniques,
  observedTypeName,
}: Props) {
  const observed = electrolyte?.interfaceWithLi;
  return (
    <section className="panel cls-experiment" aria-labelledby="experiment-heading">
      <h2 id="experiment-heading">Experiment</h2>
      {!electrolyte ? (
        <p className="muted">A custom electrolyte has no experimental record to compare with.</p>
      ) : !observed ? (
        <p className="muted">
          No experimental interface type against Li metal is recorded for {electrolyte.name}; the prediction
          cannot be checked.
        </p>
      ) : (
        <>
          <p className={`cls-observed cls-observed-${observed.type}`}>
            <span className="cls-verdict-glyph" aria-hidden="true">
              {VERDICT_LABEL[`${observed.type}`].glyph}
            </span>
            <span>
              Observed against Li metal: <strong>Type {observed.type}</strong>
              <span className="cls-observed-name">
                {' '}
                ({observedTypeName ?? VERDICT_LABEL[`${observed.type}`].short})
              </span>
            </span>
          </p>
          <ul className="evidence-list">
            {observed.evidence.map((ev, i) => (
              <li key={i}>
                <strong>{techniques.get(ev.technique)?.name ?? ev.technique}:</strong> {ev.text}{' '}
                <Cite refs={ev.refs} />
              </li>
            ))}
          </ul>
          {observed.note && <p className="quantity-note">Note: {observed.note}</p>}
          {!isAgainstLithium ? (
            <div className="cls-comparison cls-comparison-other">
              <p>
                These observations are against Li metal; the prediction is against {electrodeName}, so the two
                are not compared.
              </p>
              <button type="button" className="button button-small button-secondary" onClick={onUseLithium}>
                Predict against Li metal
              </button>
            </div>
          ) : (
            comparison && <ComparisonView comparison={comparison} onEditAsCustom={onEditAsCustom} />
          )}
        </>
      )}
    </section>
  );
}

function ComparisonView({
  comparison,
  onEditAsCustom,
}: {
  comparison: ExperimentComparison;
  onEditAsCustom: () => void;
}) {
  if (comparison.status === 'agrees') {
    return (
      <div className="cls-comparison cls-comparison-agrees">
        <h3>
          <span aria-hidden="true">✓ </span>Prediction and experiment agree
        </h3>
        <p>{comparison.explanation}</p>
      </div>
    );
  }
  if (comparison.status === 'disagrees') {
    const [head] = comparison.explanation.split(' Likely reasons:');
    return (
      <div className="cls-comparison cls-comparison-disagrees">
        <h3>
          <span aria-hidden="true">⚠ </span>Prediction and experiment disagree
        </h3>
        <p>{head}</p>
        <p>Likely reasons, most likely first:</p>
        <ol className="cls-reason-list">
          {comparison.reasons.map((r) => {
            return (
              <li key={r.id}>
                {r.text} {r.refs.length > 0 && <Cite refs={r.refs} />}
              </li>
            );
          })}
        </ol>
      </div>
    );
  }
  return (
    <div className="cls-comparison cls-comparison-undetermined">
      <h3>
        <span aria-hidden="true">? </span>No comparison possible
      </h3>
      <p>{comparison.explanation}</p>
      {comparison.status === 'undetermined' && (
        <button type="button" className="button button-small button-secondary" onClick={onEditAsCustom}>
          Enter the missing numbers as a custom electrolyte
        </button>
      )}
    </div>
  );
}
