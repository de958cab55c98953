// What a story page shows, computed from the corpus so the page itself is only markup:
// the articles side by side, which shared quotations each carried or left out, and how the versions differ.
import type { Article, ArticleFraming, Quote, Speaker, Story } from '../schemas/index.ts';
import { diffWords, splitWords, type DiffSegment } from './word-diff.ts';
import { SIDE_RULES, sideLabel } from './framing.ts';

/** The lookups a story view needs. */
export interface StoryLookups {
  article: Map<string, Article>;
  quote: Map<string, Quote>;
  speaker: Map<string, Speaker>;
  /** Quotes of each article, in reading order. */
  quotesByArticle: Map<string, Quote[]>;
}

/** One article of the story, as its column shows it. */
export interface StoryColumn {
  article: Article;
  framing: ArticleFraming | null;
  /** Speakers it quoted, most quoted first. */
  speakers: Speaker[];
  /** For each shared quotation (in story order), this article's versions; empty when it left that quotation out. */
  carried: Quote[][];
  /** Quotations only this article carried (direct and partial). */
  own: Quote[];
}

/** One version of a shared quotation, compared word by word with the fullest version. */
export interface QuoteVersion {
  quote: Quote;
  /** Words of the fullest version this one left out are `removed`; words it has that the fullest lacks are `added`. Empty for the fullest itself. */
  diff: DiffSegment[];
}

/** A quotation several articles carried. */
export interface QuotationRow {
  speaker: Speaker | null;
  /** The fullest (longest) version. */
  fullest: Quote;
  /** Every version, in story order, the fullest included. */
  versions: QuoteVersion[];
  /** Slugs of the articles that left it out. */
  leftOut: string[];
}

/** A side's share of an article's words, for the bars. */
export interface SideShare {
  side: string;
  label: string;
  share: number;
}

/** The story page's data. */
export interface StoryView {
  columns: StoryColumn[];
  rows: QuotationRow[];
}

const words = (q: Quote) => splitWords(q.text).length;

/** Builds the story page's data. */
export function storyView(story: Story, lookups: StoryLookups): StoryView {
  const articles = story.articles.flatMap((slug) => (lookups.article.has(slug) ? [lookups.article.get(slug)!] : []));
  const shared = story.quotations.map((sq) => sq.quotes.flatMap((id) => (lookups.quote.has(id) ? [lookups.quote.get(id)!] : []))).filter((vs) => vs.length > 0);
  const inShared = new Set(shared.flat().map((q) => q.id));

  const columns: StoryColumn[] = articles.map((article) => {
    const own = lookups.quotesByArticle.get(article.slug) ?? [];
    return {
      article,
      framing: story.framing.find((f) => f.article === article.slug) ?? null,
      speakers: article.speakers.flatMap((id) => (lookups.speaker.has(id) ? [lookups.speaker.get(id)!] : [])),
      carried: shared.map((versions) => versions.filter((q) => q.article === article.slug)),
      own: own.filter((q) => q.kind !== 'indirect' && !inShared.has(q.id)),
    };
  });

  const rows: QuotationRow[] = shared.map((versions, i) => {
    // The fullest version is the reference: the others show what they cut and what they changed.
    const fullest = versions.reduce((best, q) => (words(q) > words(best) ? q : best), versions[0]);
    const speakerId = story.quotations[i]?.speaker ?? fullest.speaker;
    return {
      speaker: speakerId ? lookups.speaker.get(speakerId) ?? null : null,
      fullest,
      versions: versions.map((quote) => ({ quote, diff: quote.id === fullest.id ? [] : diffWords(fullest.text, quote.text) })),
      leftOut: articles.filter((a) => !versions.some((q) => q.article === a.slug)).map((a) => a.slug),
    };
  });
  return { columns, rows };
}

/** The share of an article's words quoted from each side, sides in the rules' order, `other` last. */
export function sideShares(framing: ArticleFraming | null): SideShare[] {
  const ids = [...SIDE_RULES.sides.map((s) => s.id), SIDE_RULES.other.id];
  return ids.map((side) => ({ side, label: sideLabel(side), share: framing?.shares[side] ?? 0 }));
}

/** A share as a whole percentage for display (`44%`; `<1%` for a small non-zero share). */
export function percent(share: number): string {
  if (share > 0 && share < 0.005) return '<1%';
  return `${Math.round(share * 100)}%`;
}
