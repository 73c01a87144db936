import { describe, expect, it } from 'vitest';
import { classificationRows } from '../../src/domain/classifier';
import { csvNumber, parseCsv } from '../../src/domain/csv';
import { classificationCsv, windowsCsv } from '../../src/domain/table-csv';
import { loadKnowledgeBase } from '../../src/kb/load';
import { RAW_KB } from '../../src/kb/raw';

const loaded = loadKnowledgeBase(RAW_KB);
if (!loaded.ok) throw new Error('knowledge base does not load');
const { kb, index } = loaded;
const doiOf = (id: string) => index.references.get(id)?.doi ?? undefined;

/** Parses a CSV and returns a cell reader by row id and header. */
function table(text: string) {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error('no header');
  const cell = (row: string[] | undefined, name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`no column "${name}" in ${header.join(' | ')}`);
    return row?.[i];
  };
  return { header, rows, cell };
}

describe('classification table CSV', { timeout: 60_000 }, () => {
  const rows = classificationRows(
    kb.electrolytes,
    index.electrodes.get('li-metal'),
    index.electrodes.get('nmc811'),
    'zhu2015',
    index.phases,
    {},
  );
  const { header, rows: lines, cell } = table(classificationCsv(rows, 'NMC811', doiOf));
  const llzo = lines.find((l) => l[0] === 'llzo');

  it('has one line per electrolyte and units in the headers', () => {
    expect(lines).toHaveLength(kb.electrolytes.length);
    expect(header).toContain('reduction limit (V vs Li/Li+)');
    expect(header).toContain('oxidation limit (V vs Li/Li+)');
    expect(header).toContain('predicted type vs NMC811');
  });

  it("writes LLZO's Zhu 2015 window as numbers with its method, reference and DOI", () => {
    // data/electrolytes.json llzo, zhu2015: 0.05–2.91 V, calculated, zhu-2015 (10.1021/acsami.5b07517)
    expect(cell(llzo, 'reduction limit (V vs Li/Li+)')).toBe('0.05');
    expect(csvNumber(cell(llzo, 'oxidation limit (V vs Li/Li+)'))).toBe(2.91);
    expect(csvNumber(cell(llzo, 'window width (V)'))).toBe(2.86);
    expect(cell(llzo, 'window method')).toBe('calculated');
    expect(cell(llzo, 'window refs')).toBe('zhu-2015');
    expect(cell(llzo, 'window DOI')).toBe('10.1021/acsami.5b07517');
    expect(cell(llzo, 'window source')).toBe('Zhu et al. 2015 (calc.)');
  });

  it('writes types as numbers and the observed type of LLZO (type 3, stable)', () => {
    expect(cell(llzo, 'observed type vs Li metal')).toBe('3');
    const predicted = cell(llzo, 'predicted type vs Li metal');
    expect(['1', '2', '3', 'undetermined']).toContain(predicted);
    for (const l of lines) {
      const phi = cell(l, 'electronic volume fraction of products vs Li metal (fraction)') ?? '';
      if (phi !== '') expect(csvNumber(phi)).toBeGreaterThanOrEqual(0);
      expect(phi).not.toMatch(/%|×/);
    }
  });
});

describe('stability windows table CSV', () => {
  const llzo = index.electrolytes.get('llzo');
  if (!llzo) throw new Error('no llzo');
  const { rows: lines, cell } = table(
    windowsCsv([{ id: 'llzo', label: 'LLZO', windows: llzo.windows }], 0, 4.3, doiOf),
  );

  it('writes one line per window with numbers, method, refs and DOI', () => {
    expect(lines).toHaveLength(llzo.windows.length);
    const zhu = lines.find((l) => cell(l, 'window source') === 'Zhu et al. 2015 (calc.)');
    expect(csvNumber(cell(zhu, 'reduction limit (V vs Li/Li+)'))).toBe(0.05);
    expect(csvNumber(cell(zhu, 'oxidation limit (V vs Li/Li+)'))).toBe(2.91);
    expect(cell(zhu, 'window DOI')).toBe('10.1021/acsami.5b07517');
    expect(csvNumber(cell(zhu, 'cathode potential (V vs Li/Li+)'))).toBe(4.3);
    // 0 V is below 0.05 V and 4.3 V above 2.91 V
    expect(cell(zhu, 'verdict')).toBe('reduced at the anode and oxidised at the cathode');
    const richards = lines.find((l) => cell(l, 'window source') === 'Richards et al. 2016 (calc.)');
    expect(csvNumber(cell(richards, 'reduction limit (V vs Li/Li+)'))).toBe(0.06);
    expect(csvNumber(cell(richards, 'oxidation limit (V vs Li/Li+)'))).toBe(3.11);
  });
});
