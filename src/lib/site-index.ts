// Lookups and orderings over the corpus, built once per build so each page is a map or a filter.
import type { Article, CorpusTopic, Quote, Speaker, Story } from '../schemas/index.ts';
import { newestFirst } from './dates.ts';

/** The corpus as the content collections give it. */
export interface SiteData {
  articles: Article[];
  speakers: Speaker[];
  quotes: Quote[];
  topics: CorpusTopic[];
  stories: Story[];
}

/** The corpus with its lookups; every list is in a stable, documented order. */
export interface SiteIndex extends SiteData {
  article: Map<string, Article>;
  speaker: Map<string, Speaker>;
  topic: Map<string, CorpusTopic>;
  quote: Map<string, Quote>;
  story: Map<string, Story>;
  /** An article's place in `articles` (newest first). */
  articleRank: Map<string, number>;
  /** Quotes of an article in reading order. */
  quotesByArticle: Map<string, Quote[]>;
  /** Quotes of a speaker: articles newest first, then reading order. */
  quotesBySpeaker: Map<string, Quote[]>;
  /** Quotes carrying a topic, in the same order. */
  quotesByTopic: Map<string, Quote[]>;
  /** Articles carrying a topic, newest first. */
  articlesByTopic: Map<string, Article[]>;
  /** The distinct roles an article gives a speaker, keyed by `roleKey(speaker, article)`. */
  rolesIn: Map<string, string[]>;
}

/** The key of `SiteIndex.rolesIn`. */
export const roleKey = (speaker: string, article: string): string => `${speaker}\u0000${article}`;

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds the index: articles newest first (undated last), speakers by quotes then name, topics by articles then label. */
export function buildSiteIndex(data: SiteData): SiteIndex {
  const articles = newestFirst(data.articles, (a) => a.date, (a) => a.slug);
  const rank = new Map(articles.map((a, i) => [a.slug, i]));
  const quotes = [...data.quotes].sort(
    (a, b) => (rank.get(a.article) ?? 1e9) - (rank.get(b.article) ?? 1e9) || a.paragraph - b.paragraph || a.start - b.start || byText(a.id, b.id),
  );
  const speakers = [...data.speakers].sort((a, b) => b.quoteCount + b.indirectCount - (a.quoteCount + a.indirectCount) || byText(a.name, b.name) || byText(a.id, b.id));
  const topics = [...data.topics].sort((a, b) => b.articleCount - a.articleCount || byText(a.label, b.label));
  const stories = [...data.stories].sort((a, b) => byText(a.id, b.id));

  const quotesByArticle = new Map<string, Quote[]>();
  const quotesBySpeaker = new Map<string, Quote[]>();
  const quotesByTopic = new Map<string, Quote[]>();
  for (const q of quotes) {
    push(quotesByArticle, q.article, q);
    if (q.speaker !== null) push(quotesBySpeaker, q.speaker, q);
    for (const t of new Set(q.topics)) push(quotesByTopic, t, q);
  }
  const articlesByTopic = new Map<string, Article[]>();
  for (const a of articles) for (const t of new Set(a.topics)) push(articlesByTopic, t, a);
  // A much-quoted speaker has thousands of roles: look them up per article instead of filtering the list on every page.
  const rolesIn = new Map<string, string[]>();
  for (const s of speakers) {
    for (const r of s.roles) {
      const list = rolesIn.get(roleKey(s.id, r.article));
      if (!list) rolesIn.set(roleKey(s.id, r.article), [r.role]);
      else if (!list.includes(r.role)) list.push(r.role);
    }
  }

  return {
    articles, speakers, quotes, topics, stories,
    article: new Map(articles.map((a) => [a.slug, a])),
    speaker: new Map(speakers.map((s) => [s.id, s])),
    topic: new Map(topics.map((t) => [t.slug, t])),
    quote: new Map(quotes.map((q) => [q.id, q])),
    story: new Map(stories.map((s) => [s.id, s])),
    articleRank: rank,
    quotesByArticle, quotesBySpeaker, quotesByTopic, articlesByTopic, rolesIn,
  };
}

/** A speaker's quotes grouped by article, articles newest first. */
export function groupByArticle(index: SiteIndex, quotes: readonly Quote[]): { article: Article; quotes: Quote[] }[] {
  const groups = new Map<string, Quote[]>();
  for (const q of quotes) push(groups, q.article, q);
  return [...groups]
    .filter(([slug]) => index.article.has(slug))
    .map(([slug, qs]) => ({ article: index.article.get(slug)!, quotes: qs }));
}

