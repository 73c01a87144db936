// @vitest-environment node
import { isFormulaToken, proseRuns } from '../../src/domain/prose-formulas';

describe('isFormulaToken', () => {
  it.each(['Li2S', 'Li3P', 'Li10GeP2S12', 'Li1.5Al0.5Ge1.5(PO4)3', '75Li2S', 'LiNbO3', 'Li15Ge4', 'P2S5'])(
    'accepts %s',
    (t) => expect(isFormulaToken(t)).toBe(true),
  );
  it.each(['NMC811', 'LLZO', '7Li', '3D', 'LGPS', 'Li', 'A1', 'Figure', '2019', 'Li)2('])('rejects %s', (t) =>
    expect(isFormulaToken(t)).toBe(false),
  );
});

describe('proseRuns', () => {
  it('marks only the formulas in a sentence', () => {
    expect(proseRuns('LGPS is reduced to Li2S, Li3P and Li15Ge4 at 0 V (NMC811 is not a formula).')).toEqual([
      { text: 'LGPS is reduced to ', isFormula: false },
      { text: 'Li2S', isFormula: true },
      { text: ', ', isFormula: false },
      { text: 'Li3P', isFormula: true },
      { text: ' and ', isFormula: false },
      { text: 'Li15Ge4', isFormula: true },
      { text: ' at 0 V (NMC811 is not a formula).', isFormula: false },
    ]);
  });
  it('marks a formula that closes a parenthesis, leaving the bracket as text', () => {
    expect(proseRuns('(measured; Li4Ti5O12 → Li7Ti5O12); Li1.5Al0.5Ge1.5(PO4)3]')).toEqual([
      { text: '(measured; ', isFormula: false },
      { text: 'Li4Ti5O12', isFormula: true },
      { text: ' → ', isFormula: false },
      { text: 'Li7Ti5O12', isFormula: true },
      { text: '); ', isFormula: false },
      { text: 'Li1.5Al0.5Ge1.5(PO4)3', isFormula: true },
      { text: ']', isFormula: false },
    ]);
  });
  it('leaves text without formulas as one run', () => {
    expect(proseRuns('A garnet electrolyte.')).toEqual([{ text: 'A garnet electrolyte.', isFormula: false }]);
  });
});
