// @vitest-environment node
import { Cite } from '@citation-js/core';
import {
  ET_AL_NOTE,
  exportFileName,
  exportReferences,
  fixBibtexOthers,
  formatCitation,
  loadCitationJs,
  parseName,
  toCslItem,
  unwrapRis,
} from '../../src/domain/citations';
import { buildReferenceUsage, referencesUsedBy } from '../../src/domain/reference-usage';
import { loadKnowledgeBase } from '../../src/kb/load';
import { RAW_KB } from '../../src/kb/raw';
import type { Reference } from '../../src/kb/schema';

const ZHU: Reference = {
  id: 'zhu-2015',
  n: 13,
  authors: ['Zhu, Y.'],
  etAl: true,
  year: 2015,
  title: 'Origin of outstanding stability in the lithium solid electrolyte materials',
  journal: 'ACS Appl. Mater. Interfaces',
  volume: '7',
  pages: '23685–23693',
  doi: '10.1021/acsami.5b07517',
};
const MONROE: Reference = {
  id: 'monroe-2005',
  n: 79,
  authors: ['Monroe, C.', 'Newman, J.'],
  etAl: false,
  year: 2005,
  title: 'The impact of elastic deformation on deposition kinetics at lithium/polymer interfaces',
  journal: 'J. Electrochem. Soc.',
  volume: '152',
  pages: 'A396–A404',
  doi: null,
};
const CRC: Reference = {
  id: 'crc-2016',
  authors: ['Haynes, W.M. (ed.)'],
  etAl: false,
  year: 2016,
  title: 'CRC Handbook of Chemistry and Physics',
  journal: 'CRC Press',
  doi: null,
};

function realKb() {
  const result = loadKnowledgeBase(RAW_KB);
  if (!result.ok) throw new Error('the bundled knowledge base does not load');
  return result;
}

describe('parseName', () => {
  it.each([
    ['Zhu, Y.', { family: 'Zhu', given: 'Y.' }, false],
    ['Quintero Cortes, F.J.', { family: 'Quintero Cortes', given: 'F.J.' }, false],
    ['Haynes, W.M. (ed.)', { family: 'Haynes', given: 'W.M.' }, true],
    ['The Materials Project', { literal: 'The Materials Project' }, false],
    ['Plato,', { family: 'Plato' }, false],
  ])('parseName(%j) gives %j', (text, name, isEditor) => {
    expect(parseName(text)).toEqual({ name, isEditor });
  });
});

