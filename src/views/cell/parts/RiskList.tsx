/**
 * The risks of one design as text: each with its grade (icon and word, not colour alone), the
 * verdict, two sentences with its numbers, the model behind it with a link that opens it with the
 * same inputs, its references and its caveats.
 */
import { GRADE_ICON, GRADE_TEXT } from '../../../charts/cell-diagram/layout';
import { Cite } from '../../../components/Cite';
import type { CellRisk } from '../../../domain/cell';
import { ModelLink } from './ModelLink';

/** The grade as a badge: icon, word and a class for its colour. */
export function GradeBadge({ grade }: { grade: CellRisk['grade'] }) {
  return (
    <span className={`cell-grade cell-grade-${grade}`}>
      <span aria-hidden="true">{GRADE_ICON[grade]}</span> {GRADE_TEXT[grade]}
    </span>
  );
}

function RiskItem({ risk, number }: { risk: CellRisk; number: number }) {
  return (
    <li className={`cell-risk cell-risk-${risk.grade}`} data-risk={risk.id}>
      <h4>
        <span className="cell-risk-number">{number}.</span> {risk.title}: <GradeBadge grade={risk.grade} />{' '}
        <span className="cell-risk-headline">{risk.headline}</span>
      </h4>
      <p>{risk.explanation}</p>
      <p className="cell-risk-model">
        Model: {risk.model}. {risk.link && <ModelLink link={risk.link} />}
        {risk.refs.length > 0 && (
          <>
            {' '}
            <Cite refs={risk.refs} />
          </>
        )}
      </p>
      {risk.notes.length > 0 && (
        <details>
          <summary>Caveats ({risk.notes.length})</summary>
          <ul>
            {risk.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

/** The list of risks, in the order of the cell (anode to cathode, then the whole cell). */
export function RiskList({ risks, label }: { risks: readonly CellRisk[]; label: string }) {
  return (
    <ul className="cell-risks" aria-label={label}>
      {risks.map((r, i) => (
        <RiskItem key={r.id} risk={r} number={i + 1} />
      ))}
    </ul>
  );
}
