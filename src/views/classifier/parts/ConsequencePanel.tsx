import type { ClassifierResult } from '../../../domain/classifier';

const GROWTH: Record<NonNullable<ClassifierResult['consequence']['growth']>, string> = {
  none: 'None: no interphase forms.',
  continuous:
    'Continuous: electrons reach the reaction front, so the interphase keeps consuming electrolyte.',
  'self-limiting': 'Self-limiting: once the layer blocks electrons the reaction starves and stops.',
};

const IMPEDANCE: Record<NonNullable<ClassifierResult['consequence']['impedanceTrend']>, string> = {
  constant: 'Constant.',
  rising: 'Keeps rising as the interphase thickens.',
  'rising-then-plateau': 'Rises while the layer forms, then levels off.',
};

const signedPercent = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(0)} %`;

/** What follows from the verdict: growth, impedance, volume change and fracture risk. */
export function ConsequencePanel({ result }: { /** The classification. */ result: ClassifierResult }) {
  const c = result.consequence;
  return (
    <section className="panel cls-consequence" aria-labelledby="consequence-heading">
      <h2 id="consequence-heading">Consequence</h2>
      <dl className="cls-consequence-list">
        <div>
          <dt>Interphase growth</dt>
          <dd>{c.growth ? GROWTH[c.growth] : 'Unknown: the type is undetermined.'}</dd>
        </div>
        <div>
          <dt>Interfacial impedance</dt>
          <dd>{c.impedanceTrend ? IMPEDANCE[c.impedanceTrend] : 'Unknown.'}</dd>
        </div>
        <div>
          <dt>Volume vs the electrolyte consumed</dt>
          <dd>
            {c.expansionVsElectrolyte !== null
              ? `${signedPercent(c.expansionVsElectrolyte)} (${c.expansionVsElectrolyte > 0 ? 'the interphase is larger than the electrolyte it replaces' : 'the interphase is smaller: contact can be lost'})`
              : c.growth === 'none'
                ? 'No change.'
                : `Unknown${c.missing.length > 0 ? `: needs the ${c.missing.join(', ')}` : ''}.`}
          </dd>
        </div>
        {c.netVolumeChangeWithLithium !== null && (
          <div>
            <dt>Whole reaction, Li consumed included</dt>
            <dd>
              {signedPercent(c.netVolumeChangeWithLithium)}
              {c.netVolumeChangeWithLithium < 0 ? ' (a gap can open at the Li side)' : ''}
            </dd>
          </div>
        )}
        <div>
          <dt>Fracture risk from the volume change</dt>
          <dd>
            {c.fractureRisk === null ? (
              'Unknown.'
            ) : c.fractureRisk ? (
              <strong className="cls-risk-flag">
                <span aria-hidden="true">▲ </span>Yes: expansion above{' '}
                {signedPercent(c.fractureExpansionThreshold)} loads the electrolyte
                {c.growth === 'continuous' ? ', and it keeps building as the interphase grows' : ''}.
              </strong>
            ) : (
              `Low (expansion not above ${signedPercent(c.fractureExpansionThreshold)}).`
            )}
          </dd>
        </div>
      </dl>
      <p className="cls-consequence-summary">{c.summary}</p>
    </section>
  );
}
