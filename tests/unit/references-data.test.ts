// @vitest-environment node
/**
 * The reference list as data: counts taken from the real data/references.json (so that a DOI or
 * author list added or lost shows up here), the schema rules that keep it honest, and how author
 * lists are shown and exported.
 */
import { describe, expect, it } from 'vitest';
import { displayAuthors, fullCitation, shortCitation } from '../../src/domain/citation-text';
import { exportReferences } from '../../src/domain/citations';
import { loadKnowledgeBase } from '../../src/kb/load';
import { RAW_KB } from '../../src/kb/raw';
import { KB_FILES, type Reference } from '../../src/kb/schema';

/** Counts of the committed data; docs/doi-verification.md gives the same table. */
const EXPECTED = {
  review: { total: 106, withDoi: 56, fullAuthors: 78 },
  added: { total: 43, withDoi: 22, fullAuthors: 42 },
};

function realReferences(): Reference[] {
  const result = loadKnowledgeBase(RAW_KB);
  if (!result.ok)
    throw new Error(`the bundled knowledge base does not load: ${JSON.stringify(result.issues)}`);
  return result.kb.references;
}

function counts(refs: readonly Reference[]) {
  return {
    total: refs.length,
    withDoi: refs.filter((r) => r.doi !== null).length,
    fullAuthors: refs.filter((r) => !r.etAl).length,
  };
}

const LEWIS: Reference = {
  id: 'lewis-2019-trends',
  authors: ['Lewis, J.A.', 'Tippens, J.', 'Quintero Cortes, F.J.', 'McDowell, M.T.'],
  etAl: false,
  year: 2019,
  title: 'Chemo-mechanical challenges in solid-state batteries',
  journal: 'Trends Chem.',
  volume: '1',
  pages: '845–857',
  doi: null,
  noDoiReason: 'unverified: test fixture',
};

const KAMAYA: Reference = {
  id: 'kamaya-2011',
  n: 6,
  authors: [
    'Kamaya, N.',
    'Homma, K.',
    'Yamakawa, Y.',
    'Hirayama, M.',
    'Kanno, R.',
    'Yonemura, M.',
    'Kamiyama, T.',
    'Kato, Y.',
    'Hama, S.',
    'Kawamoto, K.',
    'Mitsui, A.',
  ],
  etAl: false,
  year: 2011,
  title: 'A lithium superionic conductor',
  journal: 'Nat. Mater.',
  volume: '10',
  pages: '682–686',
  doi: '10.1038/nmat3066',
};

describe('the reference data', () => {
  const refs = realReferences();
  const review = refs.filter((r) => r.n !== undefined);
  const added = refs.filter((r) => r.n === undefined);

  it('holds each of the review references 1–106 exactly once', () => {
    const numbers = review.map((r) => r.n).sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(numbers).toEqual(Array.from({ length: 106 }, (_, i) => i + 1));
  });

  it('has the counts of DOIs and full author lists that the verification log reports', () => {
    expect(counts(review)).toEqual(EXPECTED.review);
    expect(counts(added)).toEqual(EXPECTED.added);
  });

  it('says why for every reference without a DOI, and never for one with a DOI', () => {
    for (const r of refs) {
      if (r.doi === null) expect(r.noDoiReason, r.id).toMatch(/\S/);
      else expect(r.noDoiReason, r.id).toBeUndefined();
    }
  });

  it('gives no two references the same DOI', () => {
    const dois = refs.flatMap((r) => (r.doi ? [r.doi.toLowerCase()] : []));
    expect(new Set(dois).size).toBe(dois.length);
  });
});

describe('the reference schema', () => {
  it('refuses two references with the same review number, naming the first holder', () => {
    const result = KB_FILES.references.safeParse([{ ...KAMAYA }, { ...LEWIS, id: 'lewis-copy', n: 6 }]);
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.path).toEqual([1, 'n']);
    expect(issue?.message).toBe('review number 6 is already used by "kamaya-2011"');
  });

  it('refuses a reference without a DOI that does not say why', () => {
    const { noDoiReason: _reason, ...bare } = LEWIS;
    const result = KB_FILES.references.safeParse([bare]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('a reference without a DOI must say why (noDoiReason)');
  });

  it('refuses a reason for a missing DOI when the DOI is there', () => {
    const result = KB_FILES.references.safeParse([{ ...KAMAYA, noDoiReason: 'book' }]);
    expect(result.success).toBe(false);
  });
});

describe('author lists for readers', () => {
  it('lists up to five authors in full, the last joined with "and"', () => {
    expect(displayAuthors(LEWIS)).toBe('Lewis, J.A., Tippens, J., Quintero Cortes, F.J. and McDowell, M.T.');
    expect(displayAuthors({ authors: ['Monroe, C.', 'Newman, J.'], etAl: false })).toBe(
      'Monroe, C. and Newman, J.',
    );
  });

  it('shortens a longer list to the first author and "et al."', () => {
    expect(displayAuthors(KAMAYA)).toBe('Kamaya, N. et al.');
    expect(fullCitation(KAMAYA)).toBe(
      'Kamaya, N. et al. (2011) A lithium superionic conductor. Nat. Mater. 10, 682–686',
    );
  });

  it('keeps "et al." on a list the source itself cut short', () => {
    expect(displayAuthors({ authors: ['Zhu, Y.'], etAl: true })).toBe('Zhu, Y. et al.');
  });

  it('cites by family names in the short form', () => {
    expect(shortCitation(LEWIS)).toBe('Lewis et al. 2019');
    expect(shortCitation({ ...LEWIS, authors: ['Monroe, C.', 'Newman, J.'] })).toBe('Monroe and Newman 2019');
  });
});

describe('exports carry every author', () => {
  it('writes all eleven authors to BibTeX, RIS and CSL-JSON', async () => {
    const bib = await exportReferences([KAMAYA], 'bibtex');
    expect(bib).toMatch(/author = \{Kamaya, N\. and Homma, K\. and .* and Mitsui, A\.\}/);
    expect(bib).not.toContain('others');
    const ris = await exportReferences([KAMAYA], 'ris');
    expect(ris.split('\n').filter((line) => line.startsWith('AU  - '))).toHaveLength(11);
    const csl = JSON.parse(await exportReferences([KAMAYA], 'csl-json')) as Array<{
      author: Array<{ family: string }>;
      note?: string;
    }>;
    expect(csl[0]?.author.map((a) => a.family)).toEqual(KAMAYA.authors.map((a) => a.split(',')[0]));
    expect(csl[0]?.note).toBeUndefined();
  });
});
