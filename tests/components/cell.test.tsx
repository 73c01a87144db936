/** The Cell view with the real knowledge base: pickers change the URL state and the affected risks. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import CellContainer from '../../src/views/cell/CellContainer';
import { renderWithApp } from './render';

function renderCell(params: Record<string, string> = {}) {
  return renderWithApp(<CellContainer />, {
    realKb: true,
    init: { route: { view: 'cell', recordId: null }, params },
  });
}

const risk = (name: RegExp) => {
  const list = screen.getAllByRole('list', { name: /Risks of design A/ })[0]!;
  return within(list)
    .getAllByRole('listitem')
    .find((li) => name.test(li.querySelector('h4')?.textContent ?? ''))!;
};

describe('Cell view', { timeout: 60_000 }, () => {
  it('shows the default design Li | LLZO | NMC811 with six graded risks and a diagram', () => {
    renderCell();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Design A: Li | LLZO | NMC811' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Risk map of Li | LLZO | NMC811' })).toBeInTheDocument();
    expect(risk(/Cathode interface/)).toHaveTextContent('high');
    expect(risk(/Cathode interface/)).toHaveTextContent('LLZO is oxidised at the 4.3 V cut-off');
  });

  it('changing the anode-side electrolyte to LGPS writes the design and turns the anode interface to type 2', async () => {
    const user = userEvent.setup();
    const { store } = renderCell();
    expect(risk(/Anode interface/)).toHaveTextContent('type 3');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Electrolyte (anode side)' }), 'lgps');
    expect(store.getState().params.cellDesign).toBe('an.li-metal_el.lgps_ca.nmc811');
    expect(risk(/Anode interface/)).toHaveTextContent('type 2: continuous growth');
  });

  it('names a broken part of the link and still shows the rest', () => {
    renderCell({ cellDesign: 'an.li-metal_el.llz_ca.nmc811_p.zz' });
    const status = screen.getByText(/Parts of this design could not be used/).closest('[role="status"]')!;
    expect(status).toHaveTextContent('“p.zz”: the stack pressure must be a number in MPa; kept 5 MPa');
    expect(status).toHaveTextContent('no electrolyte “llz” in the knowledge base (did you mean “llzo”');
    expect(screen.getByRole('heading', { level: 2, name: /Design A/ })).toBeInTheDocument();
  });

  it('compares two designs side by side, both in the URL', async () => {
    const user = userEvent.setup();
    const { store } = renderCell();
    await user.click(screen.getByRole('button', { name: 'Compare with a second design' }));
    expect(store.getState().params.cellCompare).toBe('an.li-metal_el.llzo_ca.nmc811');
    const b = screen.getByRole('region', { name: /Design B/ });
    await user.selectOptions(within(b).getByRole('combobox', { name: 'Cathode coating' }), 'linbo3');
    expect(store.getState().params.cellCompare).toBe('an.li-metal_el.llzo_co.linbo3_ca.nmc811');
    expect(
      screen.getByRole('heading', { level: 2, name: 'Design B: Li | LLZO | LiNbO3-coated NMC811' }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Design A against design B, risk by risk' });
    const row = within(table).getByRole('row', { name: /Cathode interface/ });
    expect(row).toHaveTextContent('oxidised at cut-off');
    expect(row).toHaveTextContent('coating oxidised too');
  });
});
