import { formatPotential } from '../../../domain/format';
import { memo } from 'react';
import { SOURCE_TAG } from '../../../charts/stability/rows';
import type { CoatingCandidate, CoatingNeed, CoatingSummary } from '../../../domain/electrode-overlay';
import type { WindowSource } from '../../../kb/schema';
import type { ElectrodeMarker } from '../Windows';

/** Lists are cut to this many names (the synthetic benchmark has thousands). */
const MAX_LISTED = 40;

function sourcesNote(
  sources: readonly WindowSource[],
  all: readonly WindowSource[],
  isUnanimous: boolean,
): string {
  if (all.length <= 1) return '';
  if (isUnanimous) return ' (all sources)';
  return ` (${sources.map((s) => SOURCE_TAG[s]).join(', ')} only)`;
}

function NameList({
  items,
  all,
}: {
  items: readonly (CoatingNeed | CoatingCandidate)[];
  all: readonly WindowSource[];
}) {
  if (items.length === 0) return <span className="muted">none</span>;
  const shown = items.slice(0, MAX_LISTED);
  return (
    <>
      {shown.map((m, i) => (
        <span key={m.id}>
          {i > 0 && ', '}
          <strong>{m.label}</strong>
          {'isUnanimous' in m ? sourcesNote(m.sources, all, m.isUnanimous) : ''}
        </span>
      ))}
      {items.length > MAX_LISTED && <span> and {(items.length - MAX_LISTED).toLocaleString('en')} more</span>}
    </>
  );
}

/** Which solid electrolytes need a protective coating on which side, for the electrodes shown. */
export const CoatingSummaryPanel = memo(function CoatingSummaryPanel({
  summary,
  sources,
  anode,
  cathode,
}: {
  summary: CoatingSummary;
  sources: readonly WindowSource[];
  anode: ElectrodeMarker;
  cathode: ElectrodeMarker;
}) {
  const anodeText = `${anode.isMoved ? 'an anode' : anode.name} at ${formatPotential(anode.potentialV)} V`;
  const cathodeText = `${cathode.isMoved ? 'a cathode' : cathode.name} at ${formatPotential(cathode.potentialV)} V`;
  return (
    <section className="sw-panel sw-summary" aria-labelledby="sw-summary-title">
      <h2 id="sw-summary-title">Which electrolytes need a protective coating?</h2>
      <p>
        Between {anodeText} and {cathodeText} (thermodynamic windows; a passivating interphase can make a
        reduced electrolyte usable in practice):
      </p>
      <dl className="sw-summary-list">
        <div>
          <dt>
            <span className="sw-verdict-reduced" aria-hidden="true">
              ◀{' '}
            </span>
            Anode side: reduced by the anode ({summary.anodeSide.length})
          </dt>
          <dd>
            <NameList items={summary.anodeSide} all={sources} />
          </dd>
        </div>
        <div>
          <dt>
            <span className="sw-verdict-oxidised" aria-hidden="true">
              ▶{' '}
            </span>
            Cathode side: oxidised by the cathode ({summary.cathodeSide.length})
          </dt>
          <dd>
            <NameList items={summary.cathodeSide} all={sources} />
          </dd>
        </div>
        <div>
          <dt>
            <span className="sw-verdict-stable" aria-hidden="true">
              ✓{' '}
            </span>
            Stable against both ({summary.stable.length})
          </dt>
          <dd>
            <NameList
              items={summary.stable.map((s) => ({ ...s, sources: [] as WindowSource[] }))}
              all={sources}
            />
          </dd>
        </div>
        {(summary.cathodeCoatings.length > 0 || summary.anodeCoatings.length > 0) && (
          <div>
            <dt>Coating and interphase phases in the chart that are stable at…</dt>
            <dd>
              the cathode: <NameList items={summary.cathodeCoatings} all={sources} />
              <br />
              the anode: <NameList items={summary.anodeCoatings} all={sources} />
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
});
