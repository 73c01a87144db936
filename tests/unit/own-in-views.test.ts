import { describe, expect, it } from 'vitest';
import { customDraftFromOwn } from '../../src/domain/classifier';
import { MY_GARNET } from '../fixtures/own-material';
import { ownMaterialSummary, type OwnMaterial } from '../../src/domain/own-materials';
import { ownStabilityRows } from '../../src/domain/stability-rows';

const base: OwnMaterial = {
  ...MY_GARNET,
  quantities: {
    molarVolume: { value: 259.8, unit: 'cm³/mol', method: 'calculated', refs: [], ownSource: 'XRD cell' },
  },
};
const noWindow: OwnMaterial = { ...base, id: 'my-other', name: 'My other', window: undefined };

describe('own materials in the stability chart', () => {
  it('adds the ones with a window after the KB rows, labelled as the user’s', () => {
    const rows = ownStabilityRows([ownMaterialSummary(base), ownMaterialSummary(noWindow)]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: 'my-garnet',
      label: 'My garnet (yours)',
      group: 'electrolyte',
      className: 'oxide',
      isOwn: true,
    });
    expect(rows[0]?.windows.map((w) => [w.reductionV, w.oxidationV])).toEqual([[0.05, 2.9]]);
  });
});

describe('own materials in the classifier', () => {
  it('start the custom form with their window and molar volume and one empty product to fill', () => {
    const summary = ownMaterialSummary(base);
    if (summary.source.kind !== 'electrolyte') throw new Error('not an electrolyte');
    const draft = customDraftFromOwn(summary.source.record);
    expect(draft).toMatchObject({
      name: 'My garnet',
      reductionV: '0.05',
      oxidationV: '2.9',
      molarVolume: '259.8',
    });
    expect(draft.reductionProducts).toHaveLength(1);
    expect(draft.reductionProducts[0]?.name).toBe('');
    expect(draft.oxidationProducts).toEqual([]);
  });

  it('leave the window empty when the material has none (the user types it)', () => {
    const summary = ownMaterialSummary(noWindow);
    if (summary.source.kind !== 'electrolyte') throw new Error('not an electrolyte');
    expect(customDraftFromOwn(summary.source.record)).toMatchObject({ reductionV: '', oxidationV: '' });
  });
});
