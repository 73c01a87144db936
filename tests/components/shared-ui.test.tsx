/**
 * Shared UI pieces: a link's href is where its click leads, and citation and glossary cards share
 * one popover behaviour with at most one card open.
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Cite } from '../../src/components/Cite';
import { GlossaryTermLink } from '../../src/components/GlossaryText';
import { Link } from '../../src/components/Link';
import { locationOf } from '../../src/store/url-sync';
import { renderWithApp } from './render';

describe('Link', () => {
  it('has as href the URL its click leads to, keeping the other settings and applying its own', async () => {
    const user = userEvent.setup();
    const { store } = renderWithApp(
      <Link to={{ view: 'glossary', recordId: 'sse' }} params={{ glossQuery: '' }}>
        SSE
      </Link>,
      { init: { params: { windowSort: 'width', glossQuery: 'solid' } } },
    );
    const link = screen.getByRole('link', { name: 'SSE' });
    const href = link.getAttribute('href');
    expect(href).toMatch(/^\/glossary\/sse\?/);
    // The other view's setting stays in the address; the link's own (glossQuery = '') is applied.
    expect(href).toContain('wsort=width');
    await user.click(link);
    expect(store.getState().route).toEqual({ view: 'glossary', recordId: 'sse' });
    expect(store.getState().params.glossQuery).toBe('');
    expect(locationOf(store.getState())).toBe(href);
  });

  it('brings its href up to date with settings changed since it rendered, before it can be used', () => {
    const { store } = renderWithApp(<Link to={{ view: 'materials', recordId: 'lgps' }}>LGPS</Link>);
    const link = screen.getByRole('link', { name: 'LGPS' });
    expect(link).toHaveAttribute('href', '/materials/lgps');
    act(() => store.getState().setParam('windowSort', 'width'));
    fireEvent.focus(link);
    expect(link).toHaveAttribute('href', '/materials/lgps?wsort=width');
    expect(link.getAttribute('href')).toBe(
      locationOf({ route: { view: 'materials', recordId: 'lgps' }, params: store.getState().params }),
    );
  });
});

describe('popovers of citations and glossary terms', () => {
  it('open on focus, close on Escape, and only one is open at a time', async () => {
    const user = userEvent.setup();
    renderWithApp(
      <p>
        <Cite refs={['zhu-2015']} /> and <GlossaryTermLink termId="sse" text="SSE" />
      </p>,
    );
    const cite = screen.getByRole('link', { name: /Origin of outstanding stability/ });
    const term = screen.getByRole('link', { name: 'SSE (glossary: Solid-state electrolyte)' });

    await user.hover(cite);
    expect(screen.getByRole('tooltip')).toHaveTextContent('Origin of outstanding stability');
    // Focus moves to the glossary term while the pointer still rests on the citation.
    act(() => term.focus());
    const tips = screen.getAllByRole('tooltip');
    expect(tips).toHaveLength(1);
    expect(within(tips[0]!).getByText('Solid-state electrolyte')).toBeInTheDocument();
    expect(term).toHaveAttribute('aria-describedby', tips[0]!.id);
    expect(cite).not.toHaveAttribute('aria-describedby');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
  });
});
