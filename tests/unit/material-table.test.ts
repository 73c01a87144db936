// @vitest-environment node
import { compareCsv, compareMaterials } from '../../src/domain/compare';
import {
  activeFilters,
  columnsById,
  explainEmpty,
  groupByKind,
  matchesFilters,
  NO_FILTERS,
  sortMaterials,
  toCsv,
  toJsonRows,
  windowContains,
} from '../../src/domain/material-table';
import { formatScientific } from '../../src/domain/format';
import { listMaterials, type MaterialSummary } from '../../src/domain/materials';
import { parseCsv } from '../../src/domain/csv';
import { loadKnowledgeBase } from '../../src/kb/load';
import { minimalKb, recordsOf } from '../fixtures/kb-minimal';

/** The minimal fixture plus a second electrolyte (a garnet with a wide window) for contrasts. */
function fixture(): MaterialSummary[] {
  const raw = minimalKb();
  const lgps = recordsOf(raw, 'electrolytes')[0];
  recordsOf(raw, 'electrolytes').push({
    ...structuredClone(lgps),
    id: 'llzo',
    name: 'LLZO',
    aliases: ['garnet'],
    formula: 'Li7La3Zr2O12',
    family: 'garnet',
    class: 'oxide',
    ionicConductivity: { min: 1e-4, max: 1e-3, unit: 'S/cm', method: 'measured', refs: ['zhu-2015'] },
    shearModulus: { value: 60, unit: 'GPa', method: 'measured', refs: ['zhu-2015'] },
    windows: [{ ...lgps.windows[0], reductionV: 0.05, oxidationV: 2.91 }],
    interfaceWithLi: { ...lgps.interfaceWithLi, type: 3 },
    reductionAtLi: undefined,
  });
  recordsOf(raw, 'phases')[0].windows = [{ ...lgps.windows[0], reductionV: 0, oxidationV: 2.01 }];
  const result = loadKnowledgeBase(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return listMaterials(result.kb);
}

const ids = (ms: readonly MaterialSummary[]) => ms.map((m) => m.id);
const all = fixture();
const filter = (patch: Partial<typeof NO_FILTERS>) =>
  ids(all.filter((m) => matchesFilters(m, { ...NO_FILTERS, ...patch })));

describe('materials table', () => {
  it('windowContains includes both limits and nothing outside', () => {
    const w = { reductionV: 1.71, oxidationV: 2.14 } as Parameters<typeof windowContains>[0];
    expect([1.7, 1.71, 2, 2.14, 2.15].map((v) => windowContains(w, v))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it.each<[string, Partial<typeof NO_FILTERS>, string[]]>([
    ['shear modulus ≥ 50 GPa', { ranges: { shear: { min: 50, max: null } } }, ['llzo']],
    ['window width ≥ 2.5 V', { ranges: { width: { min: 2.5, max: null } } }, ['llzo']],
    ['window width ≤ 2.1 V', { ranges: { width: { min: null, max: 2.1 } } }, ['lgps', 'li2s']],
    ['interface type 2', { interfaceType: 2 }, ['lgps']],
    ['interface type 3', { interfaceType: 3 }, ['llzo']],
    ['stable at 2.5 V', { stableAtV: 2.5 }, ['llzo']],
    ['stable at 2.0 V', { stableAtV: 2.0 }, ['lgps', 'llzo', 'li2s']],
    ['window reaching 0 V', { vsLithium: 'window' }, ['li2s']],
    ['type 1 or 3 with Li', { vsLithium: 'interface' }, ['llzo']],
    ['class oxide', { classes: ['oxide'] }, ['llzo']],
    ['kind electrode', { kinds: ['electrode'] }, ['li-metal']],
    ['σ ≥ 2e-3 S/cm (range overlap)', { sigmaMin: 2e-3 }, ['lgps']],
    ['σ ≤ 5e-4 S/cm', { sigmaMax: 5e-4 }, ['llzo']],
  ])('filter %s keeps exactly %j', (_name, patch, expected) => {
    expect(filter(patch).sort()).toEqual([...expected].sort());
  });

  it('sorts by a numeric column with missing values last, in both directions', () => {
    expect(ids(sortMaterials(all, 'shear', false))[0]).toBe('llzo');
    expect(ids(sortMaterials(all, 'sigma', true)).slice(0, 2)).toEqual(['lgps', 'llzo']);
    expect(ids(sortMaterials(all, 'sigma', false)).slice(0, 2)).toEqual(['llzo', 'lgps']);
    // LGPS < Lithium metal < Lithium phosphide < Lithium sulfide < LLZO (locale order ignores case)
    expect(ids(sortMaterials(all, 'name', false))).toEqual(['lgps', 'li-metal', 'li3p', 'li2s', 'llzo']);
  });

  it('exports CSV with numbers as numbers, the unit in the header, method, refs and DOI columns', () => {
    const cols = columnsById(['formula', 'sigma', 'window', 'itype']);
    const lgps = all.filter((m) => m.id === 'lgps');
    const [header, line] = parseCsv(
      toCsv(lgps, cols, (id) => (id === 'zhu-2015' ? '10.1021/acsami.5b07517' : undefined)),
    );
    const cells = Object.fromEntries((header ?? []).map((h, i) => [h, line?.[i]]));
    expect(cells).toMatchObject({
      id: 'lgps',
      kind: 'electrolyte',
      Formula: 'Li10GeP2S12',
      'Ionic conductivity (RT) (S/cm)': '',
      'Ionic conductivity (RT) min (S/cm)': '0.001',
      'Ionic conductivity (RT) max (S/cm)': '0.012',
      'Ionic conductivity (RT) method': 'measured',
      'Ionic conductivity (RT) refs': 'zhu-2015',
      'Ionic conductivity (RT) DOI': '10.1021/acsami.5b07517',
      'Stability window reduction (V vs Li/Li⁺)': '1.71',
      'Stability window oxidation (V vs Li/Li⁺)': '2.14',
      'Stability window source': 'zhu2015',
      'Stability window method': 'calculated',
      'Interface type with Li': '2',
    });
    const [row] = toJsonRows(lgps, cols);
    expect(row?.sigma).toMatchObject({
      min: 0.001,
      max: 0.012,
      unit: 'S/cm',
      method: 'measured',
      refs: ['zhu-2015'],
    });
  });
});

describe('materials table: windows, empty results, groups, number format', () => {
  it('"stable at" reads the basis it names: measured windows find what calculated ones miss', () => {
    const raw = all.find((m) => m.id === 'llzo');
    if (!raw || raw.source.kind === 'electrode') throw new Error('fixture');
    const measured = {
      ...raw,
      source: {
        ...raw.source,
        record: {
          ...raw.source.record,
          windows: [
            ...raw.source.record.windows,
            {
              ...raw.source.record.windows[0],
              source: 'experiment',
              method: 'measured',
              reductionV: 0,
              oxidationV: 5,
            },
          ],
        },
      },
    } as MaterialSummary;
    const at43 = (windowBasis: 'preferred' | 'measured' | 'any') =>
      matchesFilters(measured, { ...NO_FILTERS, stableAtV: 4.3, windowBasis });
    expect([at43('preferred'), at43('measured'), at43('any')]).toEqual([false, true, true]);
    expect(activeFilters({ ...NO_FILTERS, stableAtV: 4.3 })[0]?.label).toMatch(
      /^Stable at 4.3 V \(each material’s representative window: calculated/,
    );
  });

  it('explainEmpty names the filter that alone empties the list, with how many it leaves out', () => {
    const f = { ...NO_FILTERS, kinds: ['electrolyte' as const], stableAtV: 4.3 };
    expect(all.filter((m) => matchesFilters(m, f))).toEqual([]);
    const reasons = explainEmpty(all, f);
    expect(reasons.map((r) => [r.filter.id, r.keptWithout])).toEqual([['stableAtV', 2]]);
  });

  it('groupByKind puts solid electrolytes first and keeps the order within a group', () => {
    const sorted = sortMaterials(all, 'name', false);
    expect(groupByKind(sorted).map((g) => [g.kind, ids(g.materials)])).toEqual([
      ['electrolyte', ['lgps', 'llzo']],
      ['electrode', ['li-metal']],
      ['phase', ['li3p', 'li2s']],
    ]);
  });

  it.each([
    [4e-4, '4 × 10⁻⁴'],
    [0.00133, '1.3 × 10⁻³'],
    [0.012, '1.2 × 10⁻²'],
    [1e-10, '10⁻¹⁰'],
    [25, '2.5 × 10¹'],
  ])('formatScientific(%s) is %s: one format for a whole conductivity column', (n, text) => {
    expect(formatScientific(n)).toBe(text);
  });
});

describe('compareMaterials', () => {
  const pair = all.filter((m) => m.id === 'lgps' || m.id === 'llzo');
  const rows = compareMaterials(pair);
  const row = (id: string) => rows.find((r) => r.id === id);

  it('flags a different interface type', () => {
    expect(row('itype')).toMatchObject({ isDifferent: true, reason: 'not the same' });
  });

  it('never flags the formula, which differs between any two materials', () => {
    expect(row('formula')).toMatchObject({ isDifferent: false, reason: null });
    expect(row('class')).toMatchObject({ isDifferent: true });
  });

  it('does not flag conductivities within 10× of each other', () => {
    // LGPS √(1e-3·1.2e-2) ≈ 3.46e-3 vs LLZO √(1e-4·1e-3) ≈ 3.16e-4: ratio ≈ 10.95 → flagged
    expect(row('sigma')?.isDifferent).toBe(true);
    expect(row('sigma')?.cells.map((c) => c.mark)).toEqual(['highest', 'lowest']);
  });

  it('labels a window row by its source and gives each value its method, sources and number format', () => {
    expect(row('zhu2015-reductionV')).toMatchObject({
      label: 'Reduction limit (Zhu 2015)',
      unit: 'V vs Li/Li⁺',
    });
    expect(row('zhu2015-reductionV')?.cells[0]).toMatchObject({ text: '1.71', method: 'calculated' });
    expect(row('sigma')).toMatchObject({ unit: 'S/cm' });
    expect(row('sigma')?.cells.map((c) => [c.text, c.method])).toEqual([
      ['10⁻³–1.2 × 10⁻²', 'measured'],
      ['10⁻⁴–10⁻³', 'measured'],
    ]);
  });

  it('compareCsv writes one line per material and property with numbers as numbers', () => {
    const lines = parseCsv(compareCsv(pair, rows, () => '10.1/x'));
    expect(lines[0]).toEqual([
      'id',
      'name',
      'property',
      'unit',
      'value',
      'min',
      'max',
      'text',
      'method',
      'refs',
      'DOI',
    ]);
    expect(lines).toContainEqual([
      'lgps',
      'LGPS',
      'Ionic conductivity (RT)',
      'S/cm',
      '',
      '0.001',
      '0.012',
      '',
      'measured',
      'zhu-2015',
      '10.1/x',
    ]);
    expect(lines).toContainEqual([
      'llzo',
      'LLZO',
      'Interface type with Li',
      '',
      '',
      '',
      '',
      'Type 3',
      '',
      '',
      '',
    ]);
  });

  it('flags window limits that differ by 0.5 V or more, one row per source', () => {
    expect(row('zhu2015-reductionV')).toMatchObject({ isDifferent: true, reason: 'differ by 1.66 V' });
    expect(row('zhu2015-oxidationV')).toMatchObject({ isDifferent: true, reason: 'differ by 0.77 V' });
    expect(rows.filter((r) => r.id.startsWith('richards2016'))).toEqual([]);
  });
});
