import { formatPotential } from '../../../domain/format';
import { memo, useId } from 'react';
import { SourceSwatch } from '../../../charts/stability/patterns';
import { SOURCE_LABEL } from '../../../charts/stability/rows';
import { VERDICT_GLYPH } from '../../../domain/electrode-overlay';
import type { WindowSource } from '../../../kb/schema';
import type { ElectrodeMarker } from '../Windows';

/** Key to the marks: one pattern per source, the two electrode markers, the verdict glyphs. */
export const Legend = memo(function Legend({
  sources,
  anode,
  cathode,
}: {
  /** Sources shown. */
  sources: readonly WindowSource[];
  anode: ElectrodeMarker;
  cathode: ElectrodeMarker;
}) {
  const id = useId();
  return (
    <ul className="sw-legend" aria-label="Legend">
      {sources.map((s) => (
        <li key={s}>
          <SourceSwatch prefix={`${id}-${s}`} source={s} /> {SOURCE_LABEL[s]}
        </li>
      ))}
      <li>
        <span className="sw-key-line sw-anode" aria-hidden="true" /> Anode:{' '}
        {anode.isMoved ? 'moved' : anode.name} {formatPotential(anode.potentialV)} V
      </li>
      <li>
        <span className="sw-key-line sw-cathode" aria-hidden="true" /> Cathode:{' '}
        {cathode.isMoved ? 'moved' : cathode.name} {formatPotential(cathode.potentialV)} V
      </li>
      <li>
        <span className="sw-verdict-reduced" aria-hidden="true">
          {VERDICT_GLYPH.reduced}
        </span>{' '}
        reduced at anode
      </li>
      <li>
        <span className="sw-verdict-oxidised" aria-hidden="true">
          {VERDICT_GLYPH.oxidised}
        </span>{' '}
        oxidised at cathode
      </li>
      <li>
        <span className="sw-verdict-stable" aria-hidden="true">
          {VERDICT_GLYPH.stable}
        </span>{' '}
        stable
      </li>
    </ul>
  );
});
