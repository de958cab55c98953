import type { Topic } from '../../src/schemas/index.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A signal as a pattern: case-insensitive, a trailing `*` matching any ending, spaces matching any run of spaces. */
const signalSource = (s: string) => (s.endsWith('*') ? `${escape(s.slice(0, -1))}[\\p{L}\\p{N}'’-]*` : escape(s)).replace(/ /g, '\\s+');
const bounded = (alts: string[]) => `(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`;

/** Compiles a topic's signals to one case-insensitive regular expression (`sanction*` matches any ending). */
export function topicPattern(topic: Topic): RegExp {
  return new RegExp(bounded(topic.signals.map(signalSource)), 'giu');
}

interface Compiled {
  signals: RegExp;
  exclude: RegExp | null;
}

// Topic lists are compiled once, not once per paragraph: at 10,000 articles this stage runs on every paragraph.
const compiledLists = new WeakMap<Topic[], Compiled[]>();

function compile(topics: Topic[]): Compiled[] {
  let compiled = compiledLists.get(topics);
  if (!compiled) {
    compiled = topics.map((t) => ({ signals: topicPattern(t), exclude: t.exclude?.length ? new RegExp(bounded(t.exclude.map(signalSource)), 'giu') : null }));
    compiledLists.set(topics, compiled);
  }
  return compiled;
}

/** How many times a topic's signals occur in `text`, leaving out those inside one of its `exclude` phrases. */
function countSignals(text: string, { signals, exclude }: Compiled): number {
  const excluded: Array<[number, number]> = exclude ? [...text.matchAll(exclude)].map((m) => [m.index, m.index + m[0].length]) : [];
  let n = 0;
  for (const m of text.matchAll(signals)) if (!excluded.some(([s, e]) => m.index >= s && m.index < e)) n++;
  return n;
}

/** The topics a text is about, most mentions first (ties by slug). Any signal counts: a topic mentioned once is assigned. */
export function assignTopics(text: string, topics: Topic[]): string[] {
  const compiled = compile(topics);
  return topics
    .map((t, i) => ({ slug: t.slug, n: countSignals(text, compiled[i]) }))
    .filter((t) => t.n > 0)
    .sort((a, b) => b.n - a.n || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
    .map((t) => t.slug);
}
