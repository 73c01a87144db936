import 'fake-indexeddb/auto';
import { screen } from '@testing-library/react';
import MaterialsContainer from '../../src/views/materials/MaterialsContainer';
import { renderWithApp } from './render';

describe('Material page: the electrodes on the small window chart', () => {
  it('are labelled by the one short name of a material (the formula when it is short and listed)', async () => {
    renderWithApp(<MaterialsContainer />, {
      init: { route: { view: 'materials', recordId: 'lgps' } },
      realKb: true,
    });
    const chart = await screen.findByRole('img', { name: /^Stability windows of/ });
    // shortName: LCO's formula LiCoO2 is one of its aliases, Li-In's formula LiIn too; LTO's formula
    // is long, so its first short capitalised alias; Li metal's formula Li.
    const label = chart.getAttribute('aria-label') ?? '';
    for (const text of [
      'Li at 0.00 V',
      'LiIn at 0.62 V',
      'LTO at 1.55 V',
      'LiCoO2 at 4.20 V',
      'NMC811 at 4.30 V',
    ])
      expect(label).toContain(text);
  });
});
