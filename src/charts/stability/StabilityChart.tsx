/**
 * Renderer of the stability-window chart: draws a `StabilityLayout` as SVG with React (D3 only
 * computed the geometry). Props in, callbacks out; the only state kept here is chart-local
 * (which bar is hovered or focused, the keyboard position, the rows in view).
 *
 * Accessibility: the rows' <svg> is role="group", never role="img", because an image's children
 * are hidden from assistive technology and the bars must be reachable and operable. Every bar is
 * a role="button" with a full label and aria-pressed for the selection; one bar at a time is in
 * the Tab order (roving tabindex) and the arrow keys move between bars. The electrode markers are role="slider" with aria-valuenow/min/max/text.
 */
import { formatPotential } from '../../domain/format';
import {
  type CSSProperties,
  type KeyboardEvent,
  memo,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import {
  VERDICT_GLYPH,
  VERDICT_SHORT,
  VERDICT_TEXT,
  type Verdict,
  verdictOf,
} from '../../domain/electrode-overlay';
import { useVisibleLines } from './hooks';
import {
  type AxisGeom,
  type BarGeom,
  clampToDomain,
  layoutAxis,
  type MarkerGeom,
  type MarkerSpec,
  type RowGeom,
  type StabilityLayout,
} from './layout';
import { createMarkerDrag, type MarkerDrag, type MarkerDragOptions, markerKeyStep } from './marker-drag';
import { SourcePatterns } from './patterns';
import { patternId, SOURCE_MARK } from './source-marks';
import { SOURCE_LABEL, SOURCE_LETTER, SOURCE_TAG } from './rows';

export interface StabilityChartProps {
  layout: StabilityLayout;
  /** Accessible name of the chart. */
  title: string;
  anode: MarkerSpec;
  cathode: MarkerSpec;
  /** The selected material (shared store), highlighted and pressed. */
  selectedId: string | null;
  /** Materials matching the global search, highlighted. */
  highlightedIds: ReadonlySet<string>;
  /** Selects (or, when already selected, clears) a material. */
  onSelect: (id: string) => void;
  /**
   * A marker moved to `potentialV`: `phase` is 'live' during a drag and for key presses (the
   * caller may debounce writing the URL) and 'end' when a drag is released.
   */
  onMarkerMove: (role: 'anode' | 'cathode', potentialV: number, phase: 'live' | 'end') => void;
  /** Content of the tooltip for a bar (values, method, citations). */
  renderTooltip: (bar: BarGeom, verdict: Verdict) => ReactNode;
}

/** "LGPS, Zhu et al. 2015 (calculated): 1.71 to 2.14 V vs Li/Li+; reduced at the anode." */
export function barLabel(row: RowGeom, bar: BarGeom, verdict: Verdict, isHighlighted: boolean): string {
  const w = bar.window;
  const search = isHighlighted ? '; matches the search' : '';
  return `${row.label}, ${SOURCE_LABEL[bar.source]}: ${formatPotential(w.reductionV)} to ${formatPotential(w.oxidationV)} V vs Li/Li+; ${VERDICT_TEXT[verdict]}${search}`;
}

/** How far the arrow and page keys move through the bars. */
const KEY_STEP: Readonly<Record<string, number>> = {
  ArrowDown: 1,
  ArrowRight: 1,
  ArrowUp: -1,
  ArrowLeft: -1,
  PageDown: 10,
  PageUp: -10,
};

/** What a key does on the bar at `index` of `count`: select it, go to another bar, or nothing. */
function keyTarget(key: string, index: number, count: number): 'select' | number | null {
  if (key === 'Enter' || key === ' ') return 'select';
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  const step = KEY_STEP[key];
  return step === undefined ? null : index + step;
}

export function StabilityChart(props: StabilityChartProps) {
  const { layout, anode, cathode, selectedId, highlightedIds, onSelect, renderTooltip } = props;
  const prefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const bodyRef = useRef<SVGSVGElement>(null);
  const [start, end] = useVisibleLines(bodyRef, layout.lines);
  const [tip, setTip] = useState<{ key: string; isFocus: boolean } | null>(null);
  const tipId = `${prefix}-tip`;

  // Roving tabindex: the bar that Tab lands on. Follows the selection until the user moves it.
  const selectedFirst = selectedId ? layout.rowById.get(selectedId)?.bars[0]?.index : undefined;
  const [activeIndex, setActiveIndex] = useState<number>(selectedFirst ?? 0);
  const active = Math.min(activeIndex, Math.max(0, layout.bars.length - 1));
  const pendingFocus = useRef<number | null>(null);

  // A selection made elsewhere becomes the Tab stop, unless the user is moving through the bars.
  useEffect(() => {
    if (selectedFirst === undefined) return;
    if (bodyRef.current?.contains(document.activeElement)) return;
    setActiveIndex(selectedFirst);
  }, [selectedFirst]);

  const moveTo = useCallback(
    (index: number) => {
      const n = layout.bars.length;
      if (n === 0) return;
      const next = Math.max(0, Math.min(n - 1, index));
      pendingFocus.current = next;
      setActiveIndex(next);
    },
    [layout.bars.length],
  );

  useLayoutEffect(() => {
    const i = pendingFocus.current;
    if (i === null) return;
    const el = bodyRef.current?.querySelector<SVGGElement>(`[data-bar-index="${i}"]`);
    if (!el) return;
    pendingFocus.current = null;
    el.focus({ preventScroll: true });
    el.scrollIntoView?.({ block: 'nearest' });
  });

  // Mark each commit of new geometry, for the benchmark and performance tooling.
  useEffect(() => {
    if (layout.bars.length === 0) return;
    performance.mark?.('windows-chart-rendered', { detail: { bars: layout.bars.length } });
  }, [layout]);

  const onBarKey = useCallback(
    (e: KeyboardEvent, bar: BarGeom) => {
      if (e.key === 'Escape') {
        setTip(null);
        return;
      }
      const target = keyTarget(e.key, bar.index, layout.bars.length);
      if (target === 'select') onSelect(bar.rowId);
      else if (target !== null) moveTo(target);
      else return;
      e.preventDefault();
    },
    [onSelect, moveTo, layout.bars.length],
  );

  const handlers = useMemo<BarHandlers>(
    () => ({
      onKey: onBarKey,
      onClick: (bar) => {
        setActiveIndex(bar.index);
        onSelect(bar.rowId);
      },
      onEnter: (bar) => {
        setTip({ key: bar.key, isFocus: false });
      },
      onLeave: () => {
        setTip((t) => (t && !t.isFocus ? null : t));
      },
      onFocus: (bar) => {
        setActiveIndex(bar.index);
        setTip({ key: bar.key, isFocus: true });
      },
      onBlur: () => setTip((t) => (t?.isFocus ? null : t)),
    }),
    [onBarKey, onSelect],
  );

  // The rows in view, plus the row holding the keyboard position so it can always take focus.
  const activeBar = layout.bars[active];
  const visible = layout.lines.slice(start, end);
  if (activeBar) {
    const row = layout.rowById.get(activeBar.rowId);
    if (row && !visible.includes(row)) visible.push(row);
  }

  const tipBar = tip ? layout.bars.find((b) => b.key === tip.key) : undefined;
  const tipVerdict = tipBar ? verdictOf(tipBar.window, anode.potentialV, cathode.potentialV) : 'stable';
  const axis = useMemo(() => layoutAxis(layout, anode, cathode), [layout, anode, cathode]);
  const axisH = axis.height;

  return (
    <div className="sw-chart" style={{ '--sw-font': `${layout.fontSize}px` } as CSSProperties}>
      <div className="sw-axis-sticky">
        <AxisHeader
          layout={layout}
          axis={axis}
          anode={anode}
          cathode={cathode}
          onMarkerMove={props.onMarkerMove}
        />
      </div>
      <svg
        ref={bodyRef}
        className="sw-body"
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="group"
        aria-label={props.title}
      >
        <SourcePatterns prefix={prefix} sources={layout.sources} />
        <g className="sw-grid">
          {layout.ticks.map((t) => (
            <line key={t.value} x1={t.x} x2={t.x} y1={0} y2={layout.height} />
          ))}
          {layout.zeroX !== null && (
            <line className="sw-zero" x1={layout.zeroX} x2={layout.zeroX} y1={0} y2={layout.height} />
          )}
        </g>
        {visible.map((line) =>
          line.kind === 'group' ? (
            <text
              key={`g-${line.group}`}
              className="sw-group-label"
              x={line.labelX}
              y={line.labelY}
              fontSize={layout.groupFontSize}
            >
              {line.label} ({line.count})
            </text>
          ) : (
            <Row
              key={line.id}
              row={line}
              layout={layout}
              prefix={prefix}
              anodeV={anode.potentialV}
              cathodeV={cathode.potentialV}
              isSelected={line.id === selectedId}
              isHighlighted={highlightedIds.has(line.id)}
              activeIndex={activeBar?.rowId === line.id ? active : -1}
              describedBy={tipBar?.rowId === line.id && tip?.isFocus ? tipId : undefined}
              handlers={handlers}
            />
          ),
        )}
        <g className="sw-marker-lines">
          {[axis.anode, axis.cathode].map((m) => (
            <line
              key={m.role}
              className={`sw-marker-line sw-${m.role}`}
              x1={m.x}
              x2={m.x}
              y1={0}
              y2={layout.height}
            />
          ))}
        </g>
      </svg>
      {tipBar && (
        <div id={tipId} role="tooltip" className="sw-tooltip" style={tooltipPosition(layout, tipBar, axisH)}>
          {renderTooltip(tipBar, tipVerdict)}
        </div>
      )}
    </div>
  );
}

const TOOLTIP_WIDTH = 300;

function tooltipPosition(layout: StabilityLayout, bar: BarGeom, axisH: number): CSSProperties {
  const width = Math.min(TOOLTIP_WIDTH, layout.width - 16);
  let left = bar.x1 + 12;
  if (left + width > layout.width - 4) left = Math.max(4, bar.x0 - width - 12);
  if (left < 4) left = Math.max(4, Math.min(layout.width - width - 4, bar.x0));
  return { left, top: axisH + bar.y + bar.height + 6, width };
}

interface BarHandlers {
  onKey: (e: KeyboardEvent, bar: BarGeom) => void;
  onClick: (bar: BarGeom) => void;
  onEnter: (bar: BarGeom) => void;
  onLeave: () => void;
  onFocus: (bar: BarGeom) => void;
  onBlur: () => void;
}

interface RowProps {
  row: RowGeom;
  layout: StabilityLayout;
  prefix: string;
  anodeV: number;
  cathodeV: number;
  isSelected: boolean;
  isHighlighted: boolean;
  /** Index of the bar in the Tab order if it is in this row, else -1. */
  activeIndex: number;
  describedBy: string | undefined;
  handlers: BarHandlers;
}

/** One material: band, name, and one bar per shown source with its values and verdict. */
const Row = memo(function Row({
  row,
  layout,
  prefix,
  anodeV,
  cathodeV,
  isSelected,
  isHighlighted,
  activeIndex,
  describedBy,
  handlers,
}: RowProps) {
  const fs = layout.fontSize;
  const sfs = layout.smallFontSize;
  const cls = ['sw-row', isSelected && 'is-selected', isHighlighted && 'is-highlighted']
    .filter(Boolean)
    .join(' ');
  return (
    <g className={cls} data-row-id={row.id}>
      <rect className="sw-band" x={0} y={row.y} width={layout.width} height={row.height} />
      {isSelected && <rect className="sw-band-accent" x={0} y={row.y} width={4} height={row.height} />}
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <text>/<g> without tabindex is not focusable; the bar's label already names the row */}
      <text
        aria-hidden="true"
        className="sw-name"
        x={row.nameX}
        y={row.nameY}
        dy={layout.hasNamesAbove ? undefined : '0.35em'}
        textAnchor={layout.hasNamesAbove ? 'start' : 'end'}
        fontSize={fs}
      >
        {isHighlighted && <tspan className="sw-hit-mark">◆ </tspan>}
        {row.shownLabel}
      </text>
      {row.bars.map((bar) => {
        const verdict = verdictOf(bar.window, anodeV, cathodeV);
        const mark = SOURCE_MARK[bar.source];
        const width = bar.width;
        return (
          <g
            key={bar.source}
            className={`sw-bar sw-src-${bar.source} sw-verdict-${verdict}`}
            role="button"
            tabIndex={bar.index === activeIndex ? 0 : -1}
            aria-pressed={isSelected}
            aria-label={barLabel(row, bar, verdict, isHighlighted)}
            aria-describedby={describedBy}
            data-bar-index={bar.index}
            data-verdict={verdict}
            data-source={bar.source}
            onClick={() => handlers.onClick(bar)}
            onKeyDown={(e) => handlers.onKey(e, bar)}
            onPointerEnter={() => handlers.onEnter(bar)}
            onPointerLeave={handlers.onLeave}
            onFocus={() => handlers.onFocus(bar)}
            onBlur={handlers.onBlur}
          >
            <rect
              className="sw-hit"
              x={layout.tagRight}
              y={bar.hitY}
              width={layout.width - layout.tagRight}
              height={bar.hitHeight}
            />
            {layout.showsSourceTags && (
              // aria-hidden: the tag abbreviates the source that the bar's label names in full, and
              // a visible text missing from the accessible name would fail label-in-name. The text itself
              // takes no focus (its group does), which the lint rule cannot tell.
              // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG text element is not focusable
              <text
                className="sw-tag"
                aria-hidden="true"
                x={layout.tagRight}
                y={bar.cy}
                dy="0.35em"
                textAnchor="end"
                fontSize={layout.tagFontSize}
              >
                {layout.isCompact ? SOURCE_LETTER[bar.source] : SOURCE_TAG[bar.source]}
              </text>
            )}
            <rect
              className="sw-win"
              x={bar.x0}
              y={bar.y}
              width={width}
              height={bar.height}
              rx={2}
              fill={`url(#${patternId(prefix, bar.source)})`}
              stroke={mark.ink}
            />
            <rect
              className="sw-focus"
              x={bar.x0 - 3}
              y={bar.y - 3}
              width={width + 6}
              height={bar.height + 6}
              rx={4}
            />
            <text
              className="sw-val"
              x={bar.reductionLabelX}
              y={bar.cy}
              dy="0.35em"
              textAnchor="end"
              fontSize={sfs}
            >
              {formatPotential(bar.window.reductionV)}
            </text>
            <text className="sw-val" x={bar.oxidationLabelX} y={bar.cy} dy="0.35em" fontSize={sfs}>
              {formatPotential(bar.window.oxidationV)}
            </text>
            <text
              className={`sw-verdict sw-verdict-${verdict}`}
              x={layout.verdictTextX}
              y={bar.cy}
              dy="0.35em"
              fontSize={sfs}
            >
              {layout.showsVerdictText
                ? `${VERDICT_GLYPH[verdict]} ${VERDICT_SHORT[verdict]}`
                : VERDICT_GLYPH[verdict]}
            </text>
          </g>
        );
      })}
    </g>
  );
});

/** Sticky header: axis title, the Li/Li+ reference, tick labels and the two electrode sliders. */
function AxisHeader({
  layout,
  axis,
  anode,
  cathode,
  onMarkerMove,
}: {
  layout: StabilityLayout;
  axis: AxisGeom;
  anode: MarkerSpec;
  cathode: MarkerSpec;
  onMarkerMove: StabilityChartProps['onMarkerMove'];
}) {
  const h = axis.height;
  return (
    <svg
      className="sw-axis"
      width={axis.width}
      height={h}
      viewBox={`0 0 ${axis.width} ${h}`}
      role="group"
      aria-label="Potential axis, V vs Li/Li+, with the anode and cathode markers"
    >
      <text
        className="sw-axis-title"
        x={axis.titleX}
        y={axis.titleY}
        textAnchor="middle"
        fontSize={axis.titleFontSize}
      >
        Potential (V vs Li/Li⁺)
      </text>
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> without tabindex is not focusable; tick labels would only be noise to a screen reader */}
      <g aria-hidden="true">
        {layout.ticks.map((t) => (
          <g key={t.value}>
            <line className="sw-tick" x1={t.x} x2={t.x} y1={axis.tickTop} y2={h} />
            <text
              className="sw-tick-label"
              x={t.x}
              y={axis.tickLabelY}
              textAnchor="middle"
              fontSize={axis.tickFontSize}
            >
              {t.label.replace('-', '−')}
            </text>
          </g>
        ))}
        <line
          className="sw-axis-line"
          x1={layout.plotLeft}
          x2={layout.plotRight}
          y1={axis.lineY}
          y2={axis.lineY}
        />
        {axis.zeroLabelX !== null && (
          <text
            className="sw-zero-label"
            x={axis.zeroLabelX}
            y={axis.titleY}
            textAnchor="end"
            fontSize={axis.tickFontSize}
          >
            Li/Li⁺ = 0 V
          </text>
        )}
      </g>
      <MarkerHandle layout={layout} axisH={h} geom={axis.anode} marker={anode} onMove={onMarkerMove} />
      <MarkerHandle layout={layout} axisH={h} geom={axis.cathode} marker={cathode} onMove={onMarkerMove} />
    </svg>
  );
}

