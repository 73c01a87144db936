// @vitest-environment node
/**
 * The measured numbers the mechanism records carry: every one names materials that exist, each
 * kind the diagrams plot is there, and `measurementsOf` picks them by kind and material.
 */
import { measurementsOf } from '../../src/domain/mechanism-measurements';
import { loadKnowledgeBase } from '../../src/kb/load';
import { RAW_KB } from '../../src/kb/raw';

function realKb() {
  const result = loadKnowledgeBase(RAW_KB);
  if (!result.ok) throw new Error('the bundled knowledge base does not load');
  return result;
}

describe('mechanism measurements in the knowledge base', () => {
  const { kb, index } = realKb();
  const all = kb.mechanisms.flatMap((m) => m.measurements ?? []);

  it('name only materials of the knowledge base, and have unique ids', () => {
    for (const m of all) {
      for (const id of m.materials) {
        expect(
          index.electrolytes.has(id) || index.electrodes.has(id) || index.phases.has(id),
          `${m.id} names ${id}`,
        ).toBe(true);
      }
    }
    expect(new Set(all.map((m) => m.id)).size).toBe(all.length);
  });

  it('give the measured LLZO CCD, far below the 6.8 mA/cm² bound at 10 Ω·cm²', () => {
    const ccd = measurementsOf(kb.mechanisms, 'critical-current-density', ['llzo']);
    expect(ccd.map((c) => c.value)).toContain(0.28);
    for (const c of ccd) expect(c.value).toBeLessThan(6.79);
    expect(ccd[0]!.mechanismId).toBe('filament-growth');
  });

  it('give LLZO interfacial resistances from above 1000 to about 1 Ω·cm² with interface treatment', () => {
    const asr = measurementsOf(kb.mechanisms, 'interfacial-resistance', ['llzo']).map((m) => m.value);
    expect(Math.max(...asr)).toBe(1710);
    expect(Math.min(...asr)).toBe(1);
  });

  it('give the Bucci thresholds with their units', () => {
    const t = measurementsOf(kb.mechanisms, 'design-threshold').map((m) => [
      m.measurement.quantity.value,
      m.measurement.quantity.unit,
    ]);
    expect(t).toEqual(
      expect.arrayContaining([
        [7.5, '%'],
        [4, 'J/m²'],
        [15, 'GPa'],
      ]),
    );
  });

  it('filters by material: the stack-pressure change belongs to In | LCO only', () => {
    expect(measurementsOf(kb.mechanisms, 'stack-pressure-change', ['indium'])).toHaveLength(1);
    expect(measurementsOf(kb.mechanisms, 'stack-pressure-change', ['nmc811'])).toHaveLength(0);
  });
});
