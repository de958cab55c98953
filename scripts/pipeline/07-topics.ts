import type { Topic } from '../../src/schemas/index.ts';

/** Compiles a topic's signals to one case-insensitive regular expression (`sanction*` matches any ending). */
export function topicPattern(topic: Topic): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alts = topic.signals.map((s) => (s.endsWith('*') ? `${escape(s.slice(0, -1))}\\p{L}*` : escape(s)));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** The topics a text is about, most mentions first. (Placeholder: any signal counts.) */
export function assignTopics(text: string, topics: Topic[]): string[] {
  return topics
    .map((t) => ({ slug: t.slug, n: [...text.matchAll(topicPattern(t))].length }))
    .filter((t) => t.n > 0)
    .sort((a, b) => b.n - a.n || a.slug.localeCompare(b.slug))
    .map((t) => t.slug);
}
