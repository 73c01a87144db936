/**
 * Custom electrolytes as user records: the kind the classifier's form saves and lists. A stored
 * value is accepted only if it is a complete, valid custom electrolyte (the same rules as a link's
 * `ccust`), and is read back through the link codec, so only the known fields come out.
 */
import type { CustomElectrolyte } from '../domain/classifier';
import {
  customElectrolyteProblems,
  decodeCustomElectrolyte,
  encodeCustomElectrolyte,
} from '../domain/custom-electrolyte-codec';
import { type RecordKind, type UserRecord, userRecords } from './user-records';

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Checks a stored value; never throws. */
export function validateCustomElectrolyte(value: unknown): { value: CustomElectrolyte } | { error: string } {
  if (!isObject(value)) return { error: 'is not a custom electrolyte' };
  if (typeof value.name !== 'string') return { error: 'has no name' };
  if (!Array.isArray(value.reductionProducts) || !Array.isArray(value.oxidationProducts))
    return { error: 'has no product lists' };
  if (![...value.reductionProducts, ...value.oxidationProducts].every(isObject))
    return { error: 'has a product that is not a product' };
  let problems: string[];
  try {
    problems = customElectrolyteProblems(value as unknown as CustomElectrolyte);
  } catch {
    return { error: 'is not a custom electrolyte' };
  }
  if (problems.length > 0) return { error: problems.join('; ') };
  const read = decodeCustomElectrolyte(encodeCustomElectrolyte(value as unknown as CustomElectrolyte));
  return read.value ? { value: read.value } : { error: read.problems.join('; ') || 'could not be read' };
}

export const CUSTOM_ELECTROLYTES: RecordKind<CustomElectrolyte> = {
  kind: 'custom-electrolyte',
  validate: validateCustomElectrolyte,
};

/** True when two custom electrolytes hold the same numbers and names (their link text is equal). */
export function sameCustomElectrolyte(a: CustomElectrolyte, b: CustomElectrolyte): boolean {
  try {
    return encodeCustomElectrolyte(a) === encodeCustomElectrolyte(b);
  } catch {
    return false;
  }
}

/**
 * Saves `c` unless an identical one is saved already; resolves to its record, or to null when this
 * browser keeps no records. Used before the custom electrolyte in the link is replaced.
 */
export async function keepCustomElectrolyte(
  c: CustomElectrolyte,
): Promise<UserRecord<CustomElectrolyte> | null> {
  try {
    const db = await userRecords();
    const { records } = await db.list(CUSTOM_ELECTROLYTES);
    return (
      records.find((r) => sameCustomElectrolyte(r.value, c)) ??
      (await db.create(CUSTOM_ELECTROLYTES, c.name, c))
    );
  } catch {
    return null;
  }
}
