import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import MaterialsContainer from '../../src/views/materials/MaterialsContainer';
import { renderWithApp } from './render';

describe('Materials view', () => {
  it('filters the list as the user types an alias', async () => {
    const { store } = renderWithApp(<MaterialsContainer />);
    const table = screen.getByRole('table');
    expect(within(table).getByRole('link', { name: 'LGPS' })).toBeInTheDocument();
    await userEvent.type(screen.getByRole('searchbox', { name: /search name, alias or formula/i }), 'Li2S');
    expect(within(table).queryByRole('link', { name: 'LGPS' })).not.toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Lithium sulfide' })).toBeInTheDocument();
    expect(store.getState().params.query).toBe('Li2S');
  });

  it('opens a material page with the window, its method and a citation', () => {
    renderWithApp(<MaterialsContainer />, { init: { route: { view: 'materials', recordId: 'lgps' } } });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('LGPS');
    const windows = screen.getByRole('region', { name: 'Electrochemical stability window' });
    const row = within(windows).getByRole('row', { name: /Zhu et al\. 2015/ });
    expect(row).toHaveTextContent('1.71 V');
    expect(row).toHaveTextContent('calculated');
    expect(within(row).getByRole('link', { name: /Zhu et al\. 2015: Origin/ })).toHaveTextContent('[13]');
    const iface = screen.getByRole('region', { name: 'Interface with lithium metal' });
    expect(iface).toHaveTextContent('Type 2');
  });

  it('says so when the link names a material that does not exist', async () => {
    renderWithApp(<MaterialsContainer />, {
      init: { route: { view: 'materials', recordId: 'unobtainium' } },
    });
    // The page's own alert, found by its heading: the own-materials panel may raise a second alert
    // when the test environment has no IndexedDB.
    const heading = await screen.findByRole('heading', { name: /No material “unobtainium”/ });
    expect(heading.closest('[role="alert"]')).not.toBeNull();
  });
});

describe('forgiving material links', () => {
  it('suggests the nearest material for a mistyped id', async () => {
    renderWithApp(<MaterialsContainer />, { init: { route: { view: 'materials', recordId: 'lgsp' } } });
    const heading = await screen.findByRole('heading', { name: /No material “lgsp” — did you mean/ });
    const alert = heading.closest<HTMLElement>('[role="alert"]')!;
    expect(alert).not.toBeNull();
    expect(within(alert).getByRole('link')).toHaveAttribute('href', '/materials/lgps');
  });
});

describe('materials table that fits and explains itself', () => {
  it('an empty result names the filter responsible and clears it on request', async () => {
    const user = userEvent.setup();
    const { store } = renderWithApp(<MaterialsContainer />, {
      init: { params: { kinds: ['electrolyte'], stableAtV: 4.3 } },
      realKb: true,
    });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const empty = screen
      .getByText('No material passes every filter.')
      .closest('[role="status"]') as HTMLElement;
    const item = within(empty)
      .getByText(/^Stable at 4.3 V/)
      .closest('li') as HTMLElement;
    expect(item).toHaveTextContent('leaves out all 18 that the other settings keep');
    await user.click(within(item).getByRole('button', { name: 'Clear this filter' }));
    expect(store.getState().params.stableAtV).toBeNull();
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(1 + 1 + 18);
  });

  it('"stable at" says which windows it reads and can read measured ones (LLZO, LiPON, LGPS at 4.3 V)', async () => {
    const user = userEvent.setup();
    renderWithApp(<MaterialsContainer />, {
      init: { params: { kinds: ['electrolyte'], stableAtV: 4.3 } },
      realKb: true,
    });
    expect(
      screen.getByText(/“Stable at” and “window reaches 0 V” read each material’s representative window/),
    ).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Windows used' }), 'measured');
    const names = within(screen.getByRole('table'))
      .getAllByRole('rowheader')
      .filter((h) => h.getAttribute('scope') === 'row')
      .map((h) => h.textContent);
    expect(names).toEqual([
      'Lithium germanium thiophosphate (LGPS)',
      'Lithium lanthanum zirconate (garnet LLZO)',
      'Lithium phosphorus oxynitride (LiPON)',
    ]);
  });

  it('groups solid electrolytes first and lets the filter panel be hidden', async () => {
    const user = userEvent.setup();
    renderWithApp(<MaterialsContainer />, { realKb: true });
    const groups = screen.getAllByRole('rowheader').filter((h) => h.getAttribute('scope') === 'rowgroup');
    expect(groups.map((g) => g.textContent)).toEqual([
      'Solid electrolytes (18)',
      'Electrodes (12)',
      expect.stringMatching(/^Other phases .*\(38\)$/),
    ]);
    const toggle = screen.getByRole('button', { name: 'Hide filters' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(toggle);
    expect(screen.queryByRole('complementary', { name: 'Filters' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show filters' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('filters by a range of shear modulus', async () => {
    const user = userEvent.setup();
    renderWithApp(<MaterialsContainer />, { init: { params: { kinds: ['electrolyte'] } }, realKb: true });
    const group = screen.getByRole('group', { name: 'Shear modulus (GPa)' });
    await user.type(within(group).getByRole('spinbutton', { name: 'from' }), '50');
    const names = within(screen.getByRole('table'))
      .getAllByRole('rowheader')
      .filter((h) => h.getAttribute('scope') === 'row')
      .map((h) => h.textContent ?? '');
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => /LLZO|LLTO|LATP|LAGP/.test(n))).toBe(true);
  });
});

describe('a material page that leads on', () => {
  it('links each mechanism LLZO suffers to its topic page with the diagrams set to LLZO', () => {
    renderWithApp(<MaterialsContainer />, {
      init: { route: { view: 'materials', recordId: 'llzo' } },
      realKb: true,
    });
    const link = screen.getByRole('link', { name: 'Lithium filament penetration' });
    const href = new URL(link.getAttribute('href') ?? '', 'http://x');
    expect(href.pathname).toBe('/mechanisms/filament-growth');
    expect(href.searchParams.get('mgmat')).toBe('llzo');
    expect(href.searchParams.get('mfmat')).toBe('llzo');
  });

  it('shows citations in prose as numbered links, never raw keys like “(cheng-2017a, ren-2015)”', () => {
    const { container } = renderWithApp(<MaterialsContainer />, {
      init: { route: { view: 'materials', recordId: 'llzo' } },
      realKb: true,
    });
    expect(container.textContent).not.toMatch(/\((?:[a-z]+-\d{4}[a-z]?)(?:, [a-z]+-\d{4}[a-z]?)*\)/);
    expect(screen.getAllByRole('link', { name: /^Cheng et al\. 2017/ }).length).toBeGreaterThan(0);
  });
});
