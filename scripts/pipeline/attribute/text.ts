// Text helpers for attribution: masking quoted words, sentences, word tokens.
import { scanMarks } from '../05-quotes.ts';
import { CAPITAL, classOf, LETTER, TOKEN_INNER } from './chars.ts';
import { matchesOf } from './matches.ts';

/** Placeholder for quoted words, so the words inside quotations are not read as the reporter's. */
export const MASK = '§';

/** The paragraph with every quotation's words replaced by MASK (same length, so offsets hold). */
export function maskQuoted(text: string): string {
  const parts: string[] = [];
  let at = 0;
  for (const s of scanMarks(text)) {
    const close = s.close ?? text.length;
    if (s.open + 1 < at) continue;
    parts.push(text.slice(at, s.open + 1), MASK.repeat(Math.max(0, close - s.open - 1)));
    at = close;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sen|Rep|Gov|Amb|Cmdr|Supt|Rev|Hon|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Ltd|Co|Corp|vs|etc|Sgt|Capt|Adm|Maj|Jr|Sr)|\b\p{Lu}|\.\p{Lu})$/u;

/** Words that open a sentence and never continue a name: after "the U.S." they show the full stop ends the sentence. */
const SENTENCE_OPENER = /^(?:A|An|The|It|He|She|They|We|But|This|That|These|Those|Its|His|Her|Their|In|On|At|Yet|So|And)\s/;

const SENTENCE_END = /[.!?]+[”"’')\]]*\s+(?=[\p{Lu}\p{N}“"‘'(«„])/gu;
const SPEAKER_LABEL = /^[^.:§“”"]{1,40}:\s+(?=\p{Lu})/u;

/** Sentence ranges [start, end) of a masked paragraph. */
export function sentences(masked: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  // A speaker or section label that opens the paragraph ("Reuters: Following the election, …") is a sentence of its own.
  const label = SPEAKER_LABEL.exec(masked);
  if (label) {
    out.push([0, label[0].trimEnd().length]);
    start = label[0].length;
  }
  for (const m of matchesOf(SENTENCE_END, masked)) {
    const stop = m.index;
    if (masked[stop] === '.' && ABBREVIATION.test(masked.slice(Math.max(0, stop - 6), stop)) && !(/\.\p{Lu}$/u.test(masked.slice(stop - 2, stop)) && SENTENCE_OPENER.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 8)))) continue;
    out.push([start, stop + m[0].trimEnd().length]);
    start = m.index + m[0].length;
  }
  if (start < masked.length) out.push([start, masked.length]);
  return out;
}

/** Abbreviations whose full stop belongs to the word (a name such as "Wang." at a sentence end keeps none). */
const TITLE_ABBREVIATION = /^(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sen|Rep|Gov|Amb|St|Jr|Sr|Adm|Capt|Sgt|Maj|Cmdr|Rev|Hon|No|Co|Inc|Ltd|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc)\.$/;

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}’'\-.]*[\p{L}\p{N}])?\.?/gu;
const INITIALS = /^(?:\p{L}\.)+\p{L}?\.?$/u;

/** A word of a sentence with its offset in the paragraph. */
export interface Token { text: string; start: number; end: number }

/** Word tokens (letters, digits, inner apostrophes, hyphens and dots) of text[from, to). */
export function tokens(text: string, from = 0, to = text.length): Token[] {
  // The WORD pattern, walked by hand (this runs on every sentence, several times): a letter or digit, then the
  // longest run of token characters cut back to its last letter or digit, then one full stop if there is one.
  // A surrogate (a character outside the BMP) hands the text back to the pattern, which reads by code points.
  if (isSurrogate(text.charCodeAt(from))) return tokensByPattern(text, from, to);
  const out: Token[] = [];
  const n = text.length;
  let i = from;
  for (;;) {
    for (; i < n; i++) {
      const code = text.charCodeAt(i);
      if (classOf(code) & LETTER) break;
      if (isSurrogate(code)) return tokensByPattern(text, from, to);
    }
    if (i >= n || i >= to) break;
    const start = i;
    let last = i;
    for (let j = i + 1; j < n; j++) {
      const code = text.charCodeAt(j);
      const c = classOf(code);
      if (!(c & TOKEN_INNER)) {
        if (isSurrogate(code)) return tokensByPattern(text, from, to);
        break;
      }
      if (c & LETTER) last = j;
    }
    let end = last + 1;
    if (text.charCodeAt(end) === 46) end++;
    pushToken(out, text.slice(start, end), start);
    i = end;
  }
  return out;
}

const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

/** Adds a word; a final full stop belongs to it only for abbreviations (Mr., U.S.). */
function pushToken(out: Token[], w: string, start: number): void {
  if (w.endsWith('.') && !TITLE_ABBREVIATION.test(w) && !INITIALS.test(w)) w = w.slice(0, -1);
  out.push({ text: w, start, end: start + w.length });
}

/** tokens() by the WORD pattern itself: for text with characters outside the BMP, where the walk by UTF-16 units would not do. */
function tokensByPattern(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const re = WORD;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) pushToken(out, m[0], m.index);
  return out;
}


/** True for a word written with a capital (a name, or a sentence's first word). */
export const isCapitalised = (w: string) => w.length > 0 && (classOf(w.codePointAt(0)!) & CAPITAL) !== 0;
/**
 * An acronym written in capitals ("the WHO said", "US officials"): a name, even when its letters spell a function word.
 * (A sentence written all in capitals is rare in body text.)
 */
export const isAcronym = (word: string): boolean => /^\p{Lu}{2,}$/u.test(word);

const folded = new Map<string, string>();
/** Lower case, curly apostrophes straightened (memoised: the same words recur in every article). */
export const fold = (s: string): string => {
  // Most words are lower-case ASCII already: the word itself. Other ASCII words ("China", "U.S.") hold no curly
  // apostrophe: toLowerCase alone, cheaper than hashing a fresh string for a look-up in a large memo.
  let upper = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return foldMemo(s);
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper ? s.toLowerCase() : s;
};

/** fold() of a word with a character outside ASCII, memoised. */
function foldMemo(s: string): string {
  let f = folded.get(s);
  if (f === undefined) {
    if (folded.size > 50_000) folded.clear();
    f = s.toLowerCase().replace(/[’‘]/g, "'");
    folded.set(s, f);
  }
  return f;
}
