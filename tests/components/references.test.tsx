import { parseCsv } from '../../src/domain/csv';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ReferencesContainer from '../../src/views/references/ReferencesContainer';
import { renderWithApp } from './render';

// APA formatting (citeproc) is covered by tests/unit/citations.test.ts; here the view only needs
// the text to put on the clipboard, and compiling the APA style takes seconds.
vi.mock('../../src/views/references/citation-client', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/views/references/citation-client')>();
  return {
    ...actual,
    formatCitations: vi.fn(async () => ({ text: 'Zhu, Y., et al. (2015). Origin.', html: '<i>Zhu</i>' })),
  };
});

const list = () => screen.getByRole('list', { name: /^References/ });
const items = () => within(list()).getAllByRole('listitem');

/** Captures what downloadText would save: jsdom has no object URLs and no navigation. */
function captureDownloads() {
  const saved: Array<{ name: string; text: Promise<string> }> = [];
  let lastBlob: Blob | null = null;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    lastBlob = blob;
    return 'blob:test';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (lastBlob) saved.push({ name: this.download, text: lastBlob.text() });
  });
  return saved;
}

// Typing through user-event is slow on a busy two-core machine.
describe('References view', { timeout: 60_000 }, () => {
  afterEach(() => vi.restoreAllMocks());

  it('lists every reference with its number and where it is used, linking the places that have a page', () => {
    renderWithApp(<ReferencesContainer />);
    expect(screen.getByRole('heading', { level: 1, name: 'References' })).toBeInTheDocument();
    expect(items()).toHaveLength(2);
    const zhu = items()[0]!;
    expect(zhu).toHaveTextContent('[13]');
    expect(zhu).toHaveTextContent('Origin of outstanding stability');
    expect(within(zhu).getByRole('link', { name: 'doi:10.1021/acsami.5b07517' })).toHaveAttribute(
      'href',
      'https://doi.org/10.1021/acsami.5b07517',
    );
    expect(within(zhu).getByRole('link', { name: 'LGPS' })).toHaveAttribute('href', '/materials/lgps');
    expect(zhu).toHaveTextContent('LGPS (ionic conductivity, stability window, reduction at Li)');
    const wenzel = items()[1]!;
    expect(wenzel).toHaveTextContent('(no verified DOI)');
    // Techniques have no page yet: named, not linked.
    expect(wenzel).toHaveTextContent('TechniquesIn situ XPS (sources)');
    expect(within(wenzel).queryByRole('link', { name: 'In situ XPS' })).not.toBeInTheDocument();
  });

  it('filters as the user types, keeps the text in the store, and tolerates typos', async () => {
    const user = userEvent.setup();
    const { store } = renderWithApp(<ReferencesContainer />);
    const box = screen.getByRole('searchbox', { name: 'Search references' });
    await user.type(box, 'interfacial');
    expect(items()).toHaveLength(1);
    expect(items()[0]).toHaveTextContent('Wenzel');
    expect(store.getState().params.refQuery).toBe('interfacial');

    await user.clear(box);
    await user.type(box, 'Wensel');
    expect(items()).toHaveLength(1);
    expect(screen.getByText(/showing close matches/)).toBeInTheDocument();

    await user.clear(box);
    await user.type(box, '#13');
    expect(items()).toHaveLength(1);
    expect(items()[0]).toHaveTextContent('Zhu');
  });

  it('lists a reference alone when the search is its id (what citation links send)', () => {
    renderWithApp(<ReferencesContainer />, { init: { params: { refQuery: 'wenzel-2016a' } } });
    expect(items()).toHaveLength(1);
    expect(items()[0]).toHaveTextContent('[23]');
  });

  it('selects references with their checkboxes and with "Select all listed", in the store', async () => {
    const user = userEvent.setup();
    const { store } = renderWithApp(<ReferencesContainer />);
    await user.click(screen.getByRole('checkbox', { name: 'Select [23] Wenzel et al. 2016' }));
    expect(store.getState().params.refSelection).toEqual(['wenzel-2016a']);
    expect(screen.getByRole('checkbox', { name: 'Select all listed' })).toHaveProperty('indeterminate', true);
    expect(screen.getByRole('button', { name: 'Download selected (1)' })).toBeEnabled();

    await user.click(screen.getByRole('checkbox', { name: 'Select all listed' }));
    expect(store.getState().params.refSelection).toEqual(['wenzel-2016a', 'zhu-2015']);
    await user.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(store.getState().params.refSelection).toEqual([]);
    expect(screen.getByRole('button', { name: 'Download selected (0)' })).toBeDisabled();
  });

  it('downloads the selection as BibTeX and one reference as RIS, and says so', async () => {
    const saved = captureDownloads();
    const user = userEvent.setup();
    renderWithApp(<ReferencesContainer />, { init: { params: { refSelection: ['zhu-2015'] } } });
    await user.click(screen.getByRole('button', { name: 'Download selected (1)' }));
    await screen.findByText(/Downloaded zhu-2015\.bib: BibTeX for \[13\] Zhu et al\. 2015\./, undefined, {
      timeout: 20_000,
    });
    expect(saved[0]?.name).toBe('zhu-2015.bib');
    const bib = await saved[0]!.text;
    expect(bib).toContain('@article{zhu2015,');
    expect(bib).toContain('doi = {10.1021/acsami.5b07517}');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Format' }), 'RIS');
    await user.click(screen.getByRole('checkbox', { name: 'Select [13] Zhu et al. 2015' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select [23] Wenzel et al. 2016' }));
    await user.click(screen.getByRole('button', { name: 'Download selected (1)' }));
    await screen.findByText(/Downloaded wenzel-2016a\.ris: RIS for \[23\] Wenzel et al\. 2016\./, undefined, {
      timeout: 20_000,
    });
    expect(await saved[1]!.text).toMatch(/^TY {2}- JOUR$/m);
  });

  it('copies a formatted citation to the clipboard and confirms it visibly', async () => {
    const user = userEvent.setup();
    renderWithApp(<ReferencesContainer />, { init: { params: { refSelection: ['zhu-2015'] } } });
    await user.click(screen.getByRole('button', { name: 'Copy selected as APA' }));
    await screen.findByText('Copied the APA citation of [13] Zhu et al. 2015 to the clipboard.');
    await waitFor(async () =>
      expect(await navigator.clipboard.readText()).toBe('Zhu, Y., et al. (2015). Origin.'),
    );
  });

  it('shows the citation for copying by hand when the browser refuses the clipboard', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    vi.spyOn(navigator.clipboard, 'write').mockRejectedValue(new Error('denied'));
    renderWithApp(<ReferencesContainer />, { init: { params: { refSelection: ['zhu-2015'] } } });
    await user.click(screen.getByRole('button', { name: 'Copy selected as APA' }));
    expect(await screen.findByRole('textbox', { name: 'Citation to copy' })).toHaveValue(
      'Zhu, Y., et al. (2015). Origin.',
    );
  });

  it('narrows to the references a place cites, and clears that filter', async () => {
    const user = userEvent.setup();
    const { store } = renderWithApp(<ReferencesContainer />, {
      init: { params: { refUsedBy: 'technique-in-situ-xps' } },
    });
    expect(items()).toHaveLength(1);
    expect(screen.getByText(/Cited by/)).toHaveTextContent('Cited by In situ XPS (techniques)');
    await user.click(screen.getByRole('button', { name: 'Show references of every page' }));
    expect(store.getState().params.refUsedBy).toBeNull();
    expect(items()).toHaveLength(2);
  });

  it('says when nothing matches the search and the source filter', () => {
    renderWithApp(<ReferencesContainer />, { init: { params: { refSource: 'added' } } });
    expect(screen.queryByRole('list', { name: /^References/ })).not.toBeInTheDocument();
    expect(screen.getByText(/No reference matches/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Show' })).toHaveValue('added');
  });

  it('has one set of actions for the selection, none per entry, and downloads CSV with DOIs', async () => {
    const saved = captureDownloads();
    const user = userEvent.setup();
    renderWithApp(<ReferencesContainer />);
    expect(screen.queryByRole('button', { name: /^Copy APA citation of/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Download .* of / })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download CSV (2 listed)' }));
    await screen.findByText('Downloaded ssb-atlas-references.csv: CSV for 2 listed references.');
    const rows = parseCsv(await saved[0]!.text);
    expect(rows[0]).toEqual([
      'number in review',
      'id',
      'authors',
      'year',
      'title',
      'journal',
      'volume',
      'pages',
      'DOI',
      'cited by',
    ]);
    const zhu = rows.find((r) => r[1] === 'zhu-2015');
    expect(zhu?.[0]).toBe('13');
    expect(zhu?.[8]).toBe('10.1021/acsami.5b07517');
  });
});

describe('references paging', () => {
  it('shows 20 to a page on the real knowledge base, pages on, and can show all', async () => {
    const user = userEvent.setup();
    const { kb } = renderWithApp(<ReferencesContainer />, { realKb: true });
    const total = kb.kb.references.length;
    expect(
      within(screen.getByRole('list', { name: `References (${total})` })).getAllByRole('checkbox'),
    ).toHaveLength(20);
    expect(
      screen.getByRole('heading', { level: 2, name: `References 1–20 of ${total}` }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(screen.getByRole('heading', { level: 2, name: `References 21–40 of ${total}` })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: `Show all ${total}` }));
    expect(
      within(screen.getByRole('list', { name: `References (${total})` })).getAllByRole('checkbox'),
    ).toHaveLength(total);
  });
});
