/**
 * `npm run schema`: writes data/schema/<file>.schema.json from the zod schema (the source of
 * truth), so editors can check data files as they are typed. Cross-record rules are only checked
 * by `npm run validate`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { KB_FILE_PATHS, KB_FILES, type KbFileName } from '../src/kb/schema.ts';

mkdirSync('data/schema', { recursive: true });
for (const [name, records] of Object.entries(KB_FILES)) {
  const file = z.object({ $schema: z.string().optional(), version: z.literal(1), records });
  const json = z.toJSONSchema(file, { io: 'input', unrepresentable: 'any' });
  const out = `data/schema/${KB_FILE_PATHS[name as KbFileName].replace(/\.json$/, '')}.schema.json`;
  writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`wrote ${out}`);
}
