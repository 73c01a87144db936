// @vitest-environment node
import { APP_PARAMS } from '../../src/domain/app-params';
import { nearest, typoDistance } from '../../src/domain/nearest';
import { decodeParams, decodeRoute, normalizeId } from '../../src/domain/url-state';

const params = (q: string) => decodeParams(APP_PARAMS, new URLSearchParams(q));

describe('forgiving permalinks', () => {
  it.each([
    ['/materials/LLZO', 'llzo'],
    ['/materials/llzo.', 'llzo'],
    ['/materials/LLZO).', 'llzo'],
    ['/materials/%20lgps%20', 'lgps'],
  ])('decodeRoute(%s) folds case and strips trailing punctuation to %s', (path, id) => {
    expect(decodeRoute(path)).toEqual({ values: { view: 'materials', recordId: id }, problems: [] });
  });

  it('decodeRoute never throws on a malformed percent-escape and says what it ignored', () => {
    const d = decodeRoute('/materials/llzo%');
    expect(d.values).toEqual({ view: 'materials', recordId: null });
    expect(d.problems).toEqual(['ignored malformed record id “llzo%”']);
  });

  it('keeps the valid part of a list: cmp=llzo,,lgps', () => {
    const d = params('cmp=llzo,,LGPS');
    expect(d.values.compare).toEqual(['llzo', 'lgps']);
    expect(d.problems).toEqual([]);
  });

  it('names every part of a list it drops', () => {
    const d = params('cmp=llzo,no%20such%3F%3F,lgps');
    expect(d.values.compare).toEqual(['llzo', 'lgps']);
    expect(d.problems).toEqual(['ignored “no such” in “cmp”']);
  });

  it('reports an unknown window source with the nearest one (wsrc=zhu)', () => {
    const d = params('wsrc=zhu');
    expect(d.values.windowSources).toEqual([]);
    expect(d.problems).toEqual(['ignored “wsrc=zhu” (not a valid value)']);
    const mixed = params('wsrc=richards2016,zhu');
    expect(mixed.values.windowSources).toEqual(['richards2016']);
    expect(mixed.problems).toEqual(['ignored “zhu” in “wsrc” (did you mean “zhu2015”?)']);
  });

  it('keeps the known columns of a list and names the unknown one', () => {
    const d = params('cols=formula,sigma,sigmaa');
    expect(d.values.columns).toEqual(['formula', 'sigma']);
    expect(d.problems).toEqual(['ignored “sigmaa” in “cols” (did you mean “sigma”?)']);
  });

  it('folds a selected id like a route id', () => {
    expect(params('sel=LGPS.').values.selected).toBe('lgps');
    expect(normalizeId(' Li6PS5Cl, ')).toBe('li6ps5cl');
  });
});

describe('nearest', () => {
  const materials = [
    { id: 'llzo', label: 'LLZO', names: ['LLZO', 'garnet'] },
    { id: 'lgps', label: 'LGPS', names: ['LGPS'] },
    { id: 'llto', label: 'LLTO', names: ['LLTO'] },
  ];
  it.each([
    ['llz', 'llzo'],
    ['lloz', 'llzo'],
    ['lgsp', 'lgps'],
    ['LLTO', 'llto'],
    ['garnett', 'llzo'],
  ])('nearest(%s) is %s', (typed, id) => {
    expect(nearest(typed, materials)?.id).toBe(id);
  });
  it('returns null when nothing is close', () => {
    expect(nearest('unobtainium', materials)).toBeNull();
    expect(nearest('', materials)).toBeNull();
  });
  it('typoDistance counts a transposition as one slip', () => {
    expect(typoDistance('lloz', 'llzo')).toBe(1);
    expect(typoDistance('abc', 'abc')).toBe(0);
    expect(typoDistance('', 'abc')).toBe(3);
  });
});
