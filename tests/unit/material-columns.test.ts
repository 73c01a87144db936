// @vitest-environment node
import { COLUMN_IDS, SORT_KEYS } from '../../src/domain/material-columns';
import { COLUMNS } from '../../src/domain/material-table';

describe('material-columns (the ids the URL codec reads at start-up)', () => {
  it('are the ids of the table’s columns, in table order', () => {
    expect(COLUMNS.map((c) => c.id)).toEqual([...COLUMN_IDS]);
  });
  it('sort by name or by any column', () => {
    expect(SORT_KEYS).toEqual(['name', ...COLUMNS.map((c) => c.id)]);
  });
});
