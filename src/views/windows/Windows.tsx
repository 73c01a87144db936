/**
 * The Stability windows view, props only: controls, legend, the chart (or its table), the
 * selection and search notes, the coating summary and the export buttons.
 */
import { useMemo, useRef } from 'react';
import { useElementWidth } from '../../charts/use-element-width';
import { useFontScale } from '../../charts/use-font-scale';
import { layoutStabilityChart, type MarkerSpec, type WindowSort } from '../../charts/stability/layout';
import type { StabilityRowInput, WindowGroup } from '../../domain/stability-rows';
import { StabilityChart } from '../../charts/stability/StabilityChart';
import type { AppParams } from '../../domain/app-params';
import type { CoatingSummary } from '../../domain/electrode-overlay';
import type { MaterialSummary } from '../../domain/materials';
import type { WindowSource } from '../../kb/schema';
import { BarTooltip } from './parts/BarTooltip';
import { CoatingSummaryPanel } from './parts/CoatingSummaryPanel';
import { WindowsControls } from './parts/Controls';
import { ExportButtons } from './parts/ExportButtons';
import { Legend } from './parts/Legend';
import { SelectionBar } from './parts/SelectionBar';
import { WindowsTable } from './parts/WindowsTable';

/** An electrode the user can put on the axis. */
export interface ElectrodeChoice {
  id: string;
  name: string;
  role: 'anode' | 'cathode';
  /** The potential its marker sits at (V vs Li/Li+). */
  potentialV: number;
  /** Which potential that is ("charge cut-off", "working potential", …). */
  basis: string;
}

/** A marker as the view shows it: the electrode behind it and where it sits. */
export interface ElectrodeMarker extends MarkerSpec {
  /** Electrode id, null when the knowledge base has none of that role. */
  id: string | null;
  basis?: string;
}

export interface WindowsProps {
  /** Rows after the class and source filters. */
  rows: readonly StabilityRowInput[];
  /** Rows before filtering. */
  totalRows: number;
  /** Sources shown (at least one). */
  sources: readonly WindowSource[];
  /** Sources present in the data. */
  availableSources: readonly WindowSource[];
  sort: WindowSort;
  /** Classes present in the data, by group. */
  classes: readonly { group: WindowGroup; className: string }[];
  /** Classes chosen in the filter; empty = all. */
  chosenClasses: readonly string[];
  showsTable: boolean;
  anode: ElectrodeMarker;
  cathode: ElectrodeMarker;
  anodeChoices: readonly ElectrodeChoice[];
  cathodeChoices: readonly ElectrodeChoice[];
  /** Potentials the axis always includes (every electrode), so switching electrodes keeps the scale. */
  extraPotentialsV: readonly number[];
  selectedId: string | null;
  /** The selected material, if any (it may be one without a window, e.g. an electrode). */
  selectedMaterial: MaterialSummary | null;
  /** The global search text. */
  query: string;
  /** Rows matching the global search. */
  highlightedIds: ReadonlySet<string>;
  summary: CoatingSummary;
  /** True while the benchmark's synthetic rows replace the knowledge base. */
  isSynthetic: boolean;
  onSelect: (id: string) => void;
  onMarkerMove: (role: 'anode' | 'cathode', potentialV: number, phase: 'live' | 'end') => void;
  onChange: (patch: Partial<AppParams>) => void;
  onSourcesChange: (sources: WindowSource[]) => void;
}

/** Chart width where layout is unavailable (jsdom: the element measures 0 px). */
const FALLBACK_WIDTH = 960;

export function Windows(props: WindowsProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(wrapRef, { fallback: FALLBACK_WIDTH });
  const fontScale = useFontScale();
  const { rows, sources, sort, extraPotentialsV } = props;
  // Laid out once the container's width is known (before the first paint), not at a guessed width.
  const layout = useMemo(
    () =>
      width === null
        ? null
        : layoutStabilityChart(rows, { width, sources, sort, extraPotentialsV, fontScale }),
    [rows, width, sources, sort, extraPotentialsV, fontScale],
  );
  const isSelectedInChart = useMemo(
    () => props.selectedId !== null && rows.some((r) => r.id === props.selectedId),
    [rows, props.selectedId],
  );
  const title = `Electrochemical stability windows of ${rows.length} materials, V vs Li/Li+`;

  return (
    <article className="windows-view" aria-labelledby="windows-title">
      <div className="view-head">
        <h1 id="windows-title">Stability windows</h1>
        <p className="lede">
          Each bar runs from a material’s reduction limit (left end) to its oxidation limit (right end), in V
          vs Li/Li⁺, as in Figure 3A of the review. Put an anode and a cathode on the axis to see which
          materials they would reduce or oxidise.
        </p>
        {props.isSynthetic && (
          <p className="sw-note" role="status">
            Showing {props.totalRows.toLocaleString('en')} synthetic rows injected by the benchmark.
          </p>
        )}
      </div>
      <WindowsControls
        sources={sources}
        availableSources={props.availableSources}
        sort={sort}
        classes={props.classes}
        chosenClasses={props.chosenClasses}
        showsTable={props.showsTable}
        anode={props.anode}
        cathode={props.cathode}
        anodeChoices={props.anodeChoices}
        cathodeChoices={props.cathodeChoices}
        onChange={props.onChange}
        onSourcesChange={props.onSourcesChange}
      />
      <SelectionBar
        selectedId={props.selectedId}
        material={props.selectedMaterial}
        isInChart={isSelectedInChart}
        query={props.query}
        highlightedCount={props.highlightedIds.size}
        onClearSelection={() => props.onChange({ selected: null })}
        onClearSearch={() => props.onChange({ query: '' })}
      />
      <section className="sw-panel" aria-labelledby="sw-chart-title">
        <div className="sw-panel-head">
          <h2 id="sw-chart-title">{props.showsTable ? 'Table' : 'Chart'}</h2>
          <Legend sources={sources} anode={props.anode} cathode={props.cathode} />
        </div>
        <div ref={wrapRef} className="sw-wrap">
          {rows.length === 0 ? (
            <p className="muted">No material has a window from the chosen sources and classes.</p>
          ) : layout === null ? null : props.showsTable ? (
            <WindowsTable
              layout={layout}
              anodeV={props.anode.potentialV}
              cathodeV={props.cathode.potentialV}
              selectedId={props.selectedId}
              highlightedIds={props.highlightedIds}
              onSelect={props.onSelect}
            />
          ) : (
            <StabilityChart
              layout={layout}
              title={title}
              anode={props.anode}
              cathode={props.cathode}
              selectedId={props.selectedId}
              highlightedIds={props.highlightedIds}
              onSelect={props.onSelect}
              onMarkerMove={props.onMarkerMove}
              renderTooltip={(bar, verdict) => (
                <BarTooltip
                  row={layout.rowById.get(bar.rowId)!}
                  bar={bar}
                  verdict={verdict}
                  anode={props.anode}
                  cathode={props.cathode}
                />
              )}
            />
          )}
        </div>
      </section>
      <CoatingSummaryPanel
        summary={props.summary}
        sources={sources}
        anode={props.anode}
        cathode={props.cathode}
      />
      <ExportButtons
        rows={rows}
        sources={sources}
        sort={sort}
        anode={props.anode}
        cathode={props.cathode}
        extraPotentialsV={extraPotentialsV}
        summary={props.summary}
      />
    </article>
  );
}
