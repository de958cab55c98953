// The words the site uses for corpus values, shared by pages and search filters so both say the same thing.
import type { Article, LineRole, Quote, Speaker } from '../schemas/index.ts';
import { formatDate } from './dates.ts';

/** Search-filter and badge label of a quote's kind, or of an article record. */
export const KIND_LABELS = { article: 'Article', direct: 'Direct quote', partial: 'Partial quote', indirect: 'Reported speech' } as const;

/** The kind label of a quote. */
export const kindLabel = (kind: Quote['kind'] | 'article'): string => KIND_LABELS[kind];

/** The name shown for a quote's speaker. */
export const speakerName = (speaker: Speaker | null | undefined): string => speaker?.name ?? 'Unattributed';

/** The outlet name, or the words for its absence. */
export const sourceName = (article: Article): string => article.source?.name ?? 'source not stated';

/** What the cleaner removed a line as, in plain words. */
const ROLE_WORDS: Partial<Record<LineRole, string>> = {
  'title': 'headline', 'standfirst': 'standfirst', 'dateline': 'dateline', 'byline': 'byline', 'subheading': 'subheading',
  'advert': 'advert', 'widget': 'widget', 'comments': 'comments', 'signup': 'sign-up prompt', 'promo': 'promotion',
  'related': 'related stories', 'share': 'share bar', 'caption': 'caption', 'credit': 'credit', 'repeat': 'repeated text',
  'source-line': 'source line', 'date-line': 'date line', 'navigation': 'navigation', 'legal': 'legal notice',
  'front-matter': 'front matter', 'blank': 'blank', 'other': 'other',
};

/** A removed line's role as a reader-facing word. */
export const roleWord = (role: LineRole): string => ROLE_WORDS[role] ?? role;

/** A citation line for a quote: who, where, when, and the permalink. */
export function citation(quote: Quote, speaker: Speaker | null, article: Article, url: string): string {
  const who = speaker ? speaker.name : 'Unattributed speaker';
  const where = [`“${article.title}”`, article.source?.name, article.date ? formatDate(article.date) : 'date not stated'].filter(Boolean).join(', ');
  return `${who}, quoted in ${where}. ${url}`;
}

/** A short form of a long text, cut on a word boundary. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
