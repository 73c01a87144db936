// @vitest-environment node
import {
  layoutStabilityChart,
  potentialDomain,
  type RowGeom,
  sortRows,
  visibleLineRange,
} from '../../src/charts/stability/layout';
import {
  chartLabel,
  classesIn,
  filterRows,
  resolveSources,
  SOURCE_ORDER,
  type StabilityRowInput,
  sourcesIn,
  stabilityRowsFromKb,
} from '../../src/domain/stability-rows';
import { loadKnowledgeBase } from '../../src/kb/load';
import type { KnowledgeBase } from '../../src/kb/schema';
import { windowsKb } from '../fixtures/windows-fixture';
import { expectNear } from './float';

function kb(): KnowledgeBase {
  const r = loadKnowledgeBase(windowsKb());
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.kb;
}
const rows = stabilityRowsFromKb(kb());
const ALL = sourcesIn(rows);
const rowsOf = (layout: ReturnType<typeof layoutStabilityChart>) =>
  layout.lines.filter((l): l is RowGeom => l.kind === 'row');

describe('stabilityRowsFromKb', () => {
  it('returns one row per material with a window, in its group, with formula subscripts for binaries', () => {
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get('lgps')?.group).toBe('electrolyte');
    expect(byId.get('li2s')).toMatchObject({ group: 'binary', label: 'Li₂S', className: 'binary' });
    expect(byId.get('linbo3')).toMatchObject({ group: 'coating', className: 'coating' });
    expect(byId.get('li3po4')).toMatchObject({ group: 'coating', className: 'interphase' });
    expect(byId.get('li3ps4')?.label).toBe('Li₃PS₄');
    // Li3P has no window in the fixture, electrodes never have one.
    expect(byId.has('li3p')).toBe(false);
    expect(byId.has('li-metal')).toBe(false);
  });

  it('keeps every window of a material separate (never averaged)', () => {
    const lgps = rows.find((r) => r.id === 'lgps')!;
    expect(lgps.windows.map((w) => [w.source, w.reductionV, w.oxidationV])).toEqual([
      ['zhu2015', 1.71, 2.14],
      ['richards2016', 1.6, 2.2],
      ['experiment', 0.6, 4.8],
    ]);
  });

  it('lists the sources and classes present', () => {
    expect(ALL).toEqual(['zhu2015', 'richards2016', 'experiment']);
    expect(classesIn(rows).map((c) => c.className)).toEqual([
      'oxide',
      'oxynitride',
      'phosphate',
      'polymer',
      'sulfide',
      'binary',
      'coating',
      'interphase',
    ]);
  });
});

describe('chartLabel', () => {
  it.each([
    ['Lithium germanium thiophosphate (LGPS)', 'Li10GeP2S12', [], 'LGPS'],
    ['Lithium lanthanum zirconate (garnet LLZO)', 'Li7La3Zr2O12', [], 'LLZO'],
    ['Lithium phosphorus oxynitride (LiPON)', 'LixPOyNz', [], 'LiPON'],
    ['Argyrodite Li6PS5Cl', 'Li6PS5Cl', [], 'Li₆PS₅Cl'],
    ['Li7P3S11 glass-ceramic', 'Li7P3S11', ['LPS'], 'Li₇P₃S₁₁'],
    ['Li3PS4 (75Li2S·25P2S5 glass and β-Li3PS4)', 'Li3PS4', [], 'Li₃PS₄'],
    ['LGPS', 'Li10GeP2S12', [], 'LGPS'],
    ['PEO–LiTFSI polymer electrolyte', '(CH2CH2O)n–LiN(SO2CF3)2', ['PEO', 'PEO-LiTFSI'], 'PEO'],
  ] as const)('chartLabel(%s) is %s', (name, formula, aliases, label) => {
    expect(chartLabel(name, formula, aliases)).toBe(label);
  });
});

