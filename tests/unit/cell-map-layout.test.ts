import { wrapWords } from '../../src/charts/cell-map/layout';

describe('wrapWords (ring labels of the landing map)', () => {
  it('keeps a short label on one line', () => {
    expect(wrapWords('X-ray tomography', 18)).toEqual(['X-ray tomography']);
  });
  it('breaks a long label on word boundaries, each line within the limit', () => {
    expect(wrapWords('In situ pressure monitoring', 18)).toEqual(['In situ pressure', 'monitoring']);
    expect(wrapWords('Neutron depth profiling', 18)).toEqual(['Neutron depth', 'profiling']);
  });
  it('never splits a word, even one longer than the limit', () => {
    expect(wrapWords('Electrochemical impedance', 10)).toEqual(['Electrochemical', 'impedance']);
  });
});
