import { useId, useState } from 'react';
import { Cite } from '../../../components/Cite';
import { Link } from '../../../components/Link';
import { stateOfUrl } from '../../../domain/lessons';
import type { ConceptCheck } from '../../../kb/schema';

/** The concept checks of one phenomenon: pick an answer, check it, read why, open the model state. */
export function ConceptChecks({
  checks,
}: {
  /** The checks to show, in order. */ checks: readonly ConceptCheck[];
}) {
  return (
    <div className="concept-checks">
      {checks.map((c) => (
        <CheckOne key={c.id} check={c} />
      ))}
    </div>
  );
}

function CheckOne({ check }: { check: ConceptCheck }) {
  const [picked, setPicked] = useState<number | null>(null);
  const [isChecked, setChecked] = useState(false);
  const name = useId();
  const state = stateOfUrl(check.url);
  const isRight = picked !== null && check.options[picked]?.isCorrect === true;
  return (
    <form
      className="panel concept-check"
      aria-label={`Concept check: ${check.misconception}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (picked !== null) setChecked(true);
      }}
    >
      <fieldset>
        <legend>{check.prompt}</legend>
        {check.options.map((o, i) => (
          <label key={o.text} className="check concept-option">
            <input
              type="radio"
              name={name}
              checked={picked === i}
              onChange={() => {
                setPicked(i);
                setChecked(false);
              }}
            />
            <span>{o.text}</span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button" disabled={picked === null}>
        Check answer
      </button>
      {isChecked && (
        <div className={`concept-feedback ${isRight ? 'is-right' : 'is-wrong'}`} role="status">
          <p>
            <strong>{isRight ? 'Right.' : 'Not quite.'}</strong> {check.explanation}
          </p>
          <p>
            <Link to={state.route} params={state.params}>
              Show this in the model
            </Link>{' '}
            <span className="muted">References:</span> <Cite refs={check.refs} />
          </p>
        </div>
      )}
    </form>
  );
}
