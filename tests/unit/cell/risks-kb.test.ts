// @vitest-environment node
/**
 * The cell's risks read their thresholds from the knowledge base (Bucci et al.'s design thresholds
 * in data/mechanisms.json), judge the interface between the two layers of a bilayer electrolyte
 * with the windows view's test, give the same numbers as the void-refill and Monroe–Newman models,
 * and link each model's own section with the inputs they used.
 */
import { describe, expect, it } from 'vitest';
import { assessCell, type CellRisk, decodeDesign, voidRefill } from '../../../src/domain/cell';
import { bucciThresholds } from '../../../src/domain/cell/risks/composite';
import { commonWindows, sharedStableRange } from '../../../src/domain/cell/risks/layers';
import { verdictOf } from '../../../src/domain/electrode-overlay';
import { representative } from '../../../src/domain/materials';
import { loadMonroeNewman } from '../../../src/domain/mechanism-kb-values';
import { MECHANISM_PARAMS } from '../../../src/domain/mechanism-params';
import { monroeNewman } from '../../../src/domain/models';
import { loadKnowledgeBase } from '../../../src/kb/load';
import { RAW_KB } from '../../../src/kb/raw';
import type { Mechanism } from '../../../src/kb/schema';
import type { KbIndex } from '../../../src/kb/structure';
import { linkTarget } from '../../../src/views/cell/link-params';
import { TOPIC_DIAGRAMS } from '../../../src/views/mechanisms/diagrams';
import { expectClose } from '../float';

const loaded = loadKnowledgeBase(RAW_KB);
if (!loaded.ok) throw new Error('the knowledge base does not load');
const { index } = loaded;

function risksOf(text: string, idx: KbIndex = index): Record<string, CellRisk> {
  const r = assessCell(decodeDesign(text).design, idx);
  if (!r.ok) throw new Error(r.error);
  return Object.fromEntries(r.assessment.risks.map((x) => [x.id, x]));
}
const num = (risk: CellRisk, label: string) => {
  const n = risk.numbers.find((x) => x.label.startsWith(label));
  if (!n)
    throw new Error(`no number “${label}” in ${risk.id}: ${risk.numbers.map((x) => x.label).join('; ')}`);
  return n;
};

/** `index` with the measurement `id` of the sse-microcracking record changed (or removed with null). */
function withThreshold(id: string, value: number | null): KbIndex {
  const m = index.mechanisms.get('sse-microcracking') as Mechanism;
  const measurements = (m.measurements ?? []).flatMap((x) =>
    x.id !== id ? [x] : value === null ? [] : [{ ...x, quantity: { ...x.quantity, value } }],
  );
  const mechanisms = new Map(index.mechanisms);
  mechanisms.set(m.id, { ...m, measurements });
  return { ...index, mechanisms };
}

