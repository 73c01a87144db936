// @vitest-environment node
import { formatIssue, loadKnowledgeBase } from '../../src/kb/load';
import { RAW_KB } from '../../src/kb/raw';
import { minimalKb, recordsOf } from '../fixtures/kb-minimal';

function messagesFor(mutate: (kb: ReturnType<typeof minimalKb>) => void): string[] {
  const kb = minimalKb();
  mutate(kb);
  const result = loadKnowledgeBase(kb);
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('loadKnowledgeBase', () => {
  it('accepts the valid minimal fixture', () => {
    const result = loadKnowledgeBase(minimalKb());
    expect(result.ok ? 'ok' : result.issues.map(formatIssue)).toBe('ok');
  });

  it('accepts the real knowledge base in data/', () => {
    const result = loadKnowledgeBase(RAW_KB);
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
  });

  it.each<[string, (kb: ReturnType<typeof minimalKb>) => void, string]>([
    [
      'a non URL-safe id',
      (kb) => {
        recordsOf(kb, 'electrolytes')[0].id = 'LGPS 2';
      },
      'electrolytes.json › LGPS 2 › id: must be a URL-safe id',
    ],
    [
      'a duplicate id',
      (kb) => {
        recordsOf(kb, 'phases')[1].id = 'li2s';
      },
      'phases.json › li2s › id: duplicate id "li2s"',
    ],
    [
      'a number without a unit',
      (kb) => {
        delete recordsOf(kb, 'phases')[0].molarVolume.unit;
      },
      'phases.json › li2s › molarVolume.unit: unit must be "cm³/mol"',
    ],
    [
      'a number with a unit outside the known set',
      (kb) => {
        recordsOf(kb, 'electrodes')[0].potential.unit = 'mV';
      },
      'electrodes.json › li-metal › potential.unit: unit must be "V"',
    ],
    [
      'a number without a method',
      (kb) => {
        delete recordsOf(kb, 'electrolytes')[0].ionicConductivity.method;
      },
      'electrolytes.json › lgps › ionicConductivity.method:',
    ],
    [
      'a number without a reference',
      (kb) => {
        recordsOf(kb, 'electrolytes')[0].ionicConductivity.refs = [];
      },
      'electrolytes.json › lgps › ionicConductivity.refs: needs at least one reference id',
    ],
    [
      'a reference id that does not resolve',
      (kb) => {
        recordsOf(kb, 'electrolytes')[0].windows[0].refs = ['nobody-1999'];
      },
      'electrolytes.json › lgps › windows.0.refs: unknown reference id "nobody-1999"',
    ],
    [
      'a reduction limit above the oxidation limit',
      (kb) => {
        recordsOf(kb, 'electrolytes')[0].windows[0].reductionV = 3;
      },
      'electrolytes.json › lgps › windows.0.reductionV: reduction limit must be below oxidation limit',
    ],
    [
      'a range with min above max',
      (kb) => {
        recordsOf(kb, 'electrolytes')[0].ionicConductivity.min = 1;
      },
      'electrolytes.json › lgps › ionicConductivity.min: range is not ordered: min 1 > max 0.012',
    ],
    [
      'a link to a missing mechanism',
      (kb) => {
        recordsOf(kb, 'electrolytes')[0].mechanisms = ['teleportation'];
      },
      'electrolytes.json › lgps › mechanisms.0: links to missing mechanisms record "teleportation"',
    ],
    [
      'a reaction product naming a missing phase',
      (kb) => {
        recordsOf(kb, 'electrolytes')[0].reductionAtLi.predicted[0].products[1].phase = 'li15ge4';
      },
      'electrolytes.json › lgps › reductionAtLi.predicted.0.products.1.phase: unknown phase id "li15ge4"',
    ],
    [
      'evidence naming a missing technique',
      (kb) => {
        recordsOf(kb, 'electrolytes')[0].interfaceWithLi.evidence[0].technique = 'x-ray-magic';
      },
      'electrolytes.json › lgps › interfaceWithLi.evidence.0.technique: unknown technique id "x-ray-magic"',
    ],
    [
      'a material id used by two material files',
      (kb) => {
        recordsOf(kb, 'phases')[1].id = 'lgps';
      },
      'phases.json › lgps › id: id "lgps" is also used in electrolytes.json',
    ],
    [
      'a file with the wrong version',
      (kb) => {
        (kb.glossary as { version: number }).version = 7;
      },
      'glossary.json › (file) › version: unsupported version 7 (expected 1)',
    ],
    [
      'a malformed DOI',
      (kb) => {
        recordsOf(kb, 'references')[0].doi = 'doi.org/10.1021';
      },
      'references.json › zhu-2015 › doi: must be a DOI',
    ],
  ])('rejects %s with a message naming file, record and field', (_name, mutate, expected) => {
    const messages = messagesFor(mutate);
    expect(
      messages.some((m) => m.startsWith(expected)),
      messages.join('\n'),
    ).toBe(true);
  });

  it('reports every problem at once, not just the first', () => {
    const messages = messagesFor((kb) => {
      recordsOf(kb, 'electrolytes')[0].windows[0].refs = ['nobody-1999'];
      recordsOf(kb, 'electrolytes')[0].mechanisms = ['teleportation'];
    });
    expect(messages).toHaveLength(2);
  });
});
