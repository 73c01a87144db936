/**
 * The exported SVG of the stability chart and the chart on screen are drawn from one layout: for
 * the same input, every size they share (axis header, electrode pills, ticks, rows, bars, labels,
 * font sizes) must agree. The on-screen SVG is rendered with Testing Library; the export is parsed
 * from its text. The export rounds coordinates to 0.1 px, hence the tolerance.
 */
import { render } from '@testing-library/react';
import { buildStabilitySvg } from '../../src/charts/stability/export';
import { layoutStabilityChart, type MarkerSpec } from '../../src/charts/stability/layout';
import { sourcesIn, stabilityRowsFromKb } from '../../src/domain/stability-rows';
import { StabilityChart } from '../../src/charts/stability/StabilityChart';
import { windowsKb } from '../fixtures/windows-fixture';
import { expectNear } from '../unit/float';
import { loadOrThrow } from './render';

const { kb } = loadOrThrow(windowsKb());
const rows = stabilityRowsFromKb(kb);
const sources = sourcesIn(rows);
const anode: MarkerSpec = { role: 'anode', name: 'Lithium metal', potentialV: 0, isMoved: false };
const cathode: MarkerSpec = { role: 'cathode', name: 'NMC811', potentialV: 4.3, isMoved: false };

/** Attributes that carry a size or a position. */
const SIZE_ATTRS = ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'width', 'height', 'rx', 'font-size'] as const;

/** Elements both renderers draw, by the class name they share, inside the axis or the rows. */
const AXIS_MARKS = [
  'text.sw-axis-title',
  'line.sw-tick',
  'text.sw-tick-label',
  'line.sw-axis-line',
  'text.sw-zero-label',
  'rect.sw-flag',
  'text.sw-flag-text',
  'line.sw-marker-stem',
  'path.sw-marker-tip',
];
const BODY_MARKS = [
  'text.sw-group-label',
  'text.sw-name',
  'rect.sw-win',
  'text.sw-val',
  'text.sw-verdict',
  'text.sw-tag',
  'line.sw-zero',
  'line.sw-marker-line',
];

interface Mark {
  text: string;
  sizes: Record<string, number>;
  d: number[];
}

function marks(root: Element, selector: string): Mark[] {
  return [...root.querySelectorAll(selector)].map((el) => {
    const sizes: Record<string, number> = {};
    for (const a of SIZE_ATTRS) {
      const v = el.getAttribute(a);
      if (v !== null) sizes[a] = Number(v);
    }
    const d = (el.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
    // Only <text> has drawn text: the export gives each bar a <title> for viewers' tooltips.
    return { text: el.tagName === 'text' ? (el.textContent ?? '') : '', sizes, d };
  });
}

function expectSameMarks(screenRoot: Element, exportRoot: Element, selectors: readonly string[]): number {
  let compared = 0;
  for (const selector of selectors) {
    const onScreen = marks(screenRoot, selector);
    const exported = marks(exportRoot, selector);
    expect(exported.length, `${selector}: count`).toBe(onScreen.length);
    onScreen.forEach((s, i) => {
      const e = exported[i]!;
      expect(e.text, `${selector}[${i}] text`).toBe(s.text);
      expect(Object.keys(e.sizes).sort(), `${selector}[${i}] sized attributes`).toEqual(
        Object.keys(s.sizes).sort(),
      );
      for (const [attr, value] of Object.entries(s.sizes)) {
        expectNear(e.sizes[attr], value, 0.051, `${selector}[${i}] ${attr}`);
        compared++;
      }
      expect(e.d.length).toBe(s.d.length);
      for (const [j, v] of s.d.entries()) expectNear(e.d[j], v, 0.051, `${selector}[${i}] d[${j}]`);
      compared += s.d.length;
    });
  }
  return compared;
}

function translateY(g: Element): number {
  const m = /translate\(0 (-?[\d.]+)\)/.exec(g.getAttribute('transform') ?? '');
  if (!m) throw new Error('group without a vertical translation');
  return Number(m[1]);
}

describe.each([
  { width: 1100, what: 'the export width' },
  { width: 390, what: 'a phone (names above the bars, one-letter source tags)' },
])('stability chart at $width px ($what)', ({ width }) => {
  const layout = layoutStabilityChart(rows, { width, sources, sort: 'reduction' });

  function renderBoth() {
    const { container } = render(
      <StabilityChart
        layout={layout}
        title="Stability windows"
        anode={anode}
        cathode={cathode}
        selectedId={null}
        highlightedIds={new Set()}
        onSelect={() => {}}
        onMarkerMove={() => {}}
        renderTooltip={() => null}
      />,
    );
    const { svg } = buildStabilitySvg({
      layout,
      title: 'Stability windows',
      anode,
      cathode,
      caption: '',
      references: [],
    });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const screenAxis = container.querySelector('svg.sw-axis')!;
    const screenBody = container.querySelector('svg.sw-body')!;
    const exportAxis = doc.querySelector('g.sw-axis')!;
    const exportBody = doc.querySelector('g.sw-body')!;
    return { screenAxis, screenBody, exportAxis, exportBody };
  }

  it('the axis header has the same height, ticks, title and electrode pills (pill width included)', () => {
    const { screenAxis, exportAxis, exportBody } = renderBoth();
    expectNear(translateY(exportBody) - translateY(exportAxis), Number(screenAxis.getAttribute('height')), 0);
    const compared = expectSameMarks(screenAxis, exportAxis, AXIS_MARKS);
    // Two pills with four sizes each, at least, beside the ticks.
    expect(compared).toBeGreaterThan(2 * 4 + layout.ticks.length * 4);
    const flags = [...exportAxis.querySelectorAll('rect.sw-flag')];
    expect(flags.map((f) => f.closest('g')?.getAttribute('class'))).toEqual([
      'sw-marker sw-anode',
      'sw-marker sw-cathode',
    ]);
  });

  it('every row, bar, value, verdict, tag and marker line has the same position and size', () => {
    const { screenBody, exportBody } = renderBoth();
    expect(screenBody.querySelectorAll('rect.sw-win')).toHaveLength(layout.bars.length);
    const compared = expectSameMarks(screenBody, exportBody, BODY_MARKS);
    expect(compared).toBeGreaterThan(layout.bars.length * 4);
  });
});