describe('composite: the thresholds of Bucci et al. come from the knowledge base', () => {
  it('reads 7.5 %, 4 J/m² and 15 GPa from sse-microcracking with their source (Bucci et al. 2017)', () => {
    const t = bucciThresholds(index);
    expect(t.maxVolumeChange).toMatchObject({ value: 7.5, unit: '%', refs: ['bucci-2017'] });
    expect(t.minFractureEnergy).toMatchObject({ value: 4, unit: 'J/m²', refs: ['bucci-2017'] });
    expect(t.compliantModulus).toMatchObject({ value: 15, unit: 'GPa', refs: ['bucci-2017'] });
    const r = risksOf('an.li-in_el.li6ps5cl_ca.nmc811').composite!;
    const dv = num(r, 'Bucci threshold: largest |ΔV/V|');
    expect(dv.value).toBe(7.5);
    expect(dv.source).toBe('knowledge base (calculated): sse-microcracking › bucci-expansion-threshold');
    expect(r.refs).toContain('bucci-2017');
  });

  it('Li6PS5Cl around NMC-811: Γ = 0.2² × (1 − 0.3²) / 29.9 × 10³ = 1.22 J/m² < 4 J/m² is named', () => {
    const r = risksOf('an.li-in_el.li6ps5cl_ca.nmc811').composite!;
    expectClose(num(r, 'Fracture energy').value, (0.04e12 * 0.91) / 29.9e9, 1e-9);
    expect(r.explanation).toContain('misses on Γ 1.22 J/m² < 4 J/m²');
    // |ΔV/V| 6.5 % is below 7.5 %, and 29.9 GPa is stiffer than the compliant 15 GPa.
    expect(r.explanation).not.toContain('ΔV/V| 6.5 %');
    expect(r.explanation).not.toContain('≤ 15 GPa');
  });

  it('a different threshold in the KB changes the verdict: 5 % makes NMC-811’s 6.5 % a miss', () => {
    const before = risksOf('an.li-metal_el.llzo_ca.nmc811').composite!;
    expect(before.explanation).toContain('It meets the thresholds of Bucci et al.');
    const after = risksOf('an.li-metal_el.llzo_ca.nmc811', withThreshold('bucci-expansion-threshold', 5))
      .composite!;
    expect(after.explanation).toContain('misses on |ΔV/V| 6.5 % > 5 %');
    expect(num(after, 'Bucci threshold: largest |ΔV/V|').value).toBe(5);
  });

  it('an electrolyte as compliant as 15 GPa is flagged when the KB says so (threshold raised to 30 GPa)', () => {
    const r = risksOf('an.li-in_el.li6ps5cl_ca.nmc811', withThreshold('bucci-compliant-modulus', 30))
      .composite!;
    expect(r.explanation).toContain(
      'E 29.9 GPa ≤ 30 GPa, as compliant as the electrolyte they found more prone to microcracking',
    );
  });

  it('a threshold missing from the KB is left out, and the risk says so', () => {
    const r = risksOf('an.li-metal_el.llzo_ca.nmc811', withThreshold('bucci-fracture-energy-threshold', null))
      .composite!;
    expect(r.notes).toContain(
      'The knowledge base has no smallest fracture energy threshold of Bucci et al.; that check is left out.',
    );
    expect(r.numbers.some((n) => n.label.startsWith('Bucci threshold: smallest fracture energy'))).toBe(
      false,
    );
  });
});