describe('toCslItem', () => {
  it('maps a journal article with a DOI and an abbreviated author list', () => {
    expect(toCslItem(ZHU)).toEqual({
      id: 'zhu-2015',
      'citation-key': 'zhu2015',
      type: 'article-journal',
      title: 'Origin of outstanding stability in the lithium solid electrolyte materials',
      author: [{ family: 'Zhu', given: 'Y.' }],
      issued: { 'date-parts': [[2015]] },
      'container-title': 'ACS Appl. Mater. Interfaces',
      volume: '7',
      page: '23685-23693',
      DOI: '10.1021/acsami.5b07517',
      note: ET_AL_NOTE,
    });
  });

  it('leaves out a missing DOI and the et-al note', () => {
    const item = toCslItem(MONROE);
    expect(item).not.toHaveProperty('DOI');
    expect(item).not.toHaveProperty('note');
    expect(item.author).toEqual([
      { family: 'Monroe', given: 'C.' },
      { family: 'Newman', given: 'J.' },
    ]);
    expect(item.page).toBe('A396-A404');
  });

  it('treats a publisher in the journal field as a book with an editor', () => {
    expect(toCslItem(CRC)).toMatchObject({
      type: 'book',
      publisher: 'CRC Press',
      editor: [{ family: 'Haynes', given: 'W.M.' }],
    });
    expect(toCslItem(CRC)).not.toHaveProperty('author');
    expect(toCslItem(CRC)).not.toHaveProperty('container-title');
  });

  it('gives every reference of the real knowledge base a distinct BibTeX key', () => {
    const { kb } = realKb();
    const keys = kb.references.map((r) => toCslItem(r)['citation-key']);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('fixBibtexOthers and unwrapRis', () => {
  it.each([
    ['\tauthor = {Zhu, Y. and {others}},\n', '\tauthor = {Zhu, Y. and others},\n'],
    ['\ttitle = {Us and {others}: a study},\n', '\ttitle = {Us and {others}: a study},\n'],
  ])('fixBibtexOthers(%j) gives %j', (input, expected) => {
    expect(fixBibtexOthers(input)).toBe(expected);
  });

  it.each([
    [
      'TI  - Origin of outstanding stab\nility\nVL  - 7\nER  - \n',
      'TI  - Origin of outstanding stability\nVL  - 7\nER  - \n',
    ],
    ['TY  - JOUR\n\nTY  - JOUR\n', 'TY  - JOUR\n\nTY  - JOUR\n'],
  ])('unwrapRis(%j) gives %j', (input, expected) => {
    expect(unwrapRis(input)).toBe(expected);
  });
});

describe('exportReferences', () => {
  beforeAll(async () => {
    await loadCitationJs();
  });

  it('writes BibTeX for LLZO’s references that parses back with their DOIs', async () => {
    const { kb, index } = realKb();
    const used = referencesUsedBy(buildReferenceUsage(kb), 'material-llzo');
    const refs = kb.references.filter((r) => used.has(r.id));
    expect(refs.length).toBeGreaterThan(5);
    const bib = await exportReferences(refs, 'bibtex');
    expect(bib).not.toContain('{others}');

    const parsed = new Cite(bib).data;
    expect(parsed).toHaveLength(refs.length);
    const dois = parsed.map((p) => p.DOI).filter(Boolean);
    const expected = refs.map((r) => r.doi).filter(Boolean);
    expect(expected.length).toBeGreaterThan(0);
    expect(new Set(dois)).toEqual(new Set(expected));
    // Keys come from the reference ids; titles survive the round trip.
    for (const p of parsed) {
      const ref = index.references.get(String(p.id).replace(/(\d{4})([a-z]?)$/, '-$1$2'));
      expect(ref, `no reference for key ${String(p.id)}`).toBeDefined();
      expect(p.title).toBe(ref?.title.replace(/\s+/g, ' ').trim());
    }
  });

  it('writes "and others" for an abbreviated author list', async () => {
    const bib = await exportReferences([ZHU, MONROE], 'bibtex');
    expect(bib).toContain('@article{zhu2015,');
    expect(bib).toContain('author = {Zhu, Y. and others}');
    expect(bib).toContain('author = {Monroe, C. and Newman, J.}');
    expect(bib).toContain('doi = {10.1021/acsami.5b07517}');
    expect(bib).toContain('pages = {23685--23693}');
  });

  it('writes RIS with TY, DO and ER lines and no wrapped values', async () => {
    const ris = await exportReferences([ZHU, MONROE, CRC], 'ris');
    const lines = ris.split('\n').filter((l) => l !== '');
    expect(lines.every((l) => /^[A-Z][A-Z0-9] {2}-( |$)/.test(l))).toBe(true);
    expect(lines.filter((l) => l === 'TY  - JOUR')).toHaveLength(2);
    expect(lines).toContain('TY  - BOOK');
    expect(lines.filter((l) => l.startsWith('ER  -'))).toHaveLength(3);
    expect(lines).toContain('DO  - 10.1021/acsami.5b07517');
    expect(lines.filter((l) => l.startsWith('DO  -'))).toHaveLength(1);
    expect(lines).toContain(`TI  - ${MONROE.title}`);
    expect(lines).toContain(`N1  - ${ET_AL_NOTE}`);
    expect(new Cite(ris).data.map((d) => d.title)).toEqual([ZHU.title, MONROE.title, CRC.title]);
  });

  it('writes CSL-JSON with the basic fields of every item', async () => {
    const { kb } = realKb();
    const json = JSON.parse(await exportReferences(kb.references, 'csl-json')) as Array<
      Record<string, unknown>
    >;
    expect(json).toHaveLength(kb.references.length);
    json.forEach((item, i) => {
      const ref = kb.references[i]!;
      expect(item.id).toBe(ref.id);
      expect(['article-journal', 'book']).toContain(item.type);
      expect(item.title).toBe(ref.title.replace(/\s+/g, ' ').trim());
      expect(item.issued).toEqual({ 'date-parts': [[ref.year]] });
      expect(item.DOI).toBe(ref.doi ?? undefined);
      expect(Array.isArray(item.author ?? item.editor)).toBe(true);
    });
  });
});

describe('formatCitation', () => {
  // citeproc compiles the APA style on first use: seconds on a busy machine.
  beforeAll(async () => {
    await formatCitation([MONROE]);
  }, 120_000);

  it.each([
    [
      ZHU,
      'Zhu, Y., et al. (2015). Origin of outstanding stability in the lithium solid electrolyte materials. ACS Appl. Mater. Interfaces, 7, 23685–23693. https://doi.org/10.1021/acsami.5b07517',
    ],
    [
      MONROE,
      'Monroe, C., & Newman, J. (2005). The impact of elastic deformation on deposition kinetics at lithium/polymer interfaces. J. Electrochem. Soc., 152, A396–A404.',
    ],
    [CRC, 'Haynes, W. M. (Ed.). (2016). CRC Handbook of Chemistry and Physics. CRC Press.'],
  ])('formatCitation([%s]) in APA', async (ref, expected) => {
    expect(await formatCitation([ref])).toBe(expected);
  });
});

describe('exportFileName', () => {
  it.each([
    [[{ id: 'zhu-2015' }], 'bibtex', 'zhu-2015.bib'],
    [[{ id: 'a' }, { id: 'b' }], 'ris', 'ssb-atlas-references-2.ris'],
    [[], 'csl-json', 'ssb-atlas-references-0.json'],
  ] as const)('exportFileName(%j, %s) is %s', (refs, format, expected) => {
    expect(exportFileName(refs, format)).toBe(expected);
  });
});
