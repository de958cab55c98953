// The search index's records, made from the corpus rather than read back out of 100,000 rendered pages: one per quote,
// per article and per story, with the same labels as the pages and the search form. Indexing these costs a fraction of
// what parsing the HTML cost (time and memory), and each record holds only the words a reader would search for.
import type { Article, Quote, Story } from '../schemas/index.ts';
import { kindLabel, sourceName, speakerName, truncate } from './labels.ts';
import { headerStandfirst, roleKey, type SiteIndex } from './site-index.ts';
import { IN_ARTICLE, OPENING_SHOWN, QUOTE_SHOWN, SHOWN, shownText } from './search-display.ts';
import { withoutStopWords } from './search-query.ts';
import { splitWords } from './word-diff.ts';
import { articleUrl, quoteUrl, storyUrl } from './urls.ts';

/** One Pagefind record (the shape of Pagefind's `addCustomRecord`). */
export interface SearchRecord {
  url: string;
  /** The searchable text, plain (never HTML), without stop words: see withoutStopWords. */
  content: string;
  language: 'en';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Words of body text an article record holds at least (whole paragraphs from the top): the lead, not the whole text. */
export const LEAD_WORDS = 80;

/**
 * The article's lead: its first paragraphs up to LEAD_WORDS words. Its quotations have records of their own, and the full
 * text of 10,000 articles made Pagefind's index build take several gigabytes and every common word's entry heavy to fetch.
 */
export function leadParagraphs(article: Article, words = LEAD_WORDS): string[] {
  const out: string[] = [];
  let count = 0;
  for (const p of article.paragraphs) {
    if (count >= words) break;
    out.push(p.text);
    count += p.text.split(/\s+/).filter(Boolean).length;
  }
  return out;
}

const topicLabels = (index: SiteIndex, slugs: readonly string[]): string[] =>
  [...new Set(slugs)].filter((t) => index.topic.has(t)).map((t) => index.topic.get(t)!.label);

/** Filters without the keys that have no value (a record outside any story carries no story filter). */
const present = (filters: Record<string, string[]>): Record<string, string[]> => Object.fromEntries(Object.entries(filters).filter(([, v]) => v.length > 0));

const storyTitle = (index: SiteIndex, article: Article): string[] =>
  article.story && index.story.has(article.story) ? [index.story.get(article.story)!.title] : [];

/** A quote's record: its words and who said them (with the roles its article gives them); filtered by speaker, kind, outlet, story, topic. */
export function quoteRecord(index: SiteIndex, quote: Quote): SearchRecord | null {
  const article = index.article.get(quote.article);
  if (!article) return null;
  const speaker = quote.speaker ? index.speaker.get(quote.speaker) ?? null : null;
  const roles = speaker ? index.rolesIn.get(roleKey(speaker.id, article.slug)) ?? [] : [];
  const who = speakerName(speaker);
  return {
    url: quoteUrl(quote.id),
    content: withoutStopWords(`${quote.text} — ${who}${roles.length ? `, ${roles.join('; ')}` : ''}`),
    language: 'en',
    // Pagefind indexes every meta field as words: what the result shows travels in filters instead (search-display.ts).
    meta: {},
    filters: present({
      [SHOWN]: shownText(quote.text, QUOTE_SHOWN),
      [IN_ARTICLE]: [article.title],
      kind: [kindLabel(quote.kind)],
      speaker: [who],
      source: [sourceName(article)],
      story: storyTitle(index, article),
      topic: topicLabels(index, quote.topics),
    }),
  };
}

/** An article's record: headline, standfirst and lead; filtered by kind, outlet, story, topic. */
export function articleRecord(index: SiteIndex, article: Article): SearchRecord {
  const opening = [...headerStandfirst(article), ...leadParagraphs(article)];
  return {
    url: articleUrl(article.slug),
    content: withoutStopWords([article.title, ...opening].join('\n')),
    language: 'en',
    meta: { title: article.title },
    filters: present({ [SHOWN]: shownText(opening.join(' '), OPENING_SHOWN), kind: [kindLabel('article')], source: [sourceName(article)], story: storyTitle(index, article), topic: topicLabels(index, article.topics) }),
  };
}

/** A story's record: its title, each article's headline and opening, and the fullest version of each shared quotation with its speaker. */
export function storyRecord(index: SiteIndex, story: Story): SearchRecord {
  const articles = story.articles.flatMap((slug) => (index.article.has(slug) ? [index.article.get(slug)!] : []));
  const openings = articles.map((a) => {
    const opening = story.framing.find((f) => f.article === a.slug)?.opening;
    return opening ? `${a.title}\n${truncate(opening, 360)}` : a.title;
  });
  const shared = story.quotations.flatMap((sq) => {
    const versions = sq.quotes.flatMap((id) => (index.quote.has(id) ? [index.quote.get(id)!] : []));
    if (versions.length === 0) return [];
    const fullest = versions.reduce((best, q) => (splitWords(q.text).length > splitWords(best.text).length ? q : best));
    const speakerId = sq.speaker ?? fullest.speaker;
    return [`${fullest.text} — ${speakerName(speakerId ? index.speaker.get(speakerId) : null)}`];
  });
  return {
    url: storyUrl(story.id),
    content: withoutStopWords([story.title, ...openings, ...shared].join('\n')),
    language: 'en',
    meta: { title: story.title },
    filters: present({ [SHOWN]: shownText(story.framing.find((f) => f.opening)?.opening ?? '', OPENING_SHOWN), story: [story.title] }),
  };
}

/** Every record of the site, in a fixed order (quotes, articles, stories, each in corpus order) so the index is byte-identical build to build. */
export function* searchRecords(index: SiteIndex): Generator<SearchRecord> {
  for (const q of index.quotes) {
    const record = quoteRecord(index, q);
    if (record) yield record;
  }
  for (const a of index.articles) yield articleRecord(index, a);
  for (const s of index.stories) yield storyRecord(index, s);
}
