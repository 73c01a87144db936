// @vitest-environment node
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  deltaE2000,
  labOfLinear,
  linearRgb,
  seenDifference,
  simulate,
  VISIONS,
} from '../../src/domain/colour';

/** The value of `property` in the first rule whose selector is exactly `selector`. */
function cssValue(css: string, selector: string, property: string): string {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const rule = new RegExp(`(?:^|\\})\\s*${escaped}\\s*\\{([^}]*)\\}`, 'm').exec(css);
  const value = rule?.[1]
    ? new RegExp(`(?:^|;|\\s)${property}:\\s*(#[0-9a-fA-F]{3,6})`).exec(rule[1])?.[1]
    : undefined;
  if (!value) throw new Error(`no ${property} in ${selector}`);
  return value;
}

// Read as a file: Vitest hands stylesheets to modules as empty strings.
const mechanismsCss = readFileSync(
  new URL('../../src/views/mechanisms/mechanisms.css', import.meta.url),
  'utf8',
);
const appCss = readFileSync(new URL('../../src/styles.css', import.meta.url), 'utf8');

describe('CIEDE2000 and the dichromacy simulation', () => {
  it('deltaE2000 reproduces Sharma et al. 2005, pairs 1 and 7', () => {
    expect(deltaE2000({ L: 50, a: 2.6772, b: -79.7751 }, { L: 50, a: 0, b: -82.7485 })).toBeCloseTo(
      2.0425,
      4,
    );
    expect(deltaE2000({ L: 50, a: 0, b: 0 }, { L: 50, a: -1, b: 2 })).toBeCloseTo(2.3669, 4);
  });
  it('white is L* 100, a* b* 0; a grey looks the same to every dichromat', () => {
    const white = labOfLinear(linearRgb('#ffffff'));
    expect(white.L).toBeCloseTo(100, 3);
    expect(Math.abs(white.a) + Math.abs(white.b)).toBeLessThan(0.01);
    for (const v of VISIONS) expect(seenDifference('#777777', '#777777', v)).toBeCloseTo(0, 6);
    // Machado's matrices keep neutral colours neutral (rows sum to 1).
    const grey = simulate(linearRgb('#808080'), 'deuteranopia');
    expect(grey[0]).toBeCloseTo(grey[1], 3);
  });
  it('the old Monroe–Newman pair (green #1b7f3b, red #b42318) nearly merges for a deuteranope', () => {
    expect(seenDifference('#1b7f3b', '#b42318', 'normal')).toBeGreaterThan(50);
    expect(seenDifference('#1b7f3b', '#b42318', 'deuteranopia')).toBeLessThan(10);
  });
});

describe('chart series stay apart under every simulation (ΔE00, measured on the stylesheets)', () => {
  const MIN = 20;
  it(`Monroe–Newman: criterion met vs not met differ by ΔE00 ≥ ${MIN} for normal, protan, deutan and tritan vision`, () => {
    const met = cssValue(mechanismsCss, '.mn-row.is-met .mn-dot', 'fill');
    const notMet = cssValue(mechanismsCss, '.mn-row.is-not-met .mn-dot', 'fill');
    for (const v of VISIONS) expect(seenDifference(met, notMet, v), v).toBeGreaterThanOrEqual(MIN);
  });
  it('x-y plots on the dark theme: the lighter tones differ by ΔE00 ≥ 20 pairwise in every simulation', () => {
    const tones = ['primary', 'secondary', 'danger', 'ok', 'warn'].map((t) =>
      cssValue(appCss, `[data-theme="dark"] .xy-tone-${t}`, '--tone'),
    );
    for (let i = 0; i < tones.length; i++)
      for (let j = i + 1; j < tones.length; j++)
        for (const v of VISIONS)
          expect(seenDifference(tones[i]!, tones[j]!, v), `${i}/${j} ${v}`).toBeGreaterThanOrEqual(20);
  });
  it('x-y plots: the tones drawn together (primary, secondary, danger, ok, warn) differ by ΔE00 ≥ 20 pairwise in every simulation', () => {
    const tones = ['primary', 'secondary', 'danger', 'ok', 'warn'].map(
      (t) => [t, cssValue(mechanismsCss, `.xy-tone-${t}`, '--tone')] as const,
    );
    const low: string[] = [];
    for (let i = 0; i < tones.length; i++)
      for (let j = i + 1; j < tones.length; j++)
        for (const v of VISIONS) {
          const d = seenDifference(tones[i]![1], tones[j]![1], v);
          if (d < 20) low.push(`${tones[i]![0]}/${tones[j]![0]} ${v}: ${d.toFixed(1)}`);
        }
    expect(low).toEqual([]);
  });
});
