// @vitest-environment node
import { formulaRuns, formulaUnicode } from '../../src/domain/formula';

const show = (f: string) =>
  formulaRuns(f)
    .map((r) => (r.isSubscript ? `_{${r.text}}` : r.text))
    .join('');

describe('formulaRuns', () => {
  it.each([
    ['Li10GeP2S12', 'Li_{10}GeP_{2}S_{12}'],
    ['Li7La3Zr2O12', 'Li_{7}La_{3}Zr_{2}O_{12}'],
    ['Li1.5Al0.5Ge1.5(PO4)3', 'Li_{1.5}Al_{0.5}Ge_{1.5}(PO_{4})_{3}'],
    ['75Li2S-25P2S5', '75Li_{2}S-25P_{2}S_{5}'],
    ['LiNi0.5Mn1.5O4', 'LiNi_{0.5}Mn_{1.5}O_{4}'],
    ['Li1-xAlxGe2-x(PO4)3', 'Li_{1-x}Al_{x}Ge_{2-x}(PO_{4})_{3}'],
    ['LiF', 'LiF'],
    ['PEO–LiTFSI', 'PEO–LiTFSI'],
  ])('renders %s as %s', (formula, expected) => {
    expect(show(formula)).toBe(expected);
  });

  it('writes Unicode subscripts for plain text', () => {
    expect(formulaUnicode('Li3PS4')).toBe('Li₃PS₄');
  });
});

describe('formulaRuns with typographic minus signs', () => {
  it('subscripts "7−3x" written with U+2212', () => {
    expect(show('Li7−3xAlxLa3Zr2O12')).toBe('Li_{7−3x}Al_{x}La_{3}Zr_{2}O_{12}');
  });
});
