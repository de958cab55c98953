// The quotations a story's articles share: versions linked by the quote matcher, gathered
// into one entry per quotation, with the articles that carried it.
import { UnionFind } from './union-find.ts';

/** What the grouping reads of a quote. */
export interface StoryQuote {
  id: string;
  article: string;
  speaker: string | null;
  text: string;
  kind: string;
  matches: string[];
}

/** One quotation as several articles of a story carried it. */
export interface SharedQuotation {
  /** Ids of its versions, in article order. */
  quotes: string[];
  /** Slugs of the articles that carried it, in story order. */
  articles: string[];
  /** The speaker most versions name, when any does. */
  speaker: string | null;
}

/** Gathers linked versions into quotations carried by at least two of the story's articles, most widely carried first. */
export function sharedQuotations(articles: string[], quotes: StoryQuote[]): SharedQuotation[] {
  const order = new Map(articles.map((slug, i) => [slug, i]));
  const own = quotes.filter((q) => order.has(q.article));
  const index = new Map(own.map((q, i) => [q.id, i]));
  const sets = new UnionFind(own.length);
  own.forEach((q, i) => {
    for (const m of q.matches) {
      const j = index.get(m);
      if (j !== undefined) sets.union(i, j);
    }
  });
  const out: SharedQuotation[] = [];
  for (const group of sets.groups(2)) {
    const versions = group.map((i) => own[i]).sort((a, b) => order.get(a.article)! - order.get(b.article)! || a.id.localeCompare(b.id, 'en', { numeric: true }));
    const carried = [...new Set(versions.map((q) => q.article))];
    if (carried.length < 2) continue;
    const speakers = new Map<string, number>();
    for (const q of versions) if (q.speaker) speakers.set(q.speaker, (speakers.get(q.speaker) ?? 0) + 1);
    const speaker = [...speakers].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
    out.push({ quotes: versions.map((q) => q.id), articles: carried.sort((a, b) => order.get(a)! - order.get(b)!), speaker });
  }
  const words = (q: SharedQuotation) => Math.max(...q.quotes.map((id) => own[index.get(id)!].text.split(/\s+/).length));
  return out.sort((a, b) => b.articles.length - a.articles.length || words(b) - words(a) || a.quotes[0].localeCompare(b.quotes[0]));
}
