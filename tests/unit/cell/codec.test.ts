// @vitest-environment node
/** The cell design in a link: round trip, defaults left out, and every broken part named. */
import { describe, expect, it } from 'vitest';
import { type CellDesign, DEFAULT_DESIGN, decodeDesign, encodeDesign } from '../../../src/domain/cell';

const bilayer: CellDesign = {
  anode: 'li-metal',
  electrolytes: ['li6ps5cl', 'llzo'],
  coating: 'linbo3',
  cathode: 'nmc811',
  cutoffV: 4.25,
  conditions: { stackPressureMPa: 10, currentDensityMAcm2: 0.25, arealCapacityMAhCm2: 2, temperatureC: 60 },
};

describe('encodeDesign / decodeDesign', () => {
  it('encodes a bilayer design readably and decodes it back unchanged', () => {
    const text = encodeDesign(bilayer);
    expect(text).toBe('an.li-metal_el.li6ps5cl.llzo_co.linbo3_ca.nmc811_v.4.25_p.10_i.0.25_q.2_t.60');
    expect(text).toMatch(/^[a-z0-9._-]+$/);
    expect(decodeDesign(text)).toEqual({ design: bilayer, problems: [] });
  });

  it('leaves default conditions out and reads the empty string as the default design', () => {
    expect(encodeDesign(DEFAULT_DESIGN)).toBe('an.li-metal_el.llzo_ca.nmc811');
    expect(decodeDesign('')).toEqual({ design: DEFAULT_DESIGN, problems: [] });
  });

  it('names each broken part and keeps the rest', () => {
    const { design, problems } = decodeDesign('an.li-metal_el.lgps_ca.NMC811_p.abc_i.-3_zz.1_el.llzo');
    expect(design.electrolytes).toEqual(['lgps']);
    expect(design.cathode).toBe('nmc811');
    expect(design.conditions.stackPressureMPa).toBe(DEFAULT_DESIGN.conditions.stackPressureMPa);
    expect(design.conditions.currentDensityMAcm2).toBe(DEFAULT_DESIGN.conditions.currentDensityMAcm2);
    expect(problems).toEqual([
      '“p.abc”: the stack pressure must be a number in MPa; kept 5 MPa',
      '“i.-3”: the current density must be between 0.001 and 100 mA/cm²; kept 0.5 mA/cm²',
      '“zz.1”: unknown part (a design has an, el, co, ca, v, p, i, q, t); ignored',
      '“el.llzo”: “el” is given twice; the first is kept',
    ]);
  });

  it('refuses three electrolyte layers and a malformed id, naming the part', () => {
    expect(decodeDesign('el.a.b.c').problems[0]).toMatch(/^“el.a.b.c”: at most two electrolyte layers/);
    expect(decodeDesign('an.Li Metal!').problems[0]).toMatch(
      /^“an.Li Metal!”: the anode must be a material id/,
    );
  });

  it('reads "co.none" as no coating and two equal layers as one', () => {
    expect(decodeDesign('co.none').design.coating).toBeNull();
    expect(decodeDesign('el.llzo.llzo').design.electrolytes).toEqual(['llzo']);
  });
});

describe('the URL keys of the cell view', () => {
  it('cell and cellb hold a design string of up to DESIGN_MAX_LENGTH characters', async () => {
    const { APP_PARAMS } = await import('../../../src/domain/app-params');
    const { DESIGN_MAX_LENGTH } = await import('../../../src/domain/cell');
    expect(APP_PARAMS.cellDesign.shape).toEqual({ kind: 'string', maxLength: DESIGN_MAX_LENGTH });
    expect(APP_PARAMS.cellCompare.shape).toEqual({ kind: 'string', maxLength: DESIGN_MAX_LENGTH });
    expect([APP_PARAMS.cellDesign.key, APP_PARAMS.cellCompare.key]).toEqual(['cell', 'cellb']);
  });
});
