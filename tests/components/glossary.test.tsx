import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { GlossaryText } from '../../src/components/GlossaryText';
import type { RawKb } from '../../src/kb/load';
import { KbProvider } from '../../src/kb/kb-context';
import { type AppStoreInit, createAppStore } from '../../src/store/app-store';
import { StoreProvider } from '../../src/store/hooks';
import GlossaryContainer from '../../src/views/glossary/GlossaryContainer';
import MaterialsContainer from '../../src/views/materials/MaterialsContainer';
import { minimalKb, recordsOf } from '../fixtures/kb-minimal';
import { loadOrThrow } from './render';

/** The minimal knowledge base with a few more glossary terms and prose that names them. */
function glossaryKb(): RawKb {
  const raw = minimalKb();
  recordsOf(raw, 'glossary')[0].aliases.push('solid electrolyte');
  recordsOf(raw, 'glossary').push(
    {
      id: 'sei',
      term: 'Solid-electrolyte interphase',
      aliases: ['SEI'],
      definition: 'The reaction layer between an electrode and an electrolyte. It can passivate.',
      inReviewGlossary: false,
      related: ['interphase'],
      refs: ['zhu-2015'],
    },
    {
      id: 'interphase',
      term: 'Interphase',
      aliases: [],
      definition: 'A new phase formed where a solid electrolyte meets an electrode; an SEI is one.',
      inReviewGlossary: true,
      related: ['sei'],
      refs: [],
    },
  );
  const lgps = recordsOf(raw, 'electrolytes')[0];
  lgps.summary = 'A sulfide solid electrolyte whose SEI keeps growing; the SEI conducts electrons.';
  lgps.mitigations = [{ text: 'A protective interphase layer.', refs: ['zhu-2015'] }];
  return raw;
}

function renderWith(ui: ReactElement, init: AppStoreInit = {}) {
  const store = createAppStore(init);
  const kb = loadOrThrow(glossaryKb());
  return {
    store,
    ...render(
      <StoreProvider store={store}>
        <KbProvider value={kb}>{ui}</KbProvider>
      </StoreProvider>,
    ),
  };
}

