// Host (Node, also the grading CLI): JSON as session files need it: no duplicate keys (two readers could disagree on
// which one counts), no `__proto__`, bounded nesting, and a plain message saying where the text goes wrong.
export class StrictJsonError extends Error {}

export const MAX_JSON_DEPTH = 48;

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;

export function parseStrictJson(text: string): unknown {
  let pos = 0;
  const where = () => `at character ${pos + 1}`;
  const skip = () => {
    WHITESPACE.lastIndex = pos;
    WHITESPACE.exec(text);
    pos = WHITESPACE.lastIndex;
  };
  const fail = (what: string): never => {
    throw new StrictJsonError(`${what} ${where()}`);
  };

  function readString(): string {
    const start = pos;
    pos++;
    for (;;) {
      const c = text.charCodeAt(pos);
      if (Number.isNaN(c)) fail('the text ends inside a string');
      if (c === 0x22) break;
      if (c === 0x5c) pos++;
      else if (c < 0x20) fail('a control character inside a string');
      pos++;
    }
    pos++;
    try {
      return JSON.parse(text.slice(start, pos)) as string;
    } catch {
      pos = start;
      return fail('a malformed escape in a string');
    }
  }

  function readValue(depth: number): unknown {
    if (depth > MAX_JSON_DEPTH) fail(`nesting deeper than ${MAX_JSON_DEPTH} levels`);
    skip();
    const c = text[pos];
    if (c === '{') {
      pos++;
      const object: Record<string, unknown> = {};
      const seen = new Set<string>();
      skip();
      if (text[pos] === '}') {
        pos++;
        return object;
      }
      for (;;) {
        skip();
        if (text[pos] !== '"') fail('expected a quoted key');
        const keyAt = pos;
        const key = readString();
        if (key === '__proto__') {
          pos = keyAt;
          fail('a "__proto__" key');
        }
        if (seen.has(key)) {
          pos = keyAt;
          fail(`the key "${key.slice(0, 40)}" appears twice in one object`);
        }
        seen.add(key);
        skip();
        if (text[pos] !== ':') fail('expected ":"');
        pos++;
        object[key] = readValue(depth + 1);
        skip();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === '}') {
          pos++;
          return object;
        }
        fail(pos >= text.length ? 'the text ends inside an object' : 'expected "," or "}"');
      }
    }
    if (c === '[') {
      pos++;
      const list: unknown[] = [];
      skip();
      if (text[pos] === ']') {
        pos++;
        return list;
      }
      for (;;) {
        list.push(readValue(depth + 1));
        skip();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === ']') {
          pos++;
          return list;
        }
        fail(pos >= text.length ? 'the text ends inside a list' : 'expected "," or "]"');
      }
    }
    if (c === '"') return readString();
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = pos;
    const match = NUMBER.exec(text);
    if (match) {
      pos = NUMBER.lastIndex;
      return Number(match[0]);
    }
    return fail(pos >= text.length ? 'the text ends where a value was expected' : 'an unexpected character');
  }

  const value = readValue(0);
  skip();
  if (pos < text.length) fail('extra text after the value');
  return value;
}
