import { TableScroll } from '../../../components/TableScroll';
import { Formula } from '../../../components/Formula';
import type { ClassifierResult, TraceNumber, TraceStep } from '../../../domain/classifier';
import { formatNumber } from '../../../domain/format';

const NUMBER_LABEL: Record<string, string> = {
  electrodePotential: 'Electrode potential',
  reductionLimit: 'Reduction limit',
  oxidationLimit: 'Oxidation limit',
  totalVolume: 'Total product volume',
  electronicFraction: 'φ_e, conducting volume fraction',
  electronicFractionMin: 'φ_e, lowest possible',
  electronicFractionMax: 'φ_e, highest possible',
  threshold: 'φ_c, percolation threshold',
  productVolume: 'Product volume',
  expansionVsElectrolyte: 'Expansion vs electrolyte consumed',
  netVolumeChangeWithLithium: 'Net change, Li consumed included',
  drivingForce: 'ΔE, driving force',
  kineticThreshold: 'ΔE_k, kinetic threshold',
};

const OUTCOME_TEXT: Record<TraceStep['outcome'], string> = {
  pass: 'points to stability or self-limitation',
  fail: 'points to reaction or growth',
  info: 'information',
};

const PERCENT_KEYS = new Set(['expansionVsElectrolyte', 'netVolumeChangeWithLithium']);

function numberText(key: string, n: TraceNumber): string {
  if (PERCENT_KEYS.has(key)) return `${n.value >= 0 ? '+' : '−'}${Math.abs(n.value * 100).toFixed(0)} %`;
  if (n.unit === '1') return n.value.toFixed(3);
  if (n.unit === 'V vs Li/Li+') return `${n.value.toFixed(2)} V vs Li/Li+`;
  return `${formatNumber(n.value, 4)} ${n.unit}`;
}

function labelOf(key: string): string {
  if (NUMBER_LABEL[key]) return NUMBER_LABEL[key];
  if (key.endsWith(' volume')) return `Volume of ${key.slice(0, -' volume'.length)}`;
  if (key.endsWith(' fraction')) return `Volume fraction of ${key.slice(0, -' fraction'.length)}`;
  return key;
}

/** The classifier's reasoning as ordered steps, each with its sentence and the numbers it used. */
export function TraceList({
  result,
}: {
  /** The classification whose trace to show. */ result: ClassifierResult;
}) {
  return (
    <section className="panel cls-trace" aria-labelledby="trace-heading">
      <h2 id="trace-heading">How the classifier decided</h2>
      <ol className="cls-trace-steps">
        {result.trace.map((step, i) => (
          <li key={`${step.id}-${i}`} className={`cls-trace-step cls-trace-${step.outcome}`}>
            <h3>
              {step.title} <span className="cls-trace-outcome">({OUTCOME_TEXT[step.outcome]})</span>
            </h3>
            <p>{step.detail}</p>
            {step.id === 'products' && result.products.length > 0 ? (
              <ProductTable result={result} />
            ) : (
              Object.keys(step.numbers).length > 0 && (
                <dl className="cls-trace-numbers">
                  {Object.entries(step.numbers).map(([key, n]) => (
                    <div key={key}>
                      <dt>{labelOf(key)}</dt>
                      <dd>{numberText(key, n)}</dd>
                    </div>
                  ))}
                </dl>
              )
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function ProductTable({ result }: { result: ClassifierResult }) {
  return (
    <TableScroll label="Interphase products table">
      <table className="data-table cls-trace-products">
        <caption className="visually-hidden">Interphase products per formula unit of electrolyte</caption>
        <thead>
          <tr>
            <th scope="col">Product</th>
            <th scope="col">n (mol)</th>
            <th scope="col">V_m (cm³/mol)</th>
            <th scope="col">n·V_m (cm³)</th>
            <th scope="col">Volume fraction</th>
            <th scope="col">Electronic</th>
            <th scope="col">σ_ion (S/cm)</th>
          </tr>
        </thead>
        <tbody>
          {result.products.map((p, i) => (
            <tr key={`${p.phaseId}-${i}`}>
              <th scope="row">
                <Formula text={p.name} />
              </th>
              <td>{formatNumber(p.moles, 4)}</td>
              <td>{p.molarVolumeCm3 !== null ? formatNumber(p.molarVolumeCm3, 4) : 'unknown'}</td>
              <td>{p.volumeCm3 !== null ? formatNumber(p.volumeCm3, 4) : 'unknown'}</td>
              <td>{p.volumeFraction !== null ? p.volumeFraction.toFixed(3) : 'unknown'}</td>
              <td>
                {p.electronic}
                {p.isConducting ? ' (counted as conducting)' : ''}
              </td>
              <td>{p.ionicConductivitySCm !== null ? formatNumber(p.ionicConductivitySCm, 2) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
