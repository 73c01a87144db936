import 'fake-indexeddb/auto';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { type CustomElectrolyte, EXAMPLE_CUSTOM } from '../../src/domain/classifier';
import { draftFromCustom } from '../../src/domain/custom-electrolyte-codec';
import { CUSTOM_ELECTROLYTES, keepCustomElectrolyte } from '../../src/persist/custom-electrolytes';
import { closeUserRecords, userRecords } from '../../src/persist/user-records';
import { CustomElectrolyteForm } from '../../src/views/classifier/parts/CustomElectrolyteForm';

const INITIAL = draftFromCustom(EXAMPLE_CUSTOM);

function renderForm(onSubmit = vi.fn<(v: CustomElectrolyte) => void>()) {
  const view = render(<CustomElectrolyteForm initial={INITIAL} linkProblem={null} onSubmit={onSubmit} />);
  return { ...view, onSubmit, form: screen.getByRole('form', { name: 'Custom electrolyte' }) };
}
const nameBox = () => screen.getByRole('textbox', { name: 'Name' });
const savedList = () => screen.getByRole('region', { name: 'Saved in this browser' });
const savedNames = () =>
  [...savedList().querySelectorAll('.cls-saved-list > li .cls-saved-name')].map(
    (n) => n.firstChild?.textContent,
  );

beforeEach(async () => {
  await closeUserRecords();
  globalThis.indexedDB = new IDBFactory();
  sessionStorage.clear();
});

describe('CustomElectrolyteForm: saved records', () => {
  it('classifying saves a new named record each time; a second one with the same name is numbered', async () => {
    const user = userEvent.setup();
    const { onSubmit } = renderForm();
    await screen.findByText(/None yet/);
    await user.clear(nameBox());
    await user.type(nameBox(), 'Mine');
    await user.click(screen.getByRole('button', { name: 'Classify custom electrolyte' }));
    expect(onSubmit).toHaveBeenLastCalledWith(expect.objectContaining({ name: 'Mine' }));
    await waitFor(() => expect(savedNames()).toEqual(['Mine']));
    expect(screen.getByText(/saved in this browser as “Mine”/)).toBeInTheDocument();

    // Editing the saved one under its own name changes it (no copy) …
    await user.clear(screen.getByRole('textbox', { name: 'Oxidation limit (V vs Li/Li+)' }));
    await user.type(screen.getByRole('textbox', { name: 'Oxidation limit (V vs Li/Li+)' }), '2.5');
    await user.click(screen.getByRole('button', { name: 'Classify custom electrolyte' }));
    await waitFor(() => expect(screen.getByText(/the result is below/)).toBeInTheDocument());
    await waitFor(async () => {
      const { records } = await (await userRecords()).list(CUSTOM_ELECTROLYTES);
      expect(records.map((r) => [r.name, r.value.oxidationV])).toEqual([['Mine', 2.5]]);
    });
    // … while another electrolyte that happens to use a taken name never overwrites it.
    await keepCustomElectrolyte({ ...EXAMPLE_CUSTOM, name: 'Other' });
    const db = await userRecords();
    await db.create(CUSTOM_ELECTROLYTES, 'Mine', { ...EXAMPLE_CUSTOM, name: 'Mine', oxidationV: 3 });
    const { records } = await db.list(CUSTOM_ELECTROLYTES);
    expect(records.map((r) => r.name).sort()).toEqual(['Mine', 'Mine (2)', 'Other']);
  });

  it('use loads a saved electrolyte and classifies it; delete can be undone', async () => {
    const user = userEvent.setup();
    await keepCustomElectrolyte({ ...EXAMPLE_CUSTOM, name: 'Kept one' });
    const { onSubmit } = renderForm();
    await waitFor(() => expect(savedNames()).toEqual(['Kept one']));
    await user.click(screen.getByRole('button', { name: 'Use Kept one' }));
    expect(onSubmit).toHaveBeenLastCalledWith(expect.objectContaining({ name: 'Kept one' }));
    expect(nameBox()).toHaveValue('Kept one');

    await user.click(screen.getByRole('button', { name: 'Delete Kept one' }));
    await waitFor(() => expect(savedNames()).toEqual([]));
    expect(within(savedList()).getByRole('status')).toHaveTextContent('Deleted “Kept one”.');
    await user.click(within(savedList()).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(savedNames()).toEqual(['Kept one']));
    expect(within(savedList()).getByRole('status')).toHaveTextContent('Brought back “Kept one”.');
  });

  it('a corrupt saved record is named with the reason, and the others still load', async () => {
    await keepCustomElectrolyte({ ...EXAMPLE_CUSTOM, name: 'Fine' });
    const db = await userRecords();
    const bad = await db.create(CUSTOM_ELECTROLYTES, 'Broken', EXAMPLE_CUSTOM);
    // Corrupt it behind the module's back.
    await new Promise<void>((resolve) => {
      const req = indexedDB.open('ssb-atlas-user', 1);
      req.onsuccess = () => {
        const tx = req.result.transaction('records', 'readwrite');
        tx.objectStore('records').put({
          ...bad,
          deletedAt: null,
          value: { ...EXAMPLE_CUSTOM, reductionV: 'x' },
        });
        tx.oncomplete = () => {
          req.result.close();
          resolve();
        };
      };
    });
    renderForm();
    await waitFor(() => expect(savedNames()).toEqual(['Fine']));
    expect(screen.getByText(/The saved electrolyte “Broken” could not be read \(/)).toBeInTheDocument();
  });
});

describe('CustomElectrolyteForm: unsaved input', () => {
  it('survives a reload (the form mounted again in the same tab), with a way to discard it', async () => {
    const user = userEvent.setup();
    const first = renderForm();
    await user.clear(nameBox());
    await user.type(nameBox(), 'Half typed');
    await user.clear(screen.getByRole('textbox', { name: 'Oxidation limit (V vs Li/Li+)' }));
    await user.type(screen.getByRole('textbox', { name: 'Oxidation limit (V vs Li/Li+)' }), 'not yet');
    first.unmount();

    renderForm();
    expect(nameBox()).toHaveValue('Half typed');
    expect(screen.getByRole('textbox', { name: 'Oxidation limit (V vs Li/Li+)' })).toHaveValue('not yet');
    expect(screen.getByText(/Your unsaved input from before was kept/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Discard it' }));
    expect(nameBox()).toHaveValue(EXAMPLE_CUSTOM.name);
    await waitFor(() => expect(sessionStorage.length).toBe(0));
  });

  it('leaving the page with unsaved input asks first; after classifying it does not', async () => {
    const user = userEvent.setup();
    renderForm();
    const leave = () => {
      const e = new Event('beforeunload', { cancelable: true });
      act(() => {
        window.dispatchEvent(e);
      });
      return e.defaultPrevented;
    };
    expect(leave()).toBe(false);
    await user.type(nameBox(), ' 2');
    expect(leave()).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Classify custom electrolyte' }));
    expect(leave()).toBe(false);
  });
});
