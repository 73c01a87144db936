import { memo } from 'react';
import type { SensitivityPointInput } from '../../../charts/sensitivity/layout';
import { SensitivityPlot } from '../../../charts/sensitivity/SensitivityPlot';
import { TableScroll } from '../../../components/TableScroll';
import type { SensitivityRow, SensitivityThresholds } from '../../../domain/classifier';
import { whatWouldChange } from '../../../domain/classifier';
import { BASIS_LABEL, VERDICT_LABEL, verdictKey } from './verdict-text';

interface Props {
  /** One row per electrolyte against Li metal, computed with the options shown. */
  rows: readonly SensitivityRow[];
  thresholds: SensitivityThresholds;
  /** Window source of every row ("Zhu 2015"). */
  sourceLabel: string;
  /** Whether semiconducting products count as conductors in φ_e. */
  countSemis: boolean;
}

const fmt = (v: number | null, digits = 3) => (v === null ? '–' : String(Number(v.toPrecision(digits))));

/** Whether a row has a decided verdict (it is placed on the plot and tabulated). */
const isDecided = (r: SensitivityRow) => r.predicted !== null && r.predicted !== 'undetermined';

/** φ_e as the table shows it: exact, a range for bounds, with the other treatment in brackets. */
function fractionCell(r: SensitivityRow): string {
  if (r.electronicFraction === null) return '–';
  const main = r.isFractionBound
    ? `${r.electronicFraction.toFixed(3)} to ${fmt(r.electronicFractionMax)}`
    : r.electronicFraction.toFixed(3);
  return r.alternativeElectronicFraction !== null
    ? `${main} (${r.alternativeElectronicFraction.toFixed(3)})`
    : main;
}

/**
 * How robust each verdict is: every electrolyte placed by its driving force (x, log) and conducting
 * volume fraction (y) against the kinetic and percolation thresholds, coloured by the observed type;
 * and a table of the same numbers with the criterion that decided each verdict and what would change
 * it. Electrolytes without a driving force or a fraction are listed in the table only; those with
 * neither a verdict nor an observation are named below it.
 */
export const SensitivityPanel = memo(function SensitivityPanel({
  rows,
  thresholds,
  sourceLabel,
  countSemis,
}: Props) {
  const shown = rows.filter((r) => isDecided(r) || r.observed !== null);
  const notShown = rows.filter((r) => !shown.includes(r));
  const points: SensitivityPointInput[] = shown
    .filter(
      (r) =>
        isDecided(r) &&
        r.drivingForceEVPerAtom !== null &&
        r.drivingForceEVPerAtom > 0 &&
        r.electronicFraction !== null,
    )
    .map((r) => ({
      id: r.id,
      label: r.shortName,
      drivingForceEVPerAtom: r.drivingForceEVPerAtom ?? 0,
      electronicFraction: r.electronicFraction ?? 0,
      isLowerBound: r.isFractionBound,
      observed: r.observed,
      isDisagreeing: r.comparison?.status === 'disagrees',
    }));
  const disagreeing = rows.filter((r) => r.comparison?.status === 'disagrees');
  const description = `${points.length} electrolytes placed by driving force and conducting fraction: ${points
    .map(
      (p) =>
        `${p.label} ${fmt(p.drivingForceEVPerAtom)} eV/atom, φ_e ${p.isLowerBound ? 'at least ' : ''}${fmt(p.electronicFraction)}${
          p.observed !== null ? `, observed type ${p.observed}` : ''
        }${p.isDisagreeing ? ', prediction disagrees' : ''}`,
    )
    .join(
      '; ',
    )}. Kinetic threshold ${fmt(thresholds.kineticEVPerAtom)} eV/atom, percolation threshold ${fmt(thresholds.percolation)}.`;
  return (
    <section className="panel cls-sensitivity" aria-labelledby="sensitivity-heading">
      <h2 id="sensitivity-heading">Sensitivity: each verdict against its thresholds</h2>
      <p className="muted">
        Against Li metal with the {sourceLabel} windows. Left of the dashed vertical line a reaction releases
        too little energy to be told from zero and is treated as kinetically stabilised (type 3); above the
        dashed horizontal line the conducting products percolate (type 2). A reduced framework cation (Ti⁴⁺,
        Ge⁴⁺) makes an electrolyte type 2 wherever it sits. Semiconducting products are counted as{' '}
        {countSemis ? 'conductors' : 'insulators'}.
      </p>
      {points.length > 0 && (
        <SensitivityPlot
          title="Driving force and conducting fraction of each electrolyte"
          description={description}
          points={points}
          kineticThresholdEVPerAtom={thresholds.kineticEVPerAtom}
          percolationThreshold={thresholds.percolation}
        />
      )}
      {disagreeing.length === 0 ? (
        <p className="muted">
          Every electrolyte with an observed type is predicted as observed with these thresholds.
        </p>
      ) : (
        <div className="cls-notice cls-notice-warning">
          <p>Disagreeing with experiment, and the first likely reason:</p>
          <ul>
            {disagreeing.map((r) => (
              <li key={r.id}>
                <strong>{r.shortName}</strong>: {r.comparison?.reasons[0]?.text ?? 'see the table above'}
              </li>
            ))}
          </ul>
        </div>
      )}
      <TableScroll label="Sensitivity of each verdict">
        <table className="data-table cls-sensitivity-table">
          <caption className="visually-hidden">
            Observed type, verdict, deciding criterion, driving force and conducting fraction of each
            electrolyte
          </caption>
          <thead>
            <tr>
              <th scope="col">Electrolyte</th>
              <th scope="col">Observed</th>
              <th scope="col">Predicted</th>
              <th scope="col">Decided by</th>
              <th scope="col">ΔE (eV/atom)</th>
              <th scope="col">φ_e (other treatment)</th>
              <th scope="col">What would change it</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.id} className={r.comparison?.status === 'disagrees' ? 'is-disagreeing' : undefined}>
                <th scope="row">{r.shortName}</th>
                <td>{r.observed !== null ? `Type ${r.observed}` : '–'}</td>
                <td>
                  {r.predicted !== null ? VERDICT_LABEL[verdictKey(r.predicted)].title : 'error'}
                  {r.comparison?.status === 'agrees'
                    ? ' ✓'
                    : r.comparison?.status === 'disagrees'
                      ? ' ≠'
                      : ''}
                </td>
                <td>
                  {r.basis ? BASIS_LABEL[r.basis] : '–'}
                  {r.basis === 'framework-reduction' ? ` (${r.reducedCouples.join(', ')})` : ''}
                </td>
                <td>{fmt(r.drivingForceEVPerAtom)}</td>
                <td>{fractionCell(r)}</td>
                <td>{whatWouldChange(r, thresholds)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {notShown.length > 0 && (
        <p className="muted">
          Not placed (no observed type and not classifiable from the knowledge base yet):{' '}
          {notShown.map((r) => r.shortName).join(', ')}.
        </p>
      )}
    </section>
  );
});
