// @vitest-environment node
import doc from '../../../src/domain/MODELS.md?raw';
import * as models from '../../../src/domain/models';

const texEntries = Object.entries(models).filter(
  (entry): entry is [string, string] => entry[0].endsWith('_EQUATION_TEX') && typeof entry[1] === 'string',
);

/** True when every { has a matching } (ignoring escaped \{ and \}). */
function hasBalancedBraces(tex: string): boolean {
  let depth = 0;
  for (let i = 0; i < tex.length; i++) {
    if (tex[i] === '\\' && (tex[i + 1] === '{' || tex[i + 1] === '}')) {
      i += 1;
      continue;
    }
    if (tex[i] === '{') depth += 1;
    if (tex[i] === '}') depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe('MODELS.md', () => {
  it('the models export one LaTeX string per equation (16)', () => {
    expect(texEntries.map(([name]) => name).sort()).toEqual([
      'AHMAD_VISWANATHAN_EQUATION_TEX',
      'CRITICAL_CURRENT_DENSITY_EQUATION_TEX',
      'CRITICAL_FLAW_EQUATION_TEX',
      'CRITICAL_INTERPHASE_THICKNESS_EQUATION_TEX',
      'CRITICAL_RADIUS_EQUATION_TEX',
      'ELECTRONIC_LEAKAGE_EQUATION_TEX',
      'FLAW_EQUATION_TEX',
      'FRONT_STRESS_EQUATION_TEX',
      'INTERPHASE_ASR_EQUATION_TEX',
      'INTERPHASE_FRACTURE_EQUATION_TEX',
      'MISFIT_SPHERE_EQUATION_TEX',
      'MONROE_NEWMAN_EQUATION_TEX',
      'PARABOLIC_GROWTH_EQUATION_TEX',
      'PRESSURE_POTENTIAL_EQUATION_TEX',
      'SELF_LIMITING_GROWTH_EQUATION_TEX',
      'STACK_PRESSURE_EQUATION_TEX',
    ]);
  });

  it.each(texEntries)('MODELS.md typesets %s exactly as exported, inside $$…$$', (_name, tex) => {
    expect(doc).toContain(`$$\n${tex}\n$$`);
  });

  it.each(texEntries)('%s has balanced braces', (_name, tex) => {
    expect(hasBalancedBraces(tex)).toBe(true);
  });

  it('every $$ block of MODELS.md is one of the exported equations', () => {
    const blocks = [...doc.matchAll(/\$\$\n([\s\S]*?)\n\$\$/g)].map((m) => m[1]);
    const exported = new Set(texEntries.map(([, tex]) => tex));
    expect(blocks.length).toBe(exported.size);
    for (const block of blocks) expect(exported.has(block!)).toBe(true);
  });

  it('MODELS.md documents the interface classifier, with its default threshold and its basis', () => {
    const section = doc.slice(doc.indexOf('## Interface classifier'));
    expect(section.length).toBeGreaterThan(1000);
    expect(section).toContain('### Default threshold φ_c = 0.16');
    expect(section).toMatch(/Scher/);
  });

  it('MODELS.md cites the DOIs of the primary sources', () => {
    for (const doi of [
      '10.1149/1.1850854',
      '10.1002/aenm.201701003',
      '10.1038/s41560-018-0312-z',
      '10.1021/acsenergylett.9b00093',
      '10.1021/acsenergylett.9b00816',
      '10.1039/C8EE00907D',
      '10.1039/C7TA02730C',
    ]) {
      expect(doc).toContain(doi);
    }
  });
});
