import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { OwnMaterial } from '../../src/domain/own-materials';
import type { RecordKind } from '../../src/persist/user-records';
import MaterialsContainer from '../../src/views/materials/MaterialsContainer';
import { storeAll } from '../../src/store/own-materials';
import { renderWithApp } from './render';

const HEADER =
  'id,name,kind,Formula,Class,Ionic conductivity (RT) (S/cm),Ionic conductivity (RT) method,Ionic conductivity (RT) refs';

describe('own materials in the materials view', () => {
  it('imports a CSV with good and bad rows: lists problems by row and field, imports only the good rows on request', async () => {
    const user = userEvent.setup();
    renderWithApp(<MaterialsContainer />, { init: { params: { kinds: ['electrolyte'] } }, realKb: true });
    const csv = [
      HEADER,
      'my-test-a,My test A,electrolyte,Li7La3Zr2O12,oxide,0.0005,measured,own measurement: EIS',
      'my-test-b,My test B,electrolyte,LiX,halide,0.001,measured,own measurement',
    ].join('\n');
    await user.upload(
      screen.getByLabelText(/^Import CSV or JSON/),
      new File([csv], 'mine.csv', { type: 'text/csv' }),
    );
    const check = await screen.findByRole('region', { name: 'Check of mine.csv' });
    expect(check).toHaveTextContent('2 rows, 1 good, 1 with problems');
    expect(within(check).getByRole('list', { name: 'Problems by row and field' })).toHaveTextContent(
      'Row 2 (my-test-b), Class: must be one of oxide, sulfide, phosphate, oxynitride, polymer',
    );
    expect(within(check).queryByRole('button', { name: /^Import all/ })).not.toBeInTheDocument();
    await user.click(within(check).getByRole('button', { name: 'Import only the 1 good rows' }));
    await screen.findByText('Added 1 material.');
    const table = screen.getByRole('table');
    const row = await within(table).findByRole('row', { name: /My test A/ });
    expect(row).toHaveTextContent('yours');
    expect(row).toHaveTextContent('5 × 10⁻⁴');
    // Delete, then undo.
    await user.click(screen.getByRole('button', { name: 'Delete My test A' }));
    await waitFor(() =>
      expect(within(table).queryByRole('row', { name: /My test A/ })).not.toBeInTheDocument(),
    );
    // The row leaves the table before the store has finished deleting; "Undo" shows once it has.
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(
      await within(screen.getByRole('table')).findByRole('row', { name: /My test A/ }),
    ).toBeInTheDocument();
    // Clean up: test files share one worker (isolate: false), so a material left stored here would
    // appear in the next file's materials table.
    await user.click(screen.getByRole('button', { name: 'Delete My test A' }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('table')).queryByRole('row', { name: /My test A/ }),
      ).not.toBeInTheDocument(),
    );
  });
});

describe('storeAll', () => {
  const kind: RecordKind<OwnMaterial> = {
    kind: 'own-material',
    validate: (v) => ({ value: v as OwnMaterial }),
  };
  const m = (id: string) => ({ id, name: id }) as OwnMaterial;

  it('takes back what it stored when the storage is full, and says nothing was imported', async () => {
    const stored: string[] = [];
    const removed: string[] = [];
    const db = {
      create: async (_k: unknown, name: string) => {
        if (stored.length === 2) throw new DOMException('quota', 'QuotaExceededError');
        stored.push(name);
        return { id: `rec-${name}` } as never;
      },
      remove: async (_k: unknown, id: string) => {
        removed.push(id);
      },
    };
    const result = await storeAll(db, kind, [m('a'), m('b'), m('c')]);
    expect(result).toEqual({
      ok: false,
      message:
        'Nothing was imported: the browser’s storage for this site is full. Your materials stored before are unchanged.',
    });
    expect(removed).toEqual(['rec-a', 'rec-b']);
  });

  it('stores every material when nothing fails', async () => {
    const db = { create: async () => ({ id: 'x' }) as never, remove: async () => {} };
    expect(await storeAll(db, kind, [m('a'), m('b')])).toEqual({ ok: true, message: 'Added 2 materials.' });
  });
});
