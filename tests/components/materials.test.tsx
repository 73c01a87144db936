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

  it('says so when the link names a material that does not exist', () => {
    renderWithApp(<MaterialsContainer />, {
      init: { route: { view: 'materials', recordId: 'unobtainium' } },
    });
    expect(screen.getByRole('alert')).toHaveTextContent('No material “unobtainium”');
  });
});

describe('forgiving material links', () => {
  it('suggests the nearest material for a mistyped id', () => {
    renderWithApp(<MaterialsContainer />, { init: { route: { view: 'materials', recordId: 'lgsp' } } });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('No material “lgsp” — did you mean');
    expect(within(alert).getByRole('link')).toHaveAttribute('href', '/materials/lgps');
  });
});