describe('bilayer: the interface between the two electrolyte layers', () => {
  it('Li6PS5Cl | LLZO: Zhu windows 1.71–2.01 V and 0.05–2.91 V overlap from 1.71 to 2.01 V → low', () => {
    const r = risksOf('an.li-metal_el.li6ps5cl.llzo_ca.nmc811')['layer-interface']!;
    expect(r.grade).toBe('low');
    expect(r.headline).toBe('windows overlap');
    expect(num(r, 'Lowest potential at which both').value).toBe(1.71);
    expect(num(r, 'Highest potential at which both').value).toBe(2.01);
    expect(r.place).toBe('electrolyte-interface');
    expect(r.link).toMatchObject({ view: 'windows', query: { wsrc: 'zhu2015' } });
    expect(r.notes.join(' ')).toContain('records no chemical reaction between Li6PS5Cl and LLZO');
  });

  it('LGPS | LAGP: 1.71–2.14 V against 2.70–4.27 V, a 0.56 V gap → high, one layer decomposes', () => {
    const r = risksOf('an.li-metal_el.lgps.lagp_ca.nmc811')['layer-interface']!;
    expect(r.grade).toBe('high');
    expect(r.headline).toBe('no common window');
    expect(r.explanation).toContain(
      'LAGP is reduced below 2.7 V and LGPS oxidised above 2.14 V, a gap of 0.56 V',
    );
  });

  it('the same verdict as the windows view’s test at every potential of the range (and just outside it)', () => {
    const a = index.electrolytes.get('li6ps5cl')!;
    const b = index.electrolytes.get('llzo')!;
    const pair = commonWindows(a, b)!;
    const range = sharedStableRange(pair.a, pair.b)!;
    for (const u of [range[0], (range[0] + range[1]) / 2, range[1]]) {
      expect(verdictOf(pair.a, u, u)).toBe('stable');
      expect(verdictOf(pair.b, u, u)).toBe('stable');
    }
    expect(verdictOf(pair.a, range[0] - 0.01, range[0] - 0.01)).toBe('reduced');
    expect(verdictOf(pair.a, range[1] + 0.01, range[1] + 0.01)).toBe('oxidised');
  });

  it('a pair without windows of one source says so, naming what each has (LGPS | Al-LLZO)', () => {
    const r = risksOf('an.li-metal_el.lgps.llzo-al_ca.nmc811')['layer-interface']!;
    expect(r.grade).toBe('watch');
    expect(r.headline).toBe('no data for this pair');
    expect(r.explanation).toMatch(
      /^The knowledge base has no windows of LGPS and Al-LLZO from one source \(LGPS: Zhu/,
    );
    expect(r.explanation).toContain('Al-LLZO: none)');
  });

  it('a single layer has no such interface; a bilayer has seven risks, the layer interface fourth', () => {
    expect(risksOf('an.li-metal_el.llzo_ca.nmc811')['layer-interface']).toBeUndefined();
    const r = assessCell(decodeDesign('an.li-metal_el.li6ps5cl.llzo_ca.nmc811').design, index);
    if (!r.ok) throw new Error(r.error);
    expect(r.assessment.risks.map((x) => x.id)).toEqual([
      'voids',
      'anode-interface',
      'filament',
      'layer-interface',
      'cathode-oxidation',
      'composite',
      'stack',
    ]);
  });
});

describe('the same numbers as the dedicated models', () => {
  it('voids: the void-refill model with the KB’s yield strength of Li at the design’s p and i', () => {
    const li = index.electrodes.get('li-metal')!;
    const direct = voidRefill({
      stackPressureMPa: 2,
      strippingCurrentMAcm2: 0.5,
      referenceStressMPa: representative(li.yieldStrength) as number,
    });
    if (!direct.ok) throw new Error(direct.error);
    const r = risksOf('an.li-metal_el.llzo_ca.nmc811_p.2').voids!;
    expectClose(num(r, 'Creep refill current').value, direct.value.refillCurrentMAcm2, 1e-12);
    expect(r.grade).toBe(direct.value.ratio > 1 ? 'high' : direct.value.ratio >= 0.5 ? 'watch' : 'low');
  });

  it('filament: the Monroe–Newman diagram’s ratio and verdict for LLZO with its loaded shear modulus', () => {
    const e = index.electrolytes.get('llzo')!;
    const g = loadMonroeNewman(e, index).values.find((v) => v.key === 'mnShearModulus')!.value;
    const direct = monroeNewman({
      electrolyteShearModulusGPa: g,
      lithiumShearModulusGPa: MECHANISM_PARAMS.mnLithiumShearModulus.defaultValue as number,
    });
    if (!direct.ok) throw new Error(direct.error);
    const r = risksOf('an.li-metal_el.llzo_ca.nmc811').filament!;
    expectClose(num(r, 'G_SSE / G_Li').value, direct.value.modulusRatio, 1e-12);
    expect(direct.value.isCriterionMet).toBe(true);
  });
});

describe('each model link opens the model’s own section with the same inputs', () => {
  const design = 'an.li-metal_el.llzo_ca.nmc811';
  it('mechanisms links name a model section of their topic page (or the mechanism’s entry)', () => {
    const r = risksOf(design);
    expect(r.filament!.link).toMatchObject({ recordId: 'lithium-filaments', hash: 'model-flaw' });
    expect(r.composite!.link).toMatchObject({ recordId: 'composite-electrodes', hash: 'model-misfit' });
    expect(r.stack!.link).toMatchObject({ recordId: 'composite-electrodes', hash: 'model-stack' });
    // The void entry is opened by its own route, which scrolls to it.
    expect(r.voids!.link).toMatchObject({ recordId: 'void-formation', hash: 'mechanism-void-formation' });
    for (const risk of Object.values(r)) {
      const link = risk.link;
      if (link?.view !== 'mechanisms' || !link.hash?.startsWith('model-')) continue;
      expect((TOPIC_DIAGRAMS[link.recordId ?? ''] ?? []).map((d) => d.anchor)).toContain(link.hash);
    }
  });

  it('the flaw link carries the K_Ic the risk used; the misfit link the matrix modulus', () => {
    const r = risksOf(design);
    const flaw = linkTarget(r.filament!.link!);
    expect(flaw.to).toEqual({ view: 'mechanisms', recordId: 'lithium-filaments' });
    expect(flaw.params).toMatchObject({ flawToughness: num(r.filament!, 'K_Ic of LLZO').value });
    const misfit = linkTarget(r.composite!.link!);
    expect(misfit.params).toMatchObject({
      misfitMatrix: 'llzo',
      misfitParticle: 'nmc811',
      misfitMatrixModulus: num(r.composite!, "Young's modulus of LLZO").value,
    });
  });
});
