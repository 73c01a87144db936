/**
 * A strict JSON reader for the knowledge-base files that says where a problem is.
 *
 * `JSON.parse` stops at the first error with a message whose position format differs between
 * engines, and silently keeps the last of two equal keys. A curator needs the line and column of a
 * syntax error, and a duplicate key is always a mistake in a hand-edited data file (one of the two
 * values is lost), so this reader reports both. On valid input without duplicate keys it returns
 * exactly what `JSON.parse` returns.
 */

/** A place in the text, 1-based, as editors count. */
export interface TextPosition {
  line: number;
  column: number;
}

/** A key that occurs twice in one object: the path of the object, the key, and the second place. */
export interface DuplicateKey {
  path: ReadonlyArray<string | number>;
  key: string;
  at: TextPosition;
  firstAt: TextPosition;
}

export type JsonTextResult =
  | { ok: true; value: unknown; duplicates: DuplicateKey[] }
  | { ok: false; message: string; at: TextPosition };

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Line and column of a character offset. */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// A string token: only JSON's escapes (raw control characters are refused in readString).
const STRING_RE = /"(?:[^"\\]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/** Reads JSON text; never throws. */
export function parseJsonText(text: string): JsonTextResult {
  const duplicates: DuplicateKey[] = [];
  let i = 0;
  // A byte-order mark is allowed before the text (editors on some systems write one).
  if (text.charCodeAt(0) === 0xfeff) i = 1;

  const found = (at: number) => {
    if (at >= text.length) return 'the end of the file (is it cut off?)';
    const ch = text[at] as string;
    return /\s/.test(ch) ? `a ${JSON.stringify(ch)} character` : `“${ch}”`;
  };
  const fail = (what: string, at = i): never => {
    throw new JsonSyntaxError(`expected ${what}, found ${found(at)}`, at);
  };
  const skipSpace = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i += 1;
      else break;
    }
  };
  const readString = (): string => {
    STRING_RE.lastIndex = i;
    const m = STRING_RE.exec(text);
    const rawControl = m ? firstControlCharacter(m[0]) : -1;
    if (rawControl >= 0) {
      throw new JsonSyntaxError(
        'a string may not hold a raw line break or control character',
        i + rawControl,
      );
    }
    if (!m) {
      // Find where the string goes wrong, for the column.
      let j = i + 1;
      while (j < text.length && text[j] !== '"') {
        const c = text.charCodeAt(j);
        if (c < 0x20)
          throw new JsonSyntaxError('a string may not hold a raw line break or control character', j);
        if (text[j] === '\\') {
          if (!/^\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(text.slice(j, j + 6)))
            throw new JsonSyntaxError('invalid escape in a string', j);
          j += text[j + 1] === 'u' ? 6 : 2;
        } else j += 1;
      }
      throw new JsonSyntaxError('the string is not closed (is the file cut off?)', Math.min(j, text.length));
    }
    i += m[0].length;
    return JSON.parse(m[0]) as string;
  };
  const readValue = (path: Array<string | number>, depth: number): unknown => {
    if (depth > 200) throw new JsonSyntaxError('nested too deeply', i);
    skipSpace();
    const c = text[i];
    if (c === '{') {
      const start = i;
      i += 1;
      const obj: Record<string, unknown> = {};
      const seen = new Map<string, number>();
      skipSpace();
      if (text[i] === '}') {
        i += 1;
        return obj;
      }
      for (;;) {
        skipSpace();
        if (text[i] !== '"')
          fail(
            i >= text.length ? '“}” to close the object opened earlier' : 'a property name in double quotes',
          );
        const keyAt = i;
        const key = readString();
        skipSpace();
        if (text[i] !== ':') fail('“:” after a property name');
        i += 1;
        const value = readValue([...path, key], depth + 1);
        const first = seen.get(key);
        if (first !== undefined) {
          duplicates.push({ path, key, at: positionAt(text, keyAt), firstAt: positionAt(text, first) });
        } else seen.set(key, keyAt);
        // Own data property even for "__proto__", as JSON.parse makes it.
        Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
        skipSpace();
        if (text[i] === ',') {
          i += 1;
          continue;
        }
        if (text[i] === '}') {
          i += 1;
          return obj;
        }
        fail(
          i >= text.length
            ? `“}” to close the object opened at ${fmt(positionAt(text, start))}`
            : '“,” or “}” after a property',
        );
      }
    }
    if (c === '[') {
      const start = i;
      i += 1;
      const arr: unknown[] = [];
      skipSpace();
      if (text[i] === ']') {
        i += 1;
        return arr;
      }
      for (;;) {
        arr.push(readValue([...path, arr.length], depth + 1));
        skipSpace();
        if (text[i] === ',') {
          i += 1;
          continue;
        }
        if (text[i] === ']') {
          i += 1;
          return arr;
        }
        fail(
          i >= text.length
            ? `“]” to close the list opened at ${fmt(positionAt(text, start))}`
            : '“,” or “]” after a list item',
        );
      }
    }
    if (c === '"') return readString();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return value;
      }
    }
    NUMBER_RE.lastIndex = i;
    const m = NUMBER_RE.exec(text);
    if (m) {
      i += m[0].length;
      return Number(m[0]);
    }
    return fail('a value (object, list, string, number, true, false or null)');
  };

  try {
    skipSpace();
    if (i >= text.length) return { ok: false, message: 'the file is empty', at: positionAt(text, i) };
    const value = readValue([], 0);
    skipSpace();
    if (i < text.length) fail('the end of the file after the top-level value');
    return { ok: true, value, duplicates };
  } catch (e) {
    if (e instanceof JsonSyntaxError)
      return { ok: false, message: e.message, at: positionAt(text, e.offset) };
    return { ok: false, message: 'the text could not be read', at: positionAt(text, i) };
  }
}

/** Index of the first character below U+0020 (not allowed raw inside a JSON string), or -1. */
function firstControlCharacter(s: string): number {
  for (let j = 0; j < s.length; j++) if (s.charCodeAt(j) < 0x20) return j;
  return -1;
}

function fmt(p: TextPosition): string {
  return `line ${p.line}, column ${p.column}`;
}

/** "line 3, column 7", for messages. */
export const formatPosition = fmt;
