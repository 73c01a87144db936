// @vitest-environment node
import { citationRuns } from '../../src/domain/prose-citations';

const known = new Set(['cheng-2017a', 'ren-2015', 'porz-2017']);
const isRef = (id: string) => known.has(id);

describe('citationRuns', () => {
  it('turns a parenthesis of known reference ids into one citation run', () => {
    expect(
      citationRuns('Li penetrates LLZO (cheng-2017a, ren-2015); flaws start it (porz-2017).', isRef),
    ).toEqual([
      { text: 'Li penetrates LLZO' },
      { refs: ['cheng-2017a', 'ren-2015'] },
      { text: '; flaws start it' },
      { refs: ['porz-2017'] },
      { text: '.' },
    ]);
  });
  it('leaves other parentheses and unknown ids as text', () => {
    const text = 'Al-doped (x ≈ 0.2) as reported (smith-2099, ren-2015).';
    expect(citationRuns(text, isRef)).toEqual([{ text }]);
  });
  it('returns the text alone when there is no citation', () => {
    expect(citationRuns('no citations here', isRef)).toEqual([{ text: 'no citations here' }]);
  });
});