describe('resolveSources and filterRows', () => {
  it('resolveSources keeps valid requested sources in display order and falls back to all', () => {
    expect(resolveSources(['experiment', 'zhu2015'], ALL)).toEqual(['zhu2015', 'experiment']);
    expect(resolveSources([], ALL)).toEqual(ALL);
    expect(resolveSources(['nonsense'], ALL)).toEqual(ALL);
  });

  it('filterRows keeps the chosen classes that have a window from a shown source', () => {
    expect(filterRows(rows, ['sulfide'], ALL).map((r) => r.id)).toEqual(['lgps', 'li3ps4']);
    // PEO has only an experimental window; LiF only a Richards window.
    const zhuOnly = filterRows(rows, [], ['zhu2015']).map((r) => r.id);
    expect(zhuOnly).not.toContain('peo-litfsi');
    expect(zhuOnly).not.toContain('lif');
    expect(zhuOnly).toContain('lgps');
  });
});

describe('layoutStabilityChart', () => {
  const layout = layoutStabilityChart(rows, { width: 960, sources: ALL, sort: 'name' });

  it('puts each bar end at the pixel its potential maps to', () => {
    const [d0, d1] = layout.domain;
    const px = (v: number) => layout.plotLeft + ((v - d0) / (d1 - d0)) * (layout.plotRight - layout.plotLeft);
    const lgps = layout.rowById.get('lgps')!;
    const zhu = lgps.bars.find((b) => b.source === 'zhu2015')!;
    expectNear(zhu.x0, px(1.71), 1e-9);
    expectNear(zhu.x1, px(2.14), 1e-9);
    const exp = lgps.bars.find((b) => b.source === 'experiment')!;
    expectNear(exp.x1, px(4.8), 1e-9);
    // 0 V (the Li/Li+ reference) and the axis ends.
    expectNear(layout.zeroX!, px(0), 1e-9);
    expectNear(layout.x(d0), layout.plotLeft, 1e-9);
    expectNear(layout.x(d1), layout.plotRight, 1e-9);
  });

  it('spans a nice domain from 0 V (or below) to the highest oxidation limit', () => {
    // LiF's 6.4 V (Richards 2016) is the highest limit; the domain rounds out to 6.5 V.
    expect(layout.domain).toEqual([0, 6.5]);
    // Zhu 2015 only: LAGP's 4.27 V is the highest.
    expect(potentialDomain(rows, ['zhu2015'])).toEqual([0, 4.5]);
    expect(potentialDomain(rows, ['zhu2015'], [-0.3, 5.3])).toEqual([-0.5, 5.5]);
    expect(layout.ticks.map((t) => t.value)).toContain(0);
  });

  it('groups rows: solid electrolytes, then binary compounds, then coatings and interphase phases', () => {
    const groups = layout.lines.filter((l) => l.kind === 'group');
    expect(groups.map((g) => [g.label, g.kind === 'group' && g.count])).toEqual([
      ['Solid electrolytes', 6],
      ['Binary lithium compounds', 3],
      ['Coatings and interphase phases', 2],
    ]);
    const groupOfLine = layout.lines.map((l) => l.group);
    // Lines of a group are contiguous and in the group order.
    expect(groupOfLine).toEqual(
      [...groupOfLine].sort(
        (a, b) =>
          ['electrolyte', 'binary', 'coating'].indexOf(a) - ['electrolyte', 'binary', 'coating'].indexOf(b),
      ),
    );
  });

  it('stacks one bar per shown source in source order, and lines never overlap', () => {
    const lgps = layout.rowById.get('lgps')!;
    expect(lgps.bars.map((b) => b.source)).toEqual(['zhu2015', 'richards2016', 'experiment']);
    for (let i = 1; i < lgps.bars.length; i++)
      expect(lgps.bars[i]!.y).toBeGreaterThan(lgps.bars[i - 1]!.y + lgps.bars[i - 1]!.height);
    for (let i = 1; i < layout.lines.length; i++) {
      const prev = layout.lines[i - 1]!;
      expect(layout.lines[i]!.y).toBeGreaterThanOrEqual(prev.y + prev.height);
    }
    expect(layout.height).toBeGreaterThanOrEqual(layout.lines.at(-1)!.y + layout.lines.at(-1)!.height);
    expect(layout.bars.map((b) => b.index)).toEqual(layout.bars.map((_, i) => i));
  });

  it('sorts within each group by name, reduction, oxidation or width', () => {
    const electrolytes = (sort: 'name' | 'reduction' | 'oxidation' | 'width') =>
      rowsOf(layoutStabilityChart(rows, { width: 960, sources: ['zhu2015'], sort }))
        .filter((r) => r.group === 'electrolyte')
        .map((r) => r.id);
    expect(electrolytes('name')).toEqual(['lagp', 'lgps', 'li3ps4', 'lipon', 'llzo']);
    // Zhu 2015 reduction limits: LLZO 0.05, LiPON 0.68, LGPS 1.71 = Li3PS4 1.71 (name breaks the tie), LAGP 2.70.
    expect(electrolytes('reduction')).toEqual(['llzo', 'lipon', 'lgps', 'li3ps4', 'lagp']);
    // Oxidation limits, highest first: LAGP 4.27, LLZO 2.91, LiPON 2.63, Li3PS4 2.31, LGPS 2.14.
    expect(electrolytes('oxidation')).toEqual(['lagp', 'llzo', 'lipon', 'li3ps4', 'lgps']);
    // Widths, widest first: LLZO 2.86, LiPON 1.95, LAGP 1.57, Li3PS4 0.60, LGPS 0.43.
    expect(electrolytes('width')).toEqual(['llzo', 'lipon', 'lagp', 'li3ps4', 'lgps']);
  });

  it('sorts a material by the first shown source it has, never by a mix', () => {
    const a: StabilityRowInput = {
      id: 'a',
      label: 'A',
      name: 'A',
      formula: 'A',
      group: 'electrolyte',
      className: 'oxide',
      windows: [
        {
          source: 'zhu2015',
          label: 'z',
          reductionV: 2,
          oxidationV: 3,
          unit: 'V',
          method: 'calculated',
          refs: ['r'],
        },
        {
          source: 'experiment',
          label: 'e',
          reductionV: 0,
          oxidationV: 5,
          unit: 'V',
          method: 'measured',
          refs: ['r'],
        },
      ],
    };
    const b: StabilityRowInput = {
      ...a,
      id: 'b',
      label: 'B',
      windows: [{ ...a.windows[1]!, reductionV: 1 }],
    };
    expect(sortRows([a, b], 'reduction', SOURCE_ORDER).map((r) => r.id)).toEqual(['b', 'a']);
    expect(sortRows([a, b], 'reduction', ['experiment']).map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('fits a phone: compact columns, names truncated to their column, plot still wide', () => {
    const phone = layoutStabilityChart(rows, { width: 358, sources: ALL, sort: 'name' });
    expect(phone.isCompact).toBe(true);
    expect(phone.showsVerdictText).toBe(false);
    expect(phone.hasNamesAbove).toBe(true);
    expect(phone.plotRight - phone.plotLeft).toBeGreaterThan(200);
    expect(phone.verdictX + 2 * phone.fontSize).toBeLessThanOrEqual(phone.width);
    const wide = layoutStabilityChart(rows, { width: 1800, sources: ALL, sort: 'name' });
    expect(wide.showsVerdictText).toBe(true);
    expect(wide.fontSize).toBeGreaterThan(phone.fontSize);
  });

  it('shows source tags only when more than one source is overlaid', () => {
    expect(layout.showsSourceTags).toBe(true);
    expect(
      layoutStabilityChart(rows, { width: 960, sources: ['zhu2015'], sort: 'name' }).showsSourceTags,
    ).toBe(false);
  });
});

describe('visibleLineRange', () => {
  it('returns the lines overlapping a vertical band', () => {
    const layout = layoutStabilityChart(rows, { width: 960, sources: ALL, sort: 'name' });
    const [s, e] = visibleLineRange(layout.lines, 0, 1e6);
    expect([s, e]).toEqual([0, layout.lines.length]);
    const third = layout.lines[3]!;
    const [s2, e2] = visibleLineRange(layout.lines, third.y + 1, third.y + 2);
    expect(layout.lines.slice(s2, e2)).toEqual([third]);
    expect(visibleLineRange(layout.lines, 1e7, 1e7 + 10)).toEqual([layout.lines.length, layout.lines.length]);
  });
});
