import { matchesPrerenderWidth } from '../../src/components/prerender-env';

describe('media queries in the build-time render (a 390 px phone)', () => {
  it('answers max-width and min-width at 390 px', () => {
    expect(matchesPrerenderWidth('(max-width: 700px)')).toBe(true);
    expect(matchesPrerenderWidth('(max-width: 390px)')).toBe(true);
    expect(matchesPrerenderWidth('(max-width: 389px)')).toBe(false);
    expect(matchesPrerenderWidth('(min-width: 1800px)')).toBe(false);
    expect(matchesPrerenderWidth('(min-width: 390px)')).toBe(true);
  });

  it('matches a list when any part matches, and a part only when all its features do', () => {
    expect(matchesPrerenderWidth('(max-width: 640px), (min-width: 1800px)')).toBe(true);
    expect(matchesPrerenderWidth('(min-width: 700px), (min-width: 1800px)')).toBe(false);
    expect(matchesPrerenderWidth('(min-width: 300px) and (max-width: 400px)')).toBe(true);
    expect(matchesPrerenderWidth('(min-width: 400px) and (max-width: 500px)')).toBe(false);
  });

  it('does not match other features (they cannot be answered without a screen)', () => {
    expect(matchesPrerenderWidth('(prefers-color-scheme: dark)')).toBe(false);
    expect(matchesPrerenderWidth('(max-width: 700px) and (orientation: portrait)')).toBe(false);
    expect(matchesPrerenderWidth('print')).toBe(false);
  });
});
