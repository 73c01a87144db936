// @vitest-environment node
import { parseCsv } from '../../src/domain/csv';
import { columnsById, toCsv, toJsonRows } from '../../src/domain/material-table';
import { listMaterials } from '../../src/domain/materials';
import {
  checkCsv,
  checkJson,
  type ImportContext,
  ownMaterialSummary,
  validateOwnMaterial,
} from '../../src/domain/own-materials';
import { loadKnowledgeBase } from '../../src/kb/load';
import { RAW_KB } from '../../src/kb/raw';

const loaded = loadKnowledgeBase(RAW_KB);
if (!loaded.ok) throw new Error('knowledge base does not load');
const { kb, index } = loaded;
const ctx: ImportContext = {
  kbMaterialIds: new Set(listMaterials(kb).map((m) => m.id)),
  ownIds: new Set(['mine-old']),
  referenceDoi: (id) => index.references.get(id)?.doi,
  isReference: (id) => index.references.has(id),
};
const ALL = columnsById([
  'formula',
  'class',
  'family',
  'sigma',
  'sigmae',
  'window',
  'itype',
  'shear',
  'youngs',
  'kic',
  'vm',
]);
const HEADER =
  'id,name,kind,Formula,Class,Ionic conductivity (RT) (S/cm),Ionic conductivity (RT) method,Ionic conductivity (RT) refs,Ionic conductivity (RT) DOI';

describe('own materials: import checks', () => {
  it('accepts a good CSV row with an own measurement and lists bad rows by row and field', () => {
    const csv = [
      HEADER,
      'my-llzo,My LLZO,electrolyte,Li7La3Zr2O12,oxide,0.0005,measured,own measurement: EIS at 25 °C,',
      'llzo,Copy of LLZO,electrolyte,Li7La3Zr2O12,oxide,0.0005,measured,murugan-2007,',
      'my-bad,Bad,electrolyte,LiX,halide,abc,guessed,,',
      'my-nosrc,No source,electrolyte,LiY,sulfide,0.001,measured,,',
    ].join('\n');
    const { rows, fileProblem } = checkCsv(csv, ctx);
    expect(fileProblem).toBeNull();
    expect(rows[0]?.problems).toEqual([]);
    expect(rows[0]?.material?.quantities.ionicConductivity).toEqual({
      value: 0.0005,
      unit: 'S/cm',
      method: 'measured',
      refs: [],
      ownSource: 'EIS at 25 °C',
    });
    expect(rows[1]?.problems).toEqual([
      { field: 'id', message: '“llzo” is a material of the knowledge base: give yours another id' },
    ]);
    expect(rows[2]?.problems.map((p) => p.field)).toEqual([
      'Ionic conductivity (RT) (S/cm)',
      'Class',
      'Ionic conductivity (RT)',
      'Ionic conductivity (RT)',
    ]);
    expect(rows[2]?.problems[0]?.message).toBe('“abc” is not a number');
    expect(rows[3]?.problems).toEqual([
      {
        field: 'Ionic conductivity (RT)',
        message: 'needs a source: a reference id of the knowledge base, a DOI, or “own measurement”',
      },
    ]);
  });

  it('checks values with the knowledge base’s ranges and units', () => {
    const csv = [HEADER, 'my-x,X,electrolyte,LiX,oxide,-1,measured,murugan-2007,'].join('\n');
    const [row] = checkCsv(csv, ctx).rows;
    expect(row?.problems[0]?.field).toBe('Ionic conductivity (RT)');
    expect(row?.problems[0]?.message).toMatch(/^value: /);
  });

  it('rejects a second row with the same id and an id the user already has', () => {
    const csv = [
      HEADER,
      'my-a,A,electrolyte,LiA,oxide,0.001,measured,own measurement,',
      'my-a,A again,electrolyte,LiA,oxide,0.001,measured,own measurement,',
      'mine-old,Old,electrolyte,LiB,oxide,0.001,measured,own measurement,',
    ].join('\n');
    const rows = checkCsv(csv, ctx).rows;
    expect(rows.map((r) => r.problems.map((p) => p.message))).toEqual([
      [],
      ['“my-a” is used already by row 1'],
      ['you already have a material “mine-old”'],
    ]);
  });

  it('names a broken file instead of its rows', () => {
    expect(checkCsv('id,name\n"open', ctx).fileProblem).toBe('line 2: a quoted cell never ends');
    expect(checkJson('{', ctx).fileProblem).toMatch(/^not valid JSON/);
    expect(checkJson('{}', ctx).fileProblem).toBe('the file must hold a list of materials ([ … ])');
  });

  it('round trip: the table’s CSV and JSON of own materials import to the same materials and export unchanged', () => {
    const csv = [
      'id,name,kind,Formula,Class,Family,Ionic conductivity (RT) min (S/cm),Ionic conductivity (RT) max (S/cm),Ionic conductivity (RT) method,Ionic conductivity (RT) refs,Shear modulus (GPa),Shear modulus method,Shear modulus refs,Shear modulus DOI,Stability window reduction (V vs Li/Li⁺),Stability window oxidation (V vs Li/Li⁺),Stability window source,Stability window method,Stability window refs,Interface type with Li',
      'my-garnet,My garnet,electrolyte,Li6.4La3Zr1.4Ta0.6O12,oxide,garnet,0.0002,0.0008,measured,murugan-2007,55,measured,own measurement: nanoindentation,10.1234/abc.5,0.05,4.5,experiment,measured,own measurement,3',
    ].join('\n');
    const first = checkCsv(csv, ctx).rows.map((r) => r.material);
    expect(first[0]).not.toBeNull();
    const own = first.flatMap((m) => (m ? [ownMaterialSummary(m)] : []));
    const doiOf = (id: string) => index.references.get(id)?.doi ?? undefined;
    const exported = toCsv(own, ALL, doiOf);
    const again = checkCsv(exported, ctx).rows.map((r) => r.material);
    expect(again).toEqual(first);
    expect(
      toCsv(
        again.flatMap((m) => (m ? [ownMaterialSummary(m)] : [])),
        ALL,
        doiOf,
      ),
    ).toBe(exported);
    // Numbers stay numbers in the export.
    const [h, line] = parseCsv(exported);
    expect(line?.[h?.indexOf('Shear modulus (GPa)') ?? -1]).toBe('55');

    const json = JSON.stringify(toJsonRows(own, ALL));
    const fromJson = checkJson(json, ctx).rows;
    expect(fromJson.map((r) => r.problems)).toEqual([[]]);
    expect(fromJson.map((r) => r.material)).toEqual(first);
    expect(
      JSON.stringify(
        toJsonRows(
          fromJson.flatMap((r) => (r.material ? [ownMaterialSummary(r.material)] : [])),
          ALL,
        ),
      ),
    ).toBe(json);
  });

  it('validateOwnMaterial reports a corrupt stored value in words, never throws', () => {
    expect(validateOwnMaterial(null)).toEqual({ error: 'is not a material' });
    expect(
      validateOwnMaterial({
        id: 'x',
        name: 'X',
        formula: 'LiX',
        class: 'oxide',
        quantities: { shearModulus: { value: 'big' } },
      }),
    ).toHaveProperty('error');
    const ok = checkCsv(
      [HEADER, 'my-ok,OK,electrolyte,LiO,oxide,0.001,measured,own measurement,'].join('\n'),
      ctx,
    ).rows[0]?.material;
    expect(validateOwnMaterial(JSON.parse(JSON.stringify(ok)))).toEqual({ value: ok });
  });
});