/** Each distinct role a speaker is given, with the articles that give it (in index order). */
export function rolesWithSources(index: SiteIndex, speaker: Speaker): { role: string; articles: Article[] }[] {
  const roles = new Map<string, Set<string>>();
  for (const r of speaker.roles) {
    const set = roles.get(r.role) ?? new Set<string>();
    set.add(r.article);
    roles.set(r.role, set);
  }
  // Look articles up rather than scanning the whole list: this runs once per speaker, at 10,000 articles too.
  const rank = (slug: string): number => index.articleRank.get(slug) ?? Infinity;
  return [...roles].map(([role, slugs]) => ({
    role,
    articles: [...slugs].filter((s) => index.article.has(s)).sort((a, b) => rank(a) - rank(b)).map((s) => index.article.get(s)!),
  }));
}

/** The speakers quoted in an article, with the roles that article gives them and how often each is quoted there. */
export function speakersInArticle(index: SiteIndex, article: Article): { speaker: Speaker; roles: string[]; count: number }[] {
  const quotes = index.quotesByArticle.get(article.slug) ?? [];
  const ids = [...new Set([...article.speakers, ...quotes.flatMap((q) => (q.speaker ? [q.speaker] : []))])];
  return ids
    .filter((id) => index.speaker.has(id))
    .map((id) => {
      const speaker = index.speaker.get(id)!;
      return {
        speaker,
        roles: index.rolesIn.get(roleKey(id, article.slug)) ?? [],
        count: quotes.filter((q) => q.speaker === id).length,
      };
    });
}

/** Quotes of an article that other articles carry too, with those other quotes (only ones that exist). */
export function alsoReported(index: SiteIndex, article: Article): { quote: Quote; matches: Quote[] }[] {
  return (index.quotesByArticle.get(article.slug) ?? [])
    .map((quote) => ({
      quote,
      // One entry per other article: a quote split in two there is still one report of it.
      matches: [...new Map(quote.matches.flatMap((id) => {
        const m = index.quote.get(id);
        return m && m.article !== article.slug ? [[m.article, m] as const] : [];
      }).reverse()).values()].reverse(),
    }))
    .filter((x) => x.matches.length > 0);
}

/** Standfirst lines for the article's header: those the body does not already carry as standfirst paragraphs. */
export function headerStandfirst(article: Article): string[] {
  const inBody = new Set(article.paragraphs.filter((p) => p.role === 'standfirst').map((p) => p.text.trim()));
  return article.standfirst.filter((s) => !inBody.has(s.trim()));
}

/** Topics that share articles with `slug`, most shared first, then by label; at most `limit`. */
export function relatedTopics(index: SiteIndex, slug: string, limit = 8): { topic: CorpusTopic; shared: number }[] {
  const counts = new Map<string, number>();
  for (const a of index.articlesByTopic.get(slug) ?? []) {
    for (const t of new Set(a.topics)) if (t !== slug) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return [...counts]
    .filter(([t]) => index.topic.has(t))
    .map(([t, shared]) => ({ topic: index.topic.get(t)!, shared }))
    .sort((a, b) => b.shared - a.shared || byText(a.topic.label, b.topic.label))
    .slice(0, limit);
}

/** A quote's paragraph and its neighbours, for context on the quote's page. */
export function quoteContext(article: Article, quote: Quote): { before: string | null; paragraph: string | null; after: string | null } {
  const p = article.paragraphs;
  const at = (i: number): string | null => (i >= 0 && i < p.length ? p[i].text : null);
  return { before: at(quote.paragraph - 1), paragraph: at(quote.paragraph), after: at(quote.paragraph + 1) };
}

const storyOrder = new WeakMap<SiteIndex, Story[]>();

/** Stories largest first, then by title and id (stable between builds); computed once per index. */
export function storiesBySize(index: SiteIndex): Story[] {
  let sorted = storyOrder.get(index);
  if (!sorted) {
    sorted = [...index.stories].sort((a, b) => b.articles.length - a.articles.length || a.title.localeCompare(b.title, 'en') || byText(a.id, b.id));
    storyOrder.set(index, sorted);
  }
  return sorted;
}