describe('Glossary view', { timeout: 60_000 }, () => {
  it('lists every term A–Z under letter headings and marks the review’s own terms', () => {
    renderWith(<GlossaryContainer />, { route: { view: 'glossary', recordId: null } });
    expect(screen.getByRole('heading', { level: 1, name: 'Glossary' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['I', 'S']);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'InterphaseIn the review’s glossary',
      'Solid-electrolyte interphase',
      'Solid-state electrolyteIn the review’s glossary',
    ]);
    const nav = screen.getByRole('navigation', { name: 'Glossary letters' });
    expect(within(nav).getByRole('link', { name: 'S' })).toHaveAttribute('href', '#glossary-letter-S');
  });

  it('gives each term its own address and links related terms', () => {
    renderWith(<GlossaryContainer />, { route: { view: 'glossary', recordId: null } });
    const sei = screen.getByRole('article', { name: 'Solid-electrolyte interphase' });
    expect(within(sei).getByRole('link', { name: 'Solid-electrolyte interphase' })).toHaveAttribute(
      'href',
      '/glossary/sei',
    );
    expect(within(sei).getByRole('link', { name: 'Interphase' })).toHaveAttribute(
      'href',
      '/glossary/interphase',
    );
    expect(within(sei).getByRole('link', { name: /Zhu et al\. 2015/ })).toBeInTheDocument();
  });

  it('links other terms inside a definition but never the term itself', () => {
    renderWith(<GlossaryContainer />, { route: { view: 'glossary', recordId: null } });
    const interphase = screen.getByRole('article', { name: /^Interphase/ });
    const definition = interphase.querySelector('.gloss-definition') as HTMLElement;
    expect(
      within(definition).getByRole('link', { name: 'solid electrolyte (glossary: Solid-state electrolyte)' }),
    ).toBeInTheDocument();
    expect(
      within(definition).getByRole('link', { name: 'SEI (glossary: Solid-electrolyte interphase)' }),
    ).toBeInTheDocument();
    expect(within(definition).queryByRole('link', { name: /glossary: Interphase/ })).not.toBeInTheDocument();
  });

  it('highlights and focuses the term the URL names', () => {
    renderWith(<GlossaryContainer />, { route: { view: 'glossary', recordId: 'sei' } });
    const sei = screen.getByRole('article', { name: 'Solid-electrolyte interphase' });
    expect(sei).toHaveClass('is-current');
    expect(sei).toHaveFocus();
    expect(within(sei).getByRole('link', { name: 'Solid-electrolyte interphase' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('says so when the URL names an unknown term', () => {
    renderWith(<GlossaryContainer />, { route: { view: 'glossary', recordId: 'phlogiston' } });
    expect(screen.getByRole('alert')).toHaveTextContent('No glossary term “phlogiston”');
  });

  it('searches terms, aliases and definitions, and filters to the review’s glossary', async () => {
    const user = userEvent.setup();
    const { store } = renderWith(<GlossaryContainer />, { route: { view: 'glossary', recordId: null } });
    await user.type(screen.getByRole('searchbox', { name: 'Search the glossary' }), 'SEI');
    expect(screen.getAllByRole('article').map((a) => a.id)).toEqual(['term-interphase', 'term-sei']);
    expect(store.getState().params.glossQuery).toBe('SEI');
    await user.click(screen.getByRole('checkbox', { name: /Only the review’s glossary/ }));
    expect(screen.getAllByRole('article').map((a) => a.id)).toEqual(['term-interphase']);
    expect(store.getState().params.glossReviewOnly).toBe(true);
    expect(screen.getByText(/1 of 3 terms/)).toBeInTheDocument();
  });
});

describe('GlossaryText', { timeout: 60_000 }, () => {
  it('links the first mention of each term and shows its definition on focus; Escape closes it', async () => {
    const user = userEvent.setup();
    renderWith(
      <p>
        <GlossaryText text="An SEI forms; the SEI then grows on the interphase." />
      </p>,
    );
    const links = screen.getAllByRole('link');
    expect(links.map((l) => l.getAttribute('aria-label'))).toEqual([
      'SEI (glossary: Solid-electrolyte interphase)',
      'interphase (glossary: Interphase)',
    ]);
    expect(links[0]).toHaveAttribute('href', '/glossary/sei');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();

    await user.tab();
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('Solid-electrolyte interphase');
    expect(tip).toHaveTextContent('The reaction layer between an electrode and an electrolyte.');
    expect(tip).not.toHaveTextContent('It can passivate.');
    expect(links[0]).toHaveAccessibleDescription(/The reaction layer/);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('opens the definition on hover and navigates to the glossary entry on click', async () => {
    const user = userEvent.setup();
    const { store } = renderWith(<GlossaryText text="An SEI forms." />, {
      params: { glossQuery: 'something else' },
    });
    const link = screen.getByRole('link', { name: /SEI/ });
    await user.hover(link);
    expect(screen.getByRole('tooltip')).toHaveTextContent('The reaction layer');
    await user.unhover(link);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    window.scrollTo = vi.fn();
    await user.click(link);
    expect(store.getState().route).toEqual({ view: 'glossary', recordId: 'sei' });
    expect(store.getState().params.glossQuery).toBe('');
  });

  it('links terms in a material page’s prose', () => {
    renderWith(<MaterialsContainer />, { route: { view: 'materials', recordId: 'lgps' } });
    const lede = document.querySelector('.lede') as HTMLElement;
    expect(
      within(lede)
        .getAllByRole('link')
        .map((l) => l.getAttribute('aria-label')),
    ).toEqual([
      'solid electrolyte (glossary: Solid-state electrolyte)',
      'SEI (glossary: Solid-electrolyte interphase)',
    ]);
    const mitigations = screen.getByRole('region', { name: 'Failure mechanisms and mitigations' });
    expect(
      within(mitigations).getByRole('link', { name: 'interphase (glossary: Interphase)' }),
    ).toBeInTheDocument();
  });
});
