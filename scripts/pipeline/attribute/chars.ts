// Character classes of code points, asked of the Unicode patterns once per character and kept.

/** Bit 1: a letter or digit (\p{L}\p{N}). */
export const LETTER = 1;
/** Bit 2: a capital (\p{Lu}). */
export const CAPITAL = 2;
/** Bit 4: may go on a word in the cleaner's sense (\p{L}\p{N}'’_-). */
export const INNER = 4;
/** Bit 16: may go on a token in attribution's sense (\p{L}\p{N}’'-.). */
export const TOKEN_INNER = 16;
const KNOWN = 8;
const bmpClass = new Uint8Array(0x10000);
const astralClass = new Map<number, number>();
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const UPPER = /^\p{Lu}$/u;

function measure(cp: number): number {
  const ch = String.fromCodePoint(cp);
  const letter = LETTER_OR_DIGIT.test(ch);
  return (
    KNOWN |
    (letter ? LETTER | INNER | TOKEN_INNER : 0) |
    (UPPER.test(ch) ? CAPITAL : 0) |
    (ch === "'" || ch === '’' || ch === '_' || ch === '-' ? INNER : 0) |
    (ch === "'" || ch === '’' || ch === '-' || ch === '.' ? TOKEN_INNER : 0)
  );
}

/** The class bits of a code point (a lone surrogate is a code point of its own, in no class). */
export function classOf(cp: number): number {
  if (cp < 0x10000) {
    let c = bmpClass[cp];
    if (!c) bmpClass[cp] = c = measure(cp);
    return c;
  }
  let c = astralClass.get(cp);
  if (c === undefined) astralClass.set(cp, (c = measure(cp)));
  return c;
}
