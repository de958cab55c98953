import type { Topic } from '../../src/schemas/index.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A signal as a pattern: case-insensitive, a trailing `*` matching any ending, spaces matching any run of spaces. */
const signalSource = (s: string) => (s.endsWith('*') ? `${escape(s.slice(0, -1))}[\\p{L}\\p{N}'’-]*` : escape(s)).replace(/ /g, '\\s+');
const bounded = (alts: string[]) => `(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`;

/** Compiles a topic's signals to one case-insensitive regular expression (`sanction*` matches any ending). */
export function topicPattern(topic: Topic): RegExp {
  return new RegExp(bounded(topic.signals.map(signalSource)), 'giu');
}

// Why not just run each topic's pattern over the text: a pattern that opens with a look-behind is tried at every
// character, so twelve topics cost a dozen slow passes per text. Every match starts where a word starts, with the
// signal's first word, so one pass with a trie of first words finds the few places a match can start, and the
// pattern itself (sticky) decides there. Same matches, a fraction of the work.

/** A node of the trie of signals' first words, by lower-case ASCII code. */
interface TrieNode {
  next: Array<TrieNode | undefined>;
  /** Topics with a signal whose first word ends here and must end the text's word too ("Taiwan", "trade war"). */
  whole: number[];
  /** Topics with a signal that is this word with any ending ("sanction*"). */
  prefix: number[];
}

interface Compiled {
  /** The topic's pattern, sticky: tried only where the trie says a signal may start. */
  sticky: RegExp;
  /** The topic's pattern, global: for a topic the trie cannot screen. */
  global: RegExp;
  exclude: RegExp | null;
}

interface CompiledList {
  topics: Compiled[];
  trie: TrieNode;
  /** Per topic: false when a signal's first word is not plain ASCII letters and digits (the trie cannot screen it). */
  screened: boolean[];
}

const node = (): TrieNode => ({ next: [], whole: [], prefix: [] });
/** ASCII letters and digits by code, lower-cased; -1 for other ASCII. */
const WORD_CHAR = Int16Array.from({ length: 128 }, (_, c) => ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? c : c >= 65 && c <= 90 ? c + 32 : -1));
/**
 * The only characters outside ASCII that a case-insensitive Unicode pattern matches to an ASCII letter: long s
 * (U+017F) and the kelvin sign (U+212A). A text holding one is matched in full, since the trie compares ASCII only.
 */
const LONG_S = 0x17f;
const KELVIN = 0x212a;

/** Adds a signal's first word to the trie; false when it has none made of ASCII letters and digits. */
function addSignal(root: TrieNode, topic: number, signal: string): boolean {
  const literal = signal.endsWith('*') ? signal.slice(0, -1) : signal;
  const first = /^[a-z0-9]+/i.exec(literal)?.[0] ?? '';
  // A first word that goes on with a non-ASCII letter or digit ("Zürich") cannot be screened in ASCII.
  if (!first || /^[\p{L}\p{N}]/u.test(literal.slice(first.length))) return false;
  let at = root;
  for (let i = 0; i < first.length; i++) {
    const c = WORD_CHAR[first.charCodeAt(i)];
    at = at.next[c] ??= node();
  }
  // "sanction*" is the first word with any ending; "export control*" or "Taiwan" need the text's word to end there.
  const list = signal.endsWith('*') && first === literal ? at.prefix : at.whole;
  if (!list.includes(topic)) list.push(topic);
  return true;
}

// Topic lists are compiled once, not once per paragraph: at 10,000 articles this stage runs on every paragraph.
const compiledLists = new WeakMap<Topic[], CompiledList>();

function compile(topics: Topic[]): CompiledList {
  let compiled = compiledLists.get(topics);
  if (!compiled) {
    const trie = node();
    const screened = topics.map((t, i) => t.signals.map((s) => addSignal(trie, i, s)).every(Boolean));
    compiled = {
      topics: topics.map((t) => {
        const source = topicPattern(t).source;
        return { sticky: new RegExp(source, 'iuy'), global: new RegExp(source, 'giu'), exclude: t.exclude?.length ? new RegExp(bounded(t.exclude.map(signalSource)), 'giu') : null };
      }),
      trie,
      screened,
    };
    compiledLists.set(topics, compiled);
  }
  return compiled;
}

/**
 * Where in `text` each screened topic's signals may start (ascending): the starts of words that begin with one of
 * its signals' first words. Null when the text holds a character the ASCII trie cannot compare (long s, kelvin sign).
 */
function startsByTopic(text: string, trie: TrieNode, n: number): number[][] | null {
  const out: number[][] = Array.from({ length: n }, () => []);
  const add = (list: number[], at: number) => {
    for (const t of list) if (out[t][out[t].length - 1] !== at) out[t].push(at);
  };
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) {
      if (code === LONG_S || code === KELVIN) return null;
      inWord = false;
      continue;
    }
    const c = WORD_CHAR[code];
    if (c < 0) {
      inWord = false;
      continue;
    }
    if (inWord) continue;
    inWord = true;
    let at = trie.next[c];
    for (let j = i + 1; at; j++) {
      if (at.prefix.length) add(at.prefix, i);
      const d = j < text.length ? text.charCodeAt(j) : -1;
      const next = d >= 0 && d < 128 ? WORD_CHAR[d] : -1;
      if (next < 0) {
        if (at.whole.length) add(at.whole, i);
        break;
      }
      at = at.next[next];
    }
  }
  return out;
}

/** Where the next search starts after an empty match at i (past a whole surrogate pair, as String.prototype.matchAll does). */
function advance(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
}

/** Start offsets of the matches of a global pattern in `text`, left to right, as String.prototype.matchAll finds them. */
function allStarts(re: RegExp, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m.index, m.index + m[0].length]);
    if (!m[0]) re.lastIndex = advance(text, re.lastIndex);
  }
  return out;
}

/**
 * How many times a topic's signals occur in `text`, leaving out those inside one of its `exclude` phrases.
 * `starts`: the only places a match can start (ascending), or null to search the whole text.
 */
function countSignals(text: string, { sticky, global, exclude }: Compiled, starts: number[] | null): number {
  let matches: Array<[number, number]>;
  if (starts) {
    // The sticky pattern tried at each possible start, left to right, never inside the previous match: the matches
    // a global search finds, since a global search takes the leftmost start where the pattern matches.
    matches = [];
    let from = 0;
    for (const at of starts) {
      if (at < from) continue;
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (!m) continue;
      matches.push([at, at + m[0].length]);
      from = m[0] ? at + m[0].length : advance(text, at);
    }
  } else matches = allStarts(global, text);
  if (!matches.length) return 0;
  const excluded = exclude ? allStarts(exclude, text) : [];
  let n = 0;
  for (const [index] of matches) if (!excluded.some(([s, e]) => index >= s && index < e)) n++;
  return n;
}

/** The topics a text is about, most mentions first (ties by slug). Any signal counts: a topic mentioned once is assigned. */
export function assignTopics(text: string, topics: Topic[]): string[] {
  const compiled = compile(topics);
  const starts = startsByTopic(text, compiled.trie, topics.length);
  return topics
    .map((t, i) => ({ slug: t.slug, n: countSignals(text, compiled.topics[i], starts && compiled.screened[i] ? starts[i] : null) }))
    .filter((t) => t.n > 0)
    .sort((a, b) => b.n - a.n || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
    .map((t) => t.slug);
}
