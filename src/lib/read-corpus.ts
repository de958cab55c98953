// Parses corpus.json item by item from its bytes: JSON.parse of the whole file needs the file as one string (twice its
// size in memory when it holds curly quotes) beside the parsed objects; at 10,000 articles that spike set the build's peak.

const QUOTE = 0x22, BACKSLASH = 0x5c, OPEN_OBJ = 0x7b, CLOSE_OBJ = 0x7d, OPEN_ARR = 0x5b, CLOSE_ARR = 0x5d, COMMA = 0x2c, COLON = 0x3a;
const isSpace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
const decoder = new TextDecoder('utf-8', { fatal: true });

/** The end (exclusive) of the JSON value starting at `at`; structural characters are ASCII, so scanning bytes is safe in UTF-8. */
function valueEnd(bytes: Uint8Array, at: number): number {
  let depth = 0;
  let i = at;
  for (; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === QUOTE) {
      for (i++; i < bytes.length && bytes[i] !== QUOTE; i++) if (bytes[i] === BACKSLASH) i++;
      if (depth === 0) return i + 1;
    } else if (b === OPEN_OBJ || b === OPEN_ARR) depth++;
    else if (b === CLOSE_OBJ || b === CLOSE_ARR) {
      if (depth === 0) return i;
      if (--depth === 0) return i + 1;
    } else if (depth === 0 && (b === COMMA || isSpace(b))) return i;
  }
  return i;
}

const skip = (bytes: Uint8Array, at: number): number => {
  while (at < bytes.length && isSpace(bytes[at])) at++;
  return at;
};

const parseSlice = (bytes: Uint8Array, from: number, to: number): unknown => JSON.parse(decoder.decode(bytes.subarray(from, to)));

/** Parses a JSON document whose top level is an object, each top-level array one element at a time; same result as JSON.parse. */
export function parseTopLevelObject(bytes: Uint8Array): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let i = skip(bytes, bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0);
  if (bytes[i] !== OPEN_OBJ) throw new SyntaxError('corpus: the top level is not a JSON object');
  i = skip(bytes, i + 1);
  while (i < bytes.length && bytes[i] !== CLOSE_OBJ) {
    const keyEnd = valueEnd(bytes, i);
    const key = parseSlice(bytes, i, keyEnd) as string;
    i = skip(bytes, keyEnd);
    if (bytes[i] !== COLON) throw new SyntaxError(`corpus: expected ':' after "${key}" at byte ${i}`);
    i = skip(bytes, i + 1);
    if (bytes[i] === OPEN_ARR) {
      const items: unknown[] = [];
      i = skip(bytes, i + 1);
      while (bytes[i] !== CLOSE_ARR) {
        const end = valueEnd(bytes, i);
        items.push(parseSlice(bytes, i, end));
        i = skip(bytes, end);
        if (bytes[i] === COMMA) i = skip(bytes, i + 1);
        else if (bytes[i] !== CLOSE_ARR) throw new SyntaxError(`corpus: expected ',' or ']' in "${key}" at byte ${i}`);
      }
      out[key] = items;
      i = skip(bytes, i + 1);
    } else {
      const end = valueEnd(bytes, i);
      out[key] = parseSlice(bytes, i, end);
      i = skip(bytes, end);
    }
    if (bytes[i] === COMMA) i = skip(bytes, i + 1);
    else if (bytes[i] !== CLOSE_OBJ) throw new SyntaxError(`corpus: expected ',' or '}' at byte ${i}`);
  }
  if (bytes[i] !== CLOSE_OBJ || skip(bytes, i + 1) !== bytes.length) throw new SyntaxError('corpus: unexpected end or trailing bytes');
  return out;
}
