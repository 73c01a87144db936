import { describe, expect, it } from 'vitest';
import { formRow, materialForm } from '../../src/domain/own-material-form';
import { MY_GARNET } from '../fixtures/own-material';
import type { OwnMaterial } from '../../src/domain/own-materials';

const stored: OwnMaterial = {
  ...MY_GARNET,
  quantities: {
    shearModulus: { value: 58, unit: 'GPa', method: 'measured', refs: [], ownSource: 'nanoindentation' },
    fractureToughness: { min: 1, max: 1.4, unit: 'MPa·m½', method: 'measured', refs: ['wolfenstine-2013'] },
    electronicConductivity: { value: 1e-8, unit: 'S/cm', method: 'measured', refs: [], ownSource: 'DC' },
  },
};

describe('the own-material form', () => {
  it('starts from the stored material (single values as text, the first value’s method and source)', () => {
    const f = materialForm(stored);
    expect(f).toMatchObject({ id: 'my-garnet', shear: '58', kic: '', reductionV: '0.05', oxidationV: '2.9' });
    expect(f.method).toBe('measured');
    expect(f.source).toBe('nanoindentation');
  });

  it('keeps every value the user did not change exactly as stored, and the fields it does not show', () => {
    const row = formRow(materialForm(stored), stored);
    expect(row.shear).toBe(stored.quantities.shearModulus);
    // The toughness is a range (the form edits single values): an empty box leaves it.
    expect(row.kic).toBe(stored.quantities.fractureToughness);
    expect(row.sigmae).toBe(stored.quantities.electronicConductivity);
    expect(row.window).toBe(stored.window);
  });

  it('gives a changed value the form’s method and source; a DOI and a KB reference are read as such', () => {
    const changed = formRow(
      { ...materialForm(stored), shear: '61', method: 'calculated', source: '10.1021/acsami.5b07517' },
      stored,
    );
    expect(changed.shear).toEqual({
      value: 61,
      unit: 'GPa',
      method: 'calculated',
      refs: [],
      doi: '10.1021/acsami.5b07517',
    });
    const cited = formRow({ ...materialForm(null), vm: '259,8', source: 'ref:zhu-2015' }, null);
    expect(cited.vm).toEqual({ value: 259.8, unit: 'cm³/mol', method: 'measured', refs: ['zhu-2015'] });
  });

  it('a new window takes the method’s source kind; a half-typed one is left for the check to name', () => {
    const row = formRow(
      { ...materialForm(null), reductionV: '0.1', oxidationV: '', method: 'calculated' },
      null,
    );
    expect(row.window).toMatchObject({ source: 'other-calculation', reductionV: 0.1, method: 'calculated' });
    expect(Number.isNaN((row.window as { oxidationV: number }).oxidationV)).toBe(true);
  });
});
