import { act, render, screen, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { KbProvider } from '../../src/kb/kb-context';
import { type AppStoreInit, createAppStore } from '../../src/store/app-store';
import { StoreProvider } from '../../src/store/hooks';
import WindowsContainer from '../../src/views/windows/WindowsContainer';
import { windowsKb } from '../fixtures/windows-fixture';
import { loadOrThrow } from './render';

function renderWindows(init: AppStoreInit = {}) {
  const store = createAppStore({ route: { view: 'windows', recordId: null }, ...init });
  const kb = loadOrThrow(windowsKb());
  const utils = render(
    <StoreProvider store={store}>
      <KbProvider value={kb}>
        <WindowsContainer />
      </KbProvider>
    </StoreProvider>,
  );
  return { ...utils, store, params: () => store.getState().params };
}

// `hidden: true` skips the per-element visibility check, which is slow on an SVG with many marks.
const chart = () =>
  screen.getByRole('group', { name: /Electrochemical stability windows of \d+ materials/, hidden: true });
const bars = (name?: RegExp) => within(chart()).queryAllByRole('button', { name, hidden: true });
const bar = (name: RegExp) => within(chart()).getByRole('button', { name, hidden: true });

describe('Stability windows view', { timeout: 60_000 }, () => {
  it('draws one labelled, focusable bar per material and source, grouped, never averaged', () => {
    renderWindows();
    const lgps = bars(/^LGPS,/);
    expect(lgps.map((b) => b.getAttribute('aria-label'))).toEqual([
      'LGPS, Zhu et al. 2015 (calculated): 1.71 to 2.14 V vs Li/Li+; reduced at the anode and oxidised at the cathode',
      'LGPS, Richards et al. 2016 (calculated): 1.60 to 2.20 V vs Li/Li+; reduced at the anode and oxidised at the cathode',
      'LGPS, Experiment (measured): 0.60 to 4.80 V vs Li/Li+; reduced at the anode',
    ]);
    expect(chart()).toHaveTextContent('Solid electrolytes (6)');
    expect(chart()).toHaveTextContent('Binary lithium compounds (3)');
    expect(chart()).toHaveTextContent('Coatings and interphase phases (2)');
    // Values are written on the chart.
    expect(chart()).toHaveTextContent('1.71');
    // Only one bar is in the Tab order (roving tabindex); the rest are reachable with arrows.
    const tabbable = bars().filter((b) => b.getAttribute('tabindex') === '0');
    expect(tabbable).toHaveLength(1);
  });

  it('puts Li metal and NMC at its 4.3 V cut-off on the axis as sliders', () => {
    renderWindows();
    const anode = screen.getByRole('slider', { name: 'Anode potential' });
    const cathode = screen.getByRole('slider', { name: 'Cathode potential' });
    expect(anode).toHaveAttribute('aria-valuenow', '0');
    expect(anode).toHaveAttribute('aria-valuetext', 'Lithium metal, 0.00 V vs Li/Li+');
    expect(cathode).toHaveAttribute('aria-valuenow', '4.3');
    expect(cathode).toHaveAttribute('aria-valuemin', '0');
    expect(cathode).toHaveAttribute('aria-valuemax', '6.5');
  });

  it('selects a material on click, shows a link to its page, and clears on a second click', async () => {
    const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
    const { params } = renderWindows();
    await user.click(bar(/^LLZO, Zhu/));
    expect(params().selected).toBe('llzo');
    for (const b of bars(/^LLZO,/)) expect(b).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('link', { name: 'Open the material page' })).toHaveAttribute(
      'href',
      '/materials/llzo',
    );
    await user.click(bar(/^LLZO, Richards/));
    expect(params().selected).toBeNull();
  });

  it('highlights a selection made elsewhere', () => {
    renderWindows({ params: { selected: 'lipon' } });
    expect(bar(/^LiPON, Zhu/)).toHaveAttribute('aria-pressed', 'true');
    expect(bar(/^LGPS, Zhu/)).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByText(/Selected:/)).toHaveTextContent('Selected: LiPON');
  });

  it('is usable by keyboard: Tab to a bar, arrows move, Enter selects, focus shows the tooltip', async () => {
    const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
    const { params } = renderWindows();
    const first = bars()[0]!;
    first.focus();
    expect(first).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    const second = bars()[1]!;
    expect(second).toHaveFocus();
    expect(second).toHaveAttribute('tabindex', '0');
    expect(first).toHaveAttribute('tabindex', '-1');
    const tip = screen.getByRole('tooltip');
    expect(second).toHaveAttribute('aria-describedby', tip.id);
    expect(tip).toHaveTextContent(/Reduction limit .* V/);
    expect(tip).toHaveTextContent(/Source: .*\[13\]/);
    await user.keyboard('{Enter}');
    expect(params().selected).toBe(second.closest('[data-row-id]')?.getAttribute('data-row-id'));
    expect(params().selected).not.toBeNull();
  });

  it('End, Home, Page Down/Up and the arrows move through the bars, stopping at the ends', async () => {
    const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
    renderWindows();
    const all = bars();
    expect(all.length).toBeGreaterThan(11);
    all[0]!.focus();
    await user.keyboard('{ArrowUp}');
    expect(all[0]).toHaveFocus();
    await user.keyboard('{PageDown}');
    expect(bars()[10]).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(bars()[9]).toHaveFocus();
    await user.keyboard('{End}');
    expect(bars()[all.length - 1]).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(bars()[all.length - 1]).toHaveFocus();
    await user.keyboard('{PageUp}');
    expect(bars()[all.length - 11]).toHaveFocus();
    await user.keyboard('{Home}');
    expect(bars()[0]).toHaveFocus();
  });

  it('moves an electrode marker with the arrow keys and writes it to the URL state after a pause', async () => {
    vi.useFakeTimers();
    try {
      const { params } = renderWindows();
      const cathode = screen.getByRole('slider', { name: 'Cathode potential' });
      act(() => cathode.focus());
      const press = (key: string, shiftKey = false) =>
        act(() => {
          cathode.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true }));
        });
      press('ArrowLeft');
      press('ArrowLeft', true);
      expect(cathode).toHaveAttribute('aria-valuenow', '4.19');
      expect(cathode).toHaveAttribute('aria-valuetext', 'moved to 4.19 V vs Li/Li+');
      // LAGP (oxidised from 4.27 V) is now stable on the cathode side.
      expect(bar(/^LAGP, Zhu/).getAttribute('aria-label')).toMatch(/; reduced at the anode$/);
      expect(params().cathodeV).toBeNull();
      act(() => {
        vi.advanceTimersByTime(500);
      });
      expect(params().cathodeV).toBe(4.19);
    } finally {
      vi.useRealTimers();
    }
  });

  it('changes electrodes from the knowledge base and resets a moved marker', async () => {
    const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
    const { params } = renderWindows({ params: { cathodeV: 2.5 } });
    expect(screen.getByRole('slider', { name: 'Cathode potential' })).toHaveAttribute('aria-valuenow', '2.5');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Cathode' }), 'lco');
    expect(params()).toMatchObject({ cathode: 'lco', cathodeV: null });
    expect(screen.getByRole('slider', { name: 'Cathode potential' })).toHaveAttribute('aria-valuenow', '4.2');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Anode' }), 'graphite');
    expect(screen.getByRole('slider', { name: 'Anode potential' })).toHaveAttribute(
      'aria-valuetext',
      'Graphite, 0.10 V vs Li/Li+',
    );
  });

  it('says which electrolytes need a coating on which side', () => {
    renderWindows();
    const summary = screen.getByRole('region', { name: 'Which electrolytes need a protective coating?' });
    const anodeSide = within(summary)
      .getByText(/Anode side/)
      .closest('div')!;
    expect(anodeSide).toHaveTextContent('LGPS (all sources)');
    const cathodeSide = within(summary)
      .getByText(/Cathode side/)
      .closest('div')!;
    expect(cathodeSide).toHaveTextContent('LGPS (Zhu, Rich. only)');
    expect(cathodeSide).not.toHaveTextContent('PEO');
  });

  it('switches sources, sorts and filters, all in the URL state', async () => {
    const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
    const { params } = renderWindows();
    await user.click(screen.getByRole('checkbox', { name: /Richards et al\. 2016/ }));
    expect(params().windowSources).toEqual(['zhu2015', 'experiment']);
    expect(bars(/Richards/)).toHaveLength(0);
    await user.click(screen.getByRole('checkbox', { name: /Experiment/ }));
    // The last source cannot be switched off.
    expect(screen.getByRole('checkbox', { name: /Zhu et al\. 2015/ })).toBeDisabled();

    await user.selectOptions(screen.getByRole('combobox', { name: /Sort/ }), 'reduction');
    expect(params().windowSort).toBe('reduction');
    const names = bars().map((b) => b.getAttribute('aria-label')!.split(',')[0]);
    expect(names.slice(0, 5)).toEqual(['LLZO', 'LiPON', 'LGPS', 'Li₃PS₄', 'LAGP']);

    await user.click(screen.getByRole('checkbox', { name: 'Oxides' }));
    expect(params().windowClasses).not.toContain('oxide');
    expect(bars(/^LLZO/)).toHaveLength(0);
  });

  it('highlights the materials matching the global search', () => {
    renderWindows({ params: { query: 'LiPON' } });
    expect(bar(/^LiPON, Zhu/).getAttribute('aria-label')).toMatch(/matches the search$/);
    expect(bar(/^LGPS, Zhu/).getAttribute('aria-label')).not.toMatch(/matches the search/);
    expect(screen.getByRole('button', { name: 'Clear search' }).parentElement).toHaveTextContent(
      '1 material matching “LiPON” is highlighted',
    );
  });

  it('shows the same data as a table with links to the material pages', async () => {
    const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
    const { params } = renderWindows();
    await user.click(screen.getByRole('button', { name: /Show as table/ }));
    expect(params().windowTable).toBe(true);
    const table = screen.getByRole('table', { name: /Electrochemical stability windows/, hidden: true });
    const link = within(table).getByRole('link', { name: 'LGPS', hidden: true });
    // The material page, with the settings a click keeps (the table stays on for the way back).
    expect(link).toHaveAttribute('href', '/materials/lgps?wtable=1');
    // One row per window, as in the chart (14 windows in the fixture).
    expect(within(table).getAllByText(/^(Zhu 2015|Richards 2016|Experiment)$/)).toHaveLength(14);
    const firstLgps = link.closest('tr')!;
    expect(firstLgps).toHaveTextContent('Zhu 2015');
    expect(firstLgps).toHaveTextContent('1.71');
    expect(firstLgps).toHaveTextContent('reduced at the anode and oxidised at the cathode');
    await user.click(within(table).getByRole('button', { name: 'Select LGPS', hidden: true }));
    expect(params().selected).toBe('lgps');
    expect(within(table).getByRole('button', { name: 'Select LGPS', hidden: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});
