import { render, screen } from '@testing-library/react';
import {
  classificationRows,
  classifyInterface,
  type ProductInput,
  sortClassificationRows,
} from '../../src/domain/classifier';
import { loadKnowledgeBase } from '../../src/kb/load';
import { RAW_KB } from '../../src/kb/raw';
import { InterphaseSchematic } from '../../src/views/classifier/parts/InterphaseSchematic';
import { bandHeights, interphaseSchematic, wrapLabel } from '../../src/charts/interphase-schematic/layout';

const product = (name: string, moles: number, v: number | null, electronic: ProductInput['electronic']) => ({
  phaseId: name.toLowerCase(),
  name,
  moles,
  molarVolumeCm3: v,
  electronic,
  ionicConductivitySCm: null,
});

const lgps = (threshold = 0.16) => {
  const r = classifyInterface(
    {
      electrodePotentialV: 0,
      window: { reductionV: 1.71, oxidationV: 2.14, source: 'zhu2015' },
      reductionProducts: [
        product('Li2S', 12, 27.7, 'insulator'),
        product('Li3P', 2, 36.1, 'insulator'),
        product('Li15Ge4', 0.25, 188.6, 'conductor'),
      ],
      oxidationProducts: null,
      electrolyteName: 'LGPS',
    },
    { percolationThreshold: threshold },
  );
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('schematic layout', { timeout: 60_000 }, () => {
  it('bandHeights gives each band the minimum and shares the rest by volume fraction', () => {
    expect(bandHeights([0.5, 0.5], 100, 10)).toEqual([50, 50]);
    const h = bandHeights([0.9, 0.1], 200, 18);
    expect(h[0]).toBeCloseTo(18 + 164 * 0.9);
    expect(h[1]).toBeCloseTo(18 + 164 * 0.1);
    expect(h.reduce((a, b) => a + b, 0)).toBeCloseTo(200);
  });

  it('wrapLabel splits on words to fit the width', () => {
    expect(wrapLabel('Lithium cobalt oxide (LCO)', 60, 12)).toEqual(['Lithium', 'cobalt', 'oxide', '(LCO)']);
    expect(wrapLabel('LGPS', 200, 14)).toEqual(['LGPS']);
  });

  it('interphaseSchematic draws a type-3 conductor as isolated particles and blocks e⁻ in the interphase', () => {
    const m = interphaseSchematic(lgps(), { electrode: 'Li metal', electrolyte: 'LGPS' }, 800);
    expect(m.bands.map((b) => b.display)).toEqual(['band', 'band', 'particles']);
    const electron = m.lanes[1];
    expect(electron.segments.map((s) => `${s.layer}:${s.passage}`)).toEqual([
      'electrode:passes',
      'interphase:blocked',
      'electrolyte:blocked',
    ]);
    expect(m.lanes[0].segments.every((s) => s.passage === 'passes')).toBe(true);
    expect(m.frontText).toBe('reaction front stops ⊣');
  });

  it('interphaseSchematic draws a type-2 conductor as a continuous band that lets e⁻ through', () => {
    const m = interphaseSchematic(lgps(0.05), { electrode: 'Li metal', electrolyte: 'LGPS' }, 800);
    expect(m.bands[2]?.display).toBe('band');
    expect(m.lanes[1].segments[1]?.passage).toBe('passes');
    expect(m.description).toContain('passes Li⁺ and electrons');
  });

  it('the figure is an image named by its title and described in full', () => {
    render(<InterphaseSchematic result={lgps()} electrodeName="Li metal" electrolyteName="LGPS" />);
    const img = screen.getByRole('img', { name: 'Schematic of the Li metal | LGPS interface: type 3' });
    expect(img).toHaveAccessibleDescription(/Li15Ge4 \(10\.4 %; electronic conductor: isolated grains/);
    expect(screen.getByRole('list')).toHaveTextContent('Li2S · 73.6 %');
  });
});

describe('classification table rows', { timeout: 60_000 }, () => {
  const loaded = loadKnowledgeBase(RAW_KB);
  if (!loaded.ok) throw new Error('knowledge base does not load');
  const { kb, index } = loaded;
  const rows = classificationRows(
    kb.electrolytes,
    index.electrodes.get('li-metal'),
    index.electrodes.get('nmc811'),
    'zhu2015',
    index.phases,
    {},
  );

  it('classificationRows classifies every electrolyte against Li metal and the cathode', () => {
    expect(rows).toHaveLength(kb.electrolytes.length);
    const lgps = rows.find((r) => r.id === 'lgps');
    expect(lgps?.comparison?.status).toBe('agrees');
    expect(lgps?.againstCathode?.ok && lgps.againstCathode.value.side).toBe('oxidation');
  });

  it('sortClassificationRows sorts by agreement (agrees, disagrees, cannot compare, no observation), ties by name', () => {
    const sorted = sortClassificationRows(rows, 'agree', false);
    const statuses = sorted.map((r) => r.comparison?.status);
    const rank = { agrees: 0, disagrees: 1, undetermined: 2, 'no-observation': 3 } as const;
    const ranks = statuses.map((s) => (s ? rank[s] : 4));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(sortClassificationRows(rows, 'agree', true).map((r) => r.id)[0]).not.toBe(sorted[0]?.id);
  });
});
