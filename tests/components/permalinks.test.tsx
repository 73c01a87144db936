import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import CompareContainer from '../../src/views/compare/CompareContainer';
import GlossaryContainer from '../../src/views/glossary/GlossaryContainer';
import { renderWithApp } from './render';

describe('links that name what does not exist', () => {
  it('an unknown glossary term says so above the whole glossary and offers the nearest', () => {
    renderWithApp(<GlossaryContainer />, {
      init: { route: { view: 'glossary', recordId: 'interphse' } },
      realKb: true,
    });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('No glossary term “interphse”. Did you mean Interphase? Every term');
    expect(within(alert).getByRole('link', { name: 'Interphase' })).toHaveAttribute(
      'href',
      '/glossary/interphase',
    );
  });

  it('compare names the id it left out and swaps in the suggestion on request', async () => {
    const { store } = renderWithApp(<CompareContainer />, {
      init: { params: { compare: ['lgps', 'llz'] } },
      realKb: true,
    });
    const status = await screen
      .findByText(/Not in the knowledge base/)
      .then((p) => p.closest('[role="status"]') as HTMLElement);
    expect(status).toHaveTextContent('“llz” — did you mean');
    await userEvent.click(within(status).getByRole('button', { name: /^Use / }));
    expect(store.getState().params.compare).toEqual(['lgps', 'llzo']);
  });
});
