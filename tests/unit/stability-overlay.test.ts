// @vitest-environment node
import { formulaUnicode } from '../../src/domain/formula';
import {
  coatingSummary,
  electrodePotentialV,
  isOxidisedAt,
  isReducedAt,
  pickElectrode,
  verdictOf,
} from '../../src/domain/electrode-overlay';
import { stabilityRowsFromKb, sourcesIn } from '../../src/domain/stability-rows';
import { markerKeyStep } from '../../src/charts/stability/marker-drag';
import { loadKnowledgeBase } from '../../src/kb/load';
import type { Electrode, KnowledgeBase } from '../../src/kb/schema';
import { windowsKb } from '../fixtures/windows-fixture';

function kb(): KnowledgeBase {
  const r = loadKnowledgeBase(windowsKb());
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.kb;
}

describe('verdictOf', () => {
  it.each([
    // window           anode  cathode  verdict
    [[1.71, 2.14], 0, 4.3, 'reduced-and-oxidised'],
    [[0.05, 2.91], 0, 2.5, 'reduced'],
    [[0, 6.4], 0, 4.3, 'stable'],
    [[0.6, 4.2], 1, 4.3, 'oxidised'],
    [[0.6, 4.3], 0.6, 4.3, 'stable'],
  ] as const)(
    'window %j between %d V and %d V is %s',
    ([reductionV, oxidationV], anodeV, cathodeV, verdict) => {
      expect(verdictOf({ reductionV, oxidationV }, anodeV, cathodeV)).toBe(verdict);
    },
  );

  it('treats a limit equal to the electrode potential as stable (the limit is inclusive)', () => {
    expect(isReducedAt({ reductionV: 0, oxidationV: 2 }, 0)).toBe(false);
    expect(isOxidisedAt({ reductionV: 0, oxidationV: 2 }, 2)).toBe(false);
  });
});

describe('the stability windows of the fixture against Li metal and NMC', () => {
  const k = kb();
  const li = pickElectrode(k.electrodes, 'anode', null)!;
  const nmc = pickElectrode(k.electrodes, 'cathode', null)!;
  const lgps = k.electrolytes.find((e) => e.id === 'lgps')!;

  it('picks Li metal and NMC at its 4.3 V cut-off by default', () => {
    expect(li.id).toBe('li-metal');
    expect(electrodePotentialV(li)).toBe(0);
    expect(nmc.id).toBe('nmc811');
    expect(electrodePotentialV(nmc)).toBe(4.3);
  });

  it('LGPS is reduced at Li metal, by every source', () => {
    for (const w of lgps.windows) expect(isReducedAt(w, electrodePotentialV(li)!)).toBe(true);
  });

  it('an electrolyte whose calculated oxidation limit is below 4.3 V is oxidised at an NMC cut-off of 4.3 V', () => {
    const calculated = k.electrolytes.flatMap((e) =>
      e.windows.filter((w) => w.method === 'calculated' && w.oxidationV < 4.3).map((w) => ({ e, w })),
    );
    expect(calculated.length).toBeGreaterThan(0);
    for (const { w } of calculated) expect(verdictOf(w, 0, electrodePotentialV(nmc)!)).toMatch(/oxidised/);
    // LAGP's 4.27 V is just below the cut-off.
    const lagp = k.electrolytes.find((e) => e.id === 'lagp')!.windows[0]!;
    expect(verdictOf(lagp, 0, 4.3)).toBe('reduced-and-oxidised');
  });

  it('an unknown electrode id falls back to the default of its role', () => {
    expect(pickElectrode(k.electrodes, 'cathode', 'nope')?.id).toBe('nmc811');
    expect(pickElectrode(k.electrodes, 'cathode', 'lco')?.id).toBe('lco');
    expect(pickElectrode(k.electrodes, 'anode', 'lco')?.id).toBe('li-metal');
  });
});

describe('electrodePotentialV', () => {
  const base = { aliases: [], formula: 'X', summary: 's', mechanisms: [] };
  const q = (v: { value?: number; min?: number; max?: number }) => ({
    ...v,
    unit: 'V' as const,
    method: 'measured' as const,
    refs: ['r'],
  });
  it('uses the low end of an anode range and the cut-off (else high end) of a cathode', () => {
    const graphite: Electrode = {
      ...base,
      id: 'g',
      name: 'G',
      role: 'anode',
      potential: q({ min: 0.05, max: 0.25 }),
    };
    const lnmo: Electrode = {
      ...base,
      id: 'l',
      name: 'L',
      role: 'cathode',
      potential: q({ min: 4.6, max: 4.75 }),
    };
    const nmc: Electrode = { ...lnmo, potential: q({ value: 3.8 }), cutoffPotential: q({ value: 4.3 }) };
    expect(electrodePotentialV(graphite)).toBe(0.05);
    expect(electrodePotentialV(lnmo)).toBe(4.75);
    expect(electrodePotentialV(nmc)).toBe(4.3);
  });
});

describe('coatingSummary', () => {
  const k = kb();
  const rows = stabilityRowsFromKb(k);
  const sources = sourcesIn(rows);

  it('names the electrolytes needing an anode-side and a cathode-side coating, with the sources that say so', () => {
    const s = coatingSummary(rows, sources, 0, 4.3);
    const anode = Object.fromEntries(s.anodeSide.map((m) => [m.id, m]));
    expect(Object.keys(anode).sort()).toEqual(['lagp', 'lgps', 'li3ps4', 'lipon', 'llzo']);
    expect(anode.lgps).toMatchObject({
      isUnanimous: true,
      sources: ['zhu2015', 'richards2016', 'experiment'],
    });
    const cathode = Object.fromEntries(s.cathodeSide.map((m) => [m.id, m]));
    // LGPS: both calculations say oxidised at 4.3 V, the experimental window (to 4.8 V) does not.
    expect(cathode.lgps).toMatchObject({ isUnanimous: false, sources: ['zhu2015', 'richards2016'] });
    expect(cathode).not.toHaveProperty('peo-litfsi');
    expect(s.stable.map((m) => m.id)).toEqual(['peo-litfsi']);
    // Binary compounds are never listed as needing a coating; coating phases are candidates.
    expect(s.anodeSide.some((m) => m.id === 'li2s')).toBe(false);
    expect(s.cathodeCoatings.map((m) => m.id)).toEqual([]);
    expect(coatingSummary(rows, sources, 0, 3.7).cathodeCoatings.map((m) => m.id)).toEqual([
      'linbo3',
      'li3po4',
    ]);
  });

  it('follows the sources shown (sources are never mixed)', () => {
    const exp = coatingSummary(rows, ['experiment'], 0, 4.3);
    expect(exp.cathodeSide).toEqual([]);
    expect(exp.anodeSide.map((m) => m.id)).toEqual(['lgps']);
    expect(exp.stable.map((m) => m.label)).toEqual([formulaUnicode('PEO–LiTFSI')]);
  });
});

describe('markerKeyStep', () => {
  it.each([
    ['ArrowRight', false, 4.3, 4.31],
    ['ArrowLeft', false, 4.3, 4.29],
    ['ArrowUp', true, 4.3, 4.4],
    ['PageDown', false, 4.3, 3.8],
    ['Home', false, 4.3, 0],
    ['End', false, 4.3, 7],
    ['ArrowLeft', false, 0, 0],
  ] as const)('%s (shift %s) from %d V gives %d V', (key, shift, from, to) => {
    expect(markerKeyStep(key, shift, from, [0, 7])).toBe(to);
  });
  it('ignores other keys', () => {
    expect(markerKeyStep('a', false, 1, [0, 7])).toBeNull();
  });
});
