// How each article of a story framed the event: its headline and opening, and how much of its
// text went to quotes from each side. Sides come from the names and roles the corpus reports.
import sideRules from './sides.json' with { type: 'json' };

/** A side a speaker speaks for (`other` when nothing in their name or roles says). */
export type Side = string;

/** The side rules: for each side, words of its names, places and institutions. */
export interface SideRules {
  sides: Array<{ id: string; label: string; terms: string[] }>;
  other: { id: string; label: string };
}

/** The project's side rules, as data in `sides.json`. */
export const SIDE_RULES: SideRules = sideRules;

/** What framing reads of a speaker. */
export interface SpeakerLike {
  id: string;
  name: string;
  roles: Array<{ role: string }>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// One alternation per rule set, compiled once: the earliest match in the text is the first side term.
const compiled = new WeakMap<SideRules, { pattern: RegExp; sideOfTerm: Map<string, string> }>();

function compile(rules: SideRules) {
  let c = compiled.get(rules);
  if (!c) {
    const sideOfTerm = new Map<string, string>();
    for (const side of rules.sides) for (const term of side.terms) if (!sideOfTerm.has(term)) sideOfTerm.set(term, side.id);
    // Longer terms first, so `United States` wins over a shorter term at the same place.
    const terms = [...sideOfTerm.keys()].sort((a, b) => b.length - a.length).map(escape);
    c = { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.join('|')})(?![\\p{L}\\p{N}])`, 'u'), sideOfTerm };
    compiled.set(rules, c);
  }
  return c;
}

/** The side whose term comes first in a text, or null when none occurs. */
export function firstSideIn(text: string, rules: SideRules = SIDE_RULES): string | null {
  const { pattern, sideOfTerm } = compile(rules);
  const m = pattern.exec(text);
  return m ? sideOfTerm.get(m[0]) ?? null : null;
}

/** The side of a speaker: each role votes (the name counts twice); no votes or a tie gives `other`. */
export function sideOf(speaker: SpeakerLike | null | undefined, rules: SideRules = SIDE_RULES): Side {
  if (!speaker) return rules.other.id;
  const votes = new Map<string, number>();
  const vote = (text: string, weight: number) => {
    const side = firstSideIn(text, rules);
    if (side) votes.set(side, (votes.get(side) ?? 0) + weight);
  };
  vote(speaker.name, 2);
  for (const r of speaker.roles) vote(r.role, 1);
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || (ranked[1] && ranked[1][1] === ranked[0][1])) return rules.other.id;
  return ranked[0][0];
}

// Words as /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu matches them, counted by walking the code points: the pattern made a
// string of every word of every article (framing reads whole articles) only for them to be counted.

/** Bit 1: a letter or digit (\p{L}\p{N}); bit 2: a letter (\p{L}); bit 4: known. Asked of the patterns once per code point. */
const LETTER_OR_DIGIT = 1;
const LETTER = 2;
const bmpClass = new Uint8Array(0x10000);
const astralClass = new Map<number, number>();
function classOf(cp: number): number {
  let c = cp < 0x10000 ? bmpClass[cp] : astralClass.get(cp);
  if (!c) {
    const ch = String.fromCodePoint(cp);
    c = 4 | (/^[\p{L}\p{N}]$/u.test(ch) ? LETTER_OR_DIGIT : 0) | (/^\p{L}$/u.test(ch) ? LETTER : 0);
    if (cp < 0x10000) bmpClass[cp] = c;
    else astralClass.set(cp, c);
  }
  return c;
}

/** The index after the run of code points from i that have class bit `bit`. (A lone surrogate is a code point of its own, in no class.) */
function skipRun(s: string, i: number, bit: number): number {
  while (i < s.length) {
    const cp = s.codePointAt(i)!;
    if (!(classOf(cp) & bit)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** Words of a text: the matches of the pattern above, counted. */
export function countWords(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    if (!(classOf(cp) & LETTER_OR_DIGIT)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    n++;
    i = skipRun(s, i, LETTER_OR_DIGIT);
    // Each apostrophe followed by a letter goes on the word, with the letters after it (not digits: those start the next word).
    while (i + 1 < s.length && (s.charCodeAt(i) === 0x27 || s.charCodeAt(i) === 0x2019) && classOf(s.codePointAt(i + 1)!) & LETTER) i = skipRun(s, i + 1, LETTER);
  }
  return n;
}

/** What framing reads of an article. */
export interface ArticleLike {
  slug: string;
  title: string;
  standfirst?: string[];
  paragraphs: Array<{ text: string; role?: string }>;
}

/** What framing reads of a quote. */
export interface QuoteLike {
  article: string;
  speaker: string | null;
  text: string;
  kind: string;
}

/** One article's framing. */
export interface ArticleFraming {
  article: string;
  headline: string;
  /** The first body paragraph (or the standfirst when there is none). */
  opening: string;
  /** Words of the article (standfirst and body). */
  words: number;
  /** Words inside quotation marks, per side id (every side present, `other` included). */
  quotedWords: Record<string, number>;
  /** quotedWords / words, per side, rounded to 3 places. */
  shares: Record<string, number>;
}

/** Frames one article: headline, opening, and the share of its words quoted from each side. Indirect speech is not counted: it is the outlet's wording. */
export function frameArticle(article: ArticleLike, quotes: QuoteLike[], sideOfSpeaker: (id: string | null) => Side, rules: SideRules = SIDE_RULES): ArticleFraming {
  const ids = [...rules.sides.map((s) => s.id), rules.other.id];
  const quotedWords: Record<string, number> = Object.fromEntries(ids.map((id) => [id, 0]));
  for (const q of quotes) {
    if (q.article !== article.slug || q.kind === 'indirect') continue;
    const side = sideOfSpeaker(q.speaker);
    quotedWords[side in quotedWords ? side : rules.other.id] += countWords(q.text);
  }
  const standfirst = article.standfirst ?? [];
  const words = [...standfirst, ...article.paragraphs.map((p) => p.text)].reduce((n, t) => n + countWords(t), 0);
  const shares = Object.fromEntries(ids.map((id) => [id, words ? Math.round((1000 * quotedWords[id]) / words) / 1000 : 0]));
  const opening = article.paragraphs.find((p) => (p.role ?? 'body') === 'body')?.text ?? standfirst[0] ?? '';
  return { article: article.slug, headline: article.title, opening, words, quotedWords, shares };
}

/** The label of a side id, for display. */
export function sideLabel(id: string, rules: SideRules = SIDE_RULES): string {
  return rules.sides.find((s) => s.id === id)?.label ?? rules.other.label;
}
