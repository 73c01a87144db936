import { formatPotential } from '../../../domain/format';
import type { BarGeom, RowGeom } from '../../../charts/stability/layout';
import { SOURCE_LABEL } from '../../../charts/stability/rows';
import { shortCitation } from '../../../domain/citation-text';
import { VERDICT_GLYPH, VERDICT_TEXT, type Verdict } from '../../../domain/electrode-overlay';
import { useReferences } from '../../../kb/hooks';
import type { ElectrodeMarker } from '../Windows';

/** What a bar's tooltip says: values, width, method, conditions, verdict and citations. */
export function BarTooltip({
  row,
  bar,
  verdict,
  anode,
  cathode,
}: {
  row: RowGeom;
  bar: BarGeom;
  verdict: Verdict;
  anode: ElectrodeMarker;
  cathode: ElectrodeMarker;
}) {
  const w = bar.window;
  const cites = useReferences(w.refs).map((r) => `${shortCitation(r)}${r.n ? ` [${r.n}]` : ''}`);
  return (
    <>
      <strong className="sw-tip-title">{row.name}</strong>
      <span className="sw-tip-source">{w.label || SOURCE_LABEL[bar.source]}</span>
      <span>
        Reduction limit <b>{formatPotential(w.reductionV)} V</b> · oxidation limit{' '}
        <b>{formatPotential(w.oxidationV)} V</b> · width {formatPotential(w.oxidationV - w.reductionV)} V
      </span>
      <span>
        Method: {w.method}
        {w.conditions ? `; ${w.conditions}` : ''}
      </span>
      <span className={`sw-verdict-${verdict}`}>
        {VERDICT_GLYPH[verdict]} {VERDICT_TEXT[verdict]} ({anode.isMoved ? 'anode' : anode.name} at{' '}
        {formatPotential(anode.potentialV)} V, {cathode.isMoved ? 'cathode' : cathode.name} at{' '}
        {formatPotential(cathode.potentialV)} V)
      </span>
      {w.note && <span className="sw-tip-note">Note: {w.note}</span>}
      <span className="sw-tip-cite">Source: {cites.join('; ')}</span>
    </>
  );
}
