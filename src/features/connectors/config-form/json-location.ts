/**
 * Where JSON text first goes wrong, as a 1-based line and column. `JSON.parse` messages differ
 * between engines and recent V8 no longer names a position at all, so we walk the text ourselves
 * (a strict RFC 8259 syntax check; values are not built).
 */
export type JsonLocation = { offset: number; line: number; column: number };

class JsonSyntaxError extends Error {
  constructor(readonly offset: number) {
    super('json syntax');
  }
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

function scan(text: string): void {
  let at = 0;
  const fail = (offset = at): never => {
    throw new JsonSyntaxError(offset);
  };
  const skip = () => {
    while (at < text.length && WHITESPACE.has(text.charAt(at))) at += 1;
  };
  const expect = (char: string) => {
    if (text.charAt(at) !== char) fail();
    at += 1;
  };
  const sticky = (pattern: RegExp) => {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match || match[0] === '') return false;
    at += match[0].length;
    return true;
  };
  const string = () => {
    expect('"');
    for (;;) {
      const char = text.charAt(at);
      if (char === '"') break;
      // Control characters (a raw line break, for one) must be escaped inside a JSON string.
      if (char === '' || char < ' ') fail();
      if (char === '\\') {
        if (!sticky(ESCAPE)) fail();
      } else at += 1;
    }
    expect('"');
  };
  const value = (): void => {
    skip();
    const char = text.charAt(at);
    if (char === '{') return object();
    if (char === '[') return array();
    if (char === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return;
      }
    }
    if (!sticky(NUMBER)) fail();
  };
  const members = (close: string, member: () => void) => {
    at += 1;
    skip();
    if (text.charAt(at) === close) {
      at += 1;
      return;
    }
    for (;;) {
      member();
      skip();
      if (text.charAt(at) === close) {
        at += 1;
        return;
      }
      expect(',');
    }
  };
  const object = () =>
    members('}', () => {
      skip();
      string();
      skip();
      expect(':');
      value();
    });
  const array = () => members(']', value);

  value();
  skip();
  if (at < text.length) fail();
}

export function locate(text: string, offset: number): JsonLocation {
  const before = text.slice(0, offset).split('\n');
  const last = before[before.length - 1] ?? '';
  return { offset, line: before.length, column: last.length + 1 };
}

/** `null` when the text is valid JSON; otherwise where the first problem is. */
export function findJsonSyntaxError(text: string): JsonLocation | null {
  try {
    scan(text);
    return null;
  } catch (error) {
    if (error instanceof JsonSyntaxError) return locate(text, error.offset);
    throw error;
  }
}
