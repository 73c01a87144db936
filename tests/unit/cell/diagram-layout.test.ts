// @vitest-environment node
/** The cell diagram's layout and export against their data: layers in cell order, markers where each risk happens. */
import { describe, expect, it } from 'vitest';
import { buildCellSvg } from '../../../src/charts/cell-diagram/export';
import { cellDiagramLayout } from '../../../src/charts/cell-diagram/layout';
import { diagramShapes } from '../../../src/charts/cell-diagram/shapes';
import type { CellRisk } from '../../../src/domain/cell';

const risk = (id: CellRisk['id'], place: CellRisk['place'], grade: CellRisk['grade']) => ({
  id,
  title: id,
  place,
  grade,
});
const input = {
  anode: 'Li',
  electrolytes: ['Li6PS5Cl', 'LLZO'],
  coating: 'LiNbO3',
  cathode: 'NMC811',
  risks: [
    risk('voids', 'anode', 'low'),
    risk('anode-interface', 'anode-interface', 'watch'),
    risk('filament', 'electrolyte', 'high'),
    risk('cathode-oxidation', 'cathode-interface', 'low'),
    risk('composite', 'cathode', 'high'),
    risk('stack', 'whole-cell', 'watch'),
  ],
};

describe('cellDiagramLayout', () => {
  const layout = cellDiagramLayout(input, 720);

  it('lays the layers anode to cathode, edge to edge across the width (weights 3:1:3:3:1:4 of 696)', () => {
    expect(layout.layers.map((l) => l.kind)).toEqual([
      'anode',
      'interphase',
      'electrolyte',
      'electrolyte',
      'coating',
      'cathode',
    ]);
    expect(layout.layers[0]!.x).toBe(12);
    expect(layout.layers[0]!.width).toBeCloseTo((696 * 3) / 15, 9);
    const last = layout.layers.at(-1)!;
    expect(last.x + last.width).toBeCloseTo(708, 9);
  });

  it('puts each marker in the layer where its risk happens, and the cell-level risk under the whole cell', () => {
    const centre = (kind: string, i = 0) => {
      const l = layout.layers.filter((x) => x.kind === kind)[i]!;
      return l.x + l.width / 2;
    };
    const at = (id: string) => layout.markers.find((m) => m.riskId === id)!;
    expect(at('voids').cx).toBeCloseTo(centre('anode'), 9);
    expect(at('anode-interface').cx).toBeCloseTo(centre('interphase'), 9);
    expect(at('filament').cx).toBeCloseTo(centre('electrolyte', 0), 9);
    expect(at('cathode-oxidation').cx).toBeCloseTo(centre('coating'), 9);
    expect(at('composite').cx).toBeCloseTo(centre('cathode'), 9);
    expect(at('stack').cx).toBe(360);
    expect(at('stack').cy).toBe(layout.cellSpan.y);
    expect(layout.markers.map((m) => m.icon)).toEqual(['✓', '!', '✕', '✓', '✕', '!']);
  });

  it('grades read without colour: hatching for high, dots for watch, a flat fill for low', () => {
    const circles = diagramShapes(layout, 'p').filter((s) => s.tag === 'circle');
    expect(circles.map((c) => c.attrs.fill)).toEqual([
      '#2f7d32',
      'url(#p-watch)',
      'url(#p-high)',
      '#2f7d32',
      'url(#p-high)',
      'url(#p-watch)',
    ]);
  });

  it('scales text and markers with the page font (presenter mode)', () => {
    const big = cellDiagramLayout(input, 720, 1.5);
    expect(big.labelFontSize).toBe(21);
    expect(big.markers[0]!.r).toBe(22.5);
  });

  it('the export holds the same shapes, the caption and numbered references', () => {
    const { svg } = buildCellSvg({ layout, title: 'T <1>', caption: 'A caption.', references: [] });
    expect(svg).toContain('T &lt;1&gt;');
    expect(svg).toContain('A caption.');
    // The six markers (stroke 1.5), as on screen; the legend and the dot pattern have circles of their own.
    expect(svg.match(/<circle [^>]*stroke-width="1.5"/g)?.length).toBe(6);
    expect(svg).toContain('<title>3. filament: high</title>');
  });
});