/** An electrode marker's flag on the axis: a slider moved by pointer or keyboard. */
function MarkerHandle({
  layout,
  axisH: h,
  geom,
  marker,
  onMove,
}: {
  layout: StabilityLayout;
  axisH: number;
  geom: MarkerGeom;
  marker: MarkerSpec;
  onMove: StabilityChartProps['onMarkerMove'];
}) {
  const ref = useRef<SVGGElement>(null);
  const v = marker.potentialV;
  const roleName = marker.role === 'anode' ? 'Anode' : 'Cathode';
  const { x, flagX, flagY: top, flagWidth: flagW, flagHeight: flagH } = geom;
  // The drag factory is attached once; each render hands it the current scale and callbacks.
  const dragRef = useRef<MarkerDrag | null>(null);
  const role = marker.role;
  const dragOptions: MarkerDragOptions = {
    valueNow: () => v,
    valueAfter: (startV, dxPx) => {
      const [d0, d1] = layout.domain;
      const voltsPerPx = (d1 - d0) / (layout.plotRight - layout.plotLeft);
      return Math.round(clampToDomain(layout, startV + dxPx * voltsPerPx) * 100) / 100;
    },
    onMove: (value) => onMove(role, value, 'live'),
    onEnd: (value) => onMove(role, value, 'end'),
  };
  useEffect(() => {
    dragRef.current?.update(dragOptions);
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: attach once; the effect above keeps the options current
  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const drag = createMarkerDrag(node, dragOptions);
    dragRef.current = drag;
    return () => {
      drag.destroy();
      dragRef.current = null;
    };
  }, []);

  return (
    <g
      ref={ref}
      className={`sw-marker sw-${marker.role}`}
      role="slider"
      tabIndex={0}
      aria-label={`${roleName} potential`}
      aria-orientation="horizontal"
      aria-valuemin={layout.domain[0]}
      aria-valuemax={layout.domain[1]}
      aria-valuenow={Math.round(v * 100) / 100}
      aria-valuetext={`${marker.isMoved ? 'moved to' : `${marker.name},`} ${formatPotential(v)} V vs Li/Li+`}
      onKeyDown={(e) => {
        const next = markerKeyStep(e.key, e.shiftKey, v, layout.domain);
        if (next === null) return;
        e.preventDefault();
        onMove(marker.role, next, 'live');
      }}
    >
      <rect className="sw-flag-hit" x={flagX - 4} y={top - 4} width={flagW + 8} height={h - top + 4} />
      <rect className="sw-flag" x={flagX} y={top} width={flagW} height={flagH} rx={flagH / 2} />
      <text
        className="sw-flag-text"
        x={flagX + flagW / 2}
        y={top + flagH / 2}
        dy="0.35em"
        textAnchor="middle"
        fontSize={geom.fontSize}
      >
        {geom.text}
      </text>
      <line className="sw-marker-stem" x1={x} x2={x} y1={top + flagH} y2={h} />
      <path
        className="sw-marker-tip"
        d={`M${x - 5},${top + flagH} L${x + 5},${top + flagH} L${x},${top + flagH + 6} Z`}
      />
    </g>
  );
}
