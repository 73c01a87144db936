// @vitest-environment node
import { CsvError, csvNumber, parseCsv, tableCsv, writeCsv } from '../../src/domain/csv';

describe('csv', () => {
  it('writeCsv writes numbers as numbers and quotes only what needs it', () => {
    expect(writeCsv([['a', 1e-10, 0.00133, null, 'x, y', 'say "hi"', ' pad']])).toBe(
      'a,1e-10,0.00133,,"x, y","say ""hi"""," pad"\n',
    );
    expect(writeCsv([])).toBe('');
  });

  it('parseCsv reads what writeCsv writes, including quoted commas, quotes and line breaks', () => {
    const rows = [
      ['id', 'note', 'n'],
      ['llzo', 'line one\nline two', '6e-4'],
      ['lgps', 'a "quoted", comma', ''],
    ];
    expect(parseCsv(writeCsv(rows))).toEqual(rows);
  });

  it('parseCsv accepts CRLF, a byte-order mark and a missing final newline, and skips blank lines', () => {
    expect(parseCsv('\ufeffa,b\r\n1,2\r\n\r\n3,4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseCsv('a,""\n')).toEqual([['a', '']]);
  });

  it('parseCsv names the line of an unclosed quote or text after a closing quote', () => {
    expect(() => parseCsv('a,b\n"open,c\n')).toThrow(CsvError);
    expect(() => parseCsv('a,b\n"open,c\n')).toThrow('line 3: a quoted cell never ends');
    expect(() => parseCsv('a\n"x"y\n')).toThrow('line 2: text after a closing quote');
  });

  it.each([
    ['0.00133', 0.00133],
    ['1e-10', 1e-10],
    ['−0.5', -0.5],
    ['2,5', 2.5],
    ['', null],
    ['  ', null],
    ['4 × 10⁻⁴', Number.NaN],
    ['12 GPa', Number.NaN],
  ])('csvNumber(%j) is %s', (cell, n) => {
    expect(csvNumber(cell)).toEqual(n);
  });

  it('tableCsv writes a header row from the columns', () => {
    const csv = tableCsv(
      [
        { header: 'id', value: (r: { id: string; g: number }) => r.id },
        { header: 'G (GPa)', value: (r) => r.g },
      ],
      [{ id: 'llzo', g: 60 }],
    );
    expect(csv).toBe('id,G (GPa)\nllzo,60\n');
  });
});
