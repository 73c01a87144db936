/**
 * The ids of the materials table's columns, in table order, and the sort keys: what the URL codec
 * (app-params.ts) needs at start-up, without the columns' formatting code (material-table.ts, which
 * loads with the views that draw the table). tests/unit/material-columns.test.ts checks that the
 * table's COLUMNS have exactly these ids, in this order.
 */
export const COLUMN_IDS = [
  'formula',
  'kind',
  'class',
  'family',
  'sigma',
  'sigmae',
  'window',
  'itype',
  'shear',
  'youngs',
  'kic',
  'vm',
  'potential',
] as const;
export const DEFAULT_COLUMNS = ['formula', 'class', 'sigma', 'window', 'itype'];
export const SORT_KEYS = ['name', ...COLUMN_IDS] as const;
