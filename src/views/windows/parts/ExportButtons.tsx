import { memo, useState } from 'react';
import { layoutStabilityChart, SORT_LABEL, type WindowSort } from '../../../charts/stability/layout';
import type { StabilityRowInput } from '../../../domain/stability-rows';
import { buildStabilitySvg, EXPORT_WIDTH, exportCaption } from '../../../charts/stability/export';
import { downloadBlob, downloadText, svgToPngBlob } from '../../../components/download';
import type { CoatingSummary } from '../../../domain/electrode-overlay';
import { useKb } from '../../../kb/kb-context';
import type { Reference, WindowSource } from '../../../kb/schema';
import type { ElectrodeMarker } from '../Windows';

export const EXPORT_TITLE = 'Electrochemical stability windows (V vs Li/Li⁺)';
const FILE_BASE = 'ssb-atlas-stability-windows';

/** Saves the chart as shown (sources, filter, sort, electrodes) as SVG or PNG, with caption and references. */
export const ExportButtons = memo(function ExportButtons(props: {
  rows: readonly StabilityRowInput[];
  sources: readonly WindowSource[];
  sort: WindowSort;
  anode: ElectrodeMarker;
  cathode: ElectrodeMarker;
  extraPotentialsV: readonly number[];
  summary: CoatingSummary;
}) {
  const { index } = useKb();
  const [status, setStatus] = useState('');

  const build = () => {
    const { rows, sources, sort, anode, cathode, summary } = props;
    const layout = layoutStabilityChart(rows, {
      width: EXPORT_WIDTH,
      sources,
      sort,
      extraPotentialsV: props.extraPotentialsV,
    });
    const refIds: string[] = [];
    const add = (ids: readonly string[]) => {
      for (const id of ids) if (!refIds.includes(id)) refIds.push(id);
    };
    for (const bar of layout.bars) add(bar.window.refs);
    for (const m of [anode, cathode]) {
      const e = m.id && !m.isMoved ? index.electrodes.get(m.id) : undefined;
      if (e) add(m.role === 'cathode' && e.cutoffPotential ? e.cutoffPotential.refs : e.potential.refs);
    }
    const references = refIds.map((id) => index.references.get(id)).filter((r): r is Reference => !!r);
    const caption = exportCaption({
      materialCount: layout.rowById.size,
      sources: layout.sources,
      anode,
      cathode,
      reducedAtAnode: summary.anodeSide.map((m) => m.label),
      oxidisedAtCathode: summary.cathodeSide.map((m) => m.label),
      sortLabel: SORT_LABEL[sort],
    });
    return buildStabilitySvg({ layout, title: EXPORT_TITLE, anode, cathode, caption, references });
  };

  const saveSvg = () => {
    const { svg } = build();
    downloadText(`${FILE_BASE}.svg`, svg, 'image/svg+xml');
    setStatus(`Saved ${FILE_BASE}.svg`);
  };
  const savePng = async () => {
    setStatus('Drawing the PNG…');
    try {
      const { svg, width, height } = build();
      downloadBlob(`${FILE_BASE}.png`, await svgToPngBlob(svg, width, height, 2));
      setStatus(`Saved ${FILE_BASE}.png`);
    } catch (e) {
      setStatus(`The PNG could not be made: ${(e as Error).message}`);
    }
  };

  return (
    <section className="sw-panel sw-export" aria-labelledby="sw-export-title">
      <h2 id="sw-export-title">Export</h2>
      <p className="muted">
        The chart as shown (sources, classes, sort, electrodes), with a caption and the list of references,
        ready for a slide.
      </p>
      <div className="sw-export-buttons">
        <button type="button" className="button" onClick={saveSvg}>
          Download SVG
        </button>
        <button type="button" className="button" onClick={savePng}>
          Download PNG
        </button>
        <span role="status" className="sw-export-status">
          {status}
        </span>
      </div>
    </section>
  );
});
