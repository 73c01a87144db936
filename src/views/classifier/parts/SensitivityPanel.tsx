import { memo } from 'react';
import { TableScroll } from '../../../components/TableScroll';
import type { SensitivityRow, SensitivityThresholds, VerdictBasis } from '../../../domain/classifier';
import { whatWouldChange } from '../../../domain/classifier';
import { XyPlot } from '../../../charts/xy-plot/XyPlot';
import type { MarkerInput, Tone } from '../../../charts/xy-plot/layout';
import { VERDICT_LABEL, verdictKey } from './verdict-text';

interface Props {
  /** One row per electrolyte against Li metal, computed with the options shown. */
  rows: readonly SensitivityRow[];
  thresholds: SensitivityThresholds;
  /** Window source of every row ("Zhu 2015"). */
  sourceLabel: string;
  /** Whether semiconducting products count as conductors in φ_e. */
  countSemis: boolean;
}

/** Words for the criterion that decided a verdict. */
export const BASIS_LABEL: Record<VerdictBasis, string> = {
  window: 'inside the window',
  'kinetic-stabilisation': 'small driving force',
  'framework-reduction': 'framework cation reduced',
  percolation: 'conducting fraction',
  'percolation-bounds': 'conducting fraction (bounds)',
};

/** Marker colour by observed type (the text says the type too, so colour is never the only cue). */
const OBSERVED_TONE: Record<1 | 2 | 3, Tone> = { 1: 'primary', 2: 'danger', 3: 'ok' };

/** Driving-force axis of the plot, eV/atom (log): from below the smallest to above the largest. */
const FORCE_DOMAIN: readonly [number, number] = [0.01, 3];

const fmt = (v: number | null, digits = 3) => (v === null ? '–' : String(Number(v.toPrecision(digits))));

/**
 * How robust each verdict is: every electrolyte placed by its driving force (x, log) and conducting
 * volume fraction (y) against the kinetic and percolation thresholds, coloured by the observed type;
 * and a table of the same numbers with the criterion that decided each verdict and what would change
 * it. Electrolytes without a driving force or a fraction are listed in the table only.
 */
export const SensitivityPanel = memo(function SensitivityPanel({
  rows,
  thresholds,
  sourceLabel,
  countSemis,
}: Props) {
  const plotted = rows.filter(
    (r) => r.drivingForceEVPerAtom !== null && r.electronicFraction !== null && r.drivingForceEVPerAtom > 0,
  );
  const markers: MarkerInput[] = plotted.map((r) => ({
    id: r.id,
    x: Math.min(FORCE_DOMAIN[1], Math.max(FORCE_DOMAIN[0], r.drivingForceEVPerAtom ?? FORCE_DOMAIN[0])),
    y: r.electronicFraction ?? 0,
    label: `${r.shortName}${r.observed !== null ? ` (observed ${r.observed})` : ''}`,
    tone: r.observed !== null ? OBSERVED_TONE[r.observed] : 'muted',
  }));
  const disagreeing = rows.filter((r) => r.comparison?.status === 'disagrees');
  const description = `${plotted.length} electrolytes placed by driving force and conducting fraction: ${plotted
    .map((r) => `${r.shortName} ${fmt(r.drivingForceEVPerAtom)} eV/atom, φ_e ${fmt(r.electronicFraction)}`)
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
      {plotted.length > 0 && (
        <XyPlot
          title="Driving force and conducting fraction of each electrolyte"
          description={description}
          input={{
            x: {
              title: 'Driving force ΔE',
              symbol: 'ΔE',
              unit: 'eV/atom',
              domain: FORCE_DOMAIN,
              isLog: true,
            },
            y: {
              title: 'Conducting volume fraction φ_e',
              symbol: 'φ_e',
              unit: '',
              domain: [0, 1],
              isLog: false,
            },
            series: [],
            rules: [
              {
                id: 'kinetic',
                axis: 'x',
                value: thresholds.kineticEVPerAtom,
                label: `kinetic ${fmt(thresholds.kineticEVPerAtom)} eV/atom`,
                tone: 'secondary',
                isDashed: true,
              },
              {
                id: 'percolation',
                axis: 'y',
                value: thresholds.percolation,
                label: `percolation ${fmt(thresholds.percolation)}`,
                tone: 'secondary',
                isDashed: true,
              },
            ],
            markers,
          }}
        />
      )}
      <p className={disagreeing.length > 0 ? 'cls-notice cls-notice-warning' : 'muted'}>
        {disagreeing.length === 0
          ? 'Every electrolyte with an observed type is predicted as observed with these thresholds.'
          : `Disagreeing with experiment: ${disagreeing
              .map((r) => `${r.shortName} (${r.comparison?.reasons[0]?.text ?? 'see the table above'})`)
              .join(' ')}`}
      </p>
      <TableScroll label="Sensitivity of each verdict">
        <table className="data-table cls-sensitivity-table">
          <caption className="visually-hidden">
            Driving force, conducting fraction, framework reduction, verdict and observed type of each
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
              <th scope="col">Framework reduced</th>
              <th scope="col">What would change it</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
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
                <td>{r.basis ? BASIS_LABEL[r.basis] : '–'}</td>
                <td>{fmt(r.drivingForceEVPerAtom)}</td>
                <td>
                  {r.electronicFraction === null
                    ? '–'
                    : `${r.isFractionBound ? '≥ ' : ''}${r.electronicFraction.toFixed(3)}`}
                  {r.alternativeElectronicFraction !== null
                    ? ` (${r.alternativeElectronicFraction.toFixed(3)})`
                    : ''}
                </td>
                <td>{r.reducedCouples.length > 0 ? r.reducedCouples.join(', ') : 'no'}</td>
                <td>{whatWouldChange(r, thresholds)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
});
