// Cross-article steps: slugs, one speaker per person, quote ids, links between articles.
import type { Article, Corpus, Diagnostic, Quote, Speaker, Topic } from '../../src/schemas/index.ts';
import { mergeSpeakers } from './08-speakers.ts';
import { linkQuotes, type LinkableQuote } from './09-links.ts';
import { groupStories, type StoryPreparation } from './10-stories.ts';
import { slugify, uniqueSlug } from './slug.ts';
import type { ArticleAnalysis } from './types.ts';
import { bodyWordCount } from './word-count.ts';


/** Groups items by a key in one pass. */
function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The corpus before its quotations are linked: slugs, merged speakers and quotes (with no matches yet). */
export interface CorpusDraft {
  readable: ArticleAnalysis[];
  slugs: string[];
  diagnostics: Diagnostic[];
  merged: ReturnType<typeof mergeSpeakers>['speakers'];
  quotes: Quote[];
}

/** What the corpus says of its articles and speakers; none of it depends on quote links. */
export interface CorpusParts {
  articles: Article[];
  speakers: Speaker[];
}

/**
 * Assembles the corpus from per-article analyses (in file-name order, so output is deterministic). The steps are
 * exported so that a caller can link the quotations elsewhere (a thread) meanwhile: startCorpus, then
 * linkQuotes(draft.quotes) beside describeCorpus (and the stories' preparation), then finishCorpus; the result is the same.
 */
export function buildCorpus(analyses: ArticleAnalysis[], topics: Topic[]): Corpus {
  const draft = startCorpus(analyses);
  return finishCorpus(draft, describeCorpus(draft), linkQuotes(draft.quotes), topics);
}

/** The readable articles and their slugs (with the diagnostics so far): enough for quote ids. */
export interface SluggedArticles {
  readable: ArticleAnalysis[];
  slugs: string[];
  diagnostics: Diagnostic[];
}

/** A quote's id: its article's slug and its place in the article. */
const quoteId = (slug: string, qi: number) => `${slug}-q${qi + 1}`;

/**
 * Every quote's id, article, words and kind, in corpus order, before speakers are merged: what the quote linker
 * reads, bar speakers (see matchTexts), so that linking can start first.
 */
export function quoteWords({ readable, slugs }: SluggedArticles): Array<Omit<LinkableQuote, 'speaker'>> {
  return readable.flatMap((a, ai) => a.quotes.map((q, qi) => ({ id: quoteId(slugs[ai], qi), article: slugs[ai], text: q.text, kind: q.kind })));
}

/** The readable articles and a unique slug for each (a note when a slug had to be changed). */
export function slugArticles(analyses: ArticleAnalysis[]): SluggedArticles {
  const diagnostics: Diagnostic[] = [];
  for (const a of analyses) for (const f of a.findings) diagnostics.push({ file: a.file, ...f });
  const readable = analyses.filter((a) => !a.unreadable);

  const taken = new Set<string>();
  const slugs = readable.map((a) => {
    const title = a.frontMatter.title ?? a.cleaned.title;
    const base = slugify(title ?? '') || slugify(a.file.replace(/\.[^.]+$/, '')) || 'article';
    const slug = uniqueSlug(base, taken);
    if (slug !== base) diagnostics.push({ file: a.file, line: null, rule: 'duplicate-slug', message: `another article has the slug "${base}"; this one is "${slug}"`, severity: 'warning' });
    return slug;
  });
  return { readable, slugs, diagnostics };
}

/** Slugs, one speaker per person, quote ids: everything the quote linker needs. `slugged`: slugArticles(analyses), if done already. */
export function startCorpus(analyses: ArticleAnalysis[], slugged = slugArticles(analyses)): CorpusDraft {
  const { readable, slugs, diagnostics } = slugged;
  const { speakers: merged, idOf } = mergeSpeakers(readable.map((a) => a.mentions));

  const quotes: Quote[] = [];
  readable.forEach((a, ai) => {
    a.quotes.forEach((q, qi) => {
      quotes.push({
        id: quoteId(slugs[ai], qi),
        article: slugs[ai],
        speaker: q.mention === null ? null : idOf[ai][q.mention],
        text: q.text,
        kind: q.kind,
        paragraph: q.paragraph,
        start: q.start,
        end: q.end,
        line: q.line,
        cue: q.cue,
        attribution: q.attribution,
        topics: a.quoteTopics[qi] ?? [],
        matches: [],
      });
    });
  });
  return { readable, slugs, diagnostics, merged, quotes };
}

/** The articles (with no story yet) and the speakers of a draft. */
export function describeCorpus({ readable, slugs, merged, quotes }: CorpusDraft): CorpusParts {
  // Grouped once, so the per-article and per-speaker steps below stay linear in the collection's size.
  const quotesByArticle = groupBy(quotes, (q) => q.article);
  const quotesBySpeaker = groupBy(quotes, (q) => q.speaker);

  const articles: Article[] = readable.map((a, ai) => {
    const fm = a.frontMatter;
    const editorial: Article['editorial'] = [];
    if (fm.title) editorial.push('title');
    if (fm.source || fm.url) editorial.push('source');
    if (fm.date) editorial.push('date');
    if (fm.byline) editorial.push('byline');
    if (fm.topics) editorial.push('topics');
    if (fm.corrections) editorial.push('corrections');
    const fmSource = typeof fm.source === 'string' ? { name: fm.source, url: fm.url ?? null } : fm.source ? { name: fm.source.name, url: fm.source.url ?? fm.url ?? null } : null;
    const topicsOut = [...a.topics.filter((t) => !fm.topics?.remove?.includes(t)), ...(fm.topics?.add ?? []).filter((t) => !a.topics.includes(t))];
    const articleQuotes = quotesByArticle.get(slugs[ai]) ?? [];
    const speakerCounts = new Map<string, number>();
    for (const q of articleQuotes) if (q.speaker) speakerCounts.set(q.speaker, (speakerCounts.get(q.speaker) ?? 0) + 1);
    const title = fm.title ?? a.cleaned.title;
    const lead = a.cleaned.paragraphs[0]?.text ?? a.file;
    return {
      slug: slugs[ai],
      file: a.file,
      title: title ?? (lead.length > 100 ? `${lead.slice(0, lead.lastIndexOf(' ', 97))}…` : lead),
      titleFrom: fm.title ? 'front-matter' : a.cleaned.title ? 'text' : a.cleaned.paragraphs.length ? 'lead' : 'file-name',
      date: fm.date ?? a.meta.date,
      dateText: fm.date ? null : a.meta.dateText,
      source: fmSource ?? a.meta.source,
      byline: fm.byline ?? a.meta.byline,
      dateline: a.cleaned.dateline,
      standfirst: a.cleaned.standfirst,
      paragraphs: a.cleaned.paragraphs,
      removed: a.cleaned.removed,
      topics: topicsOut,
      speakers: [...speakerCounts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([id]) => id),
      editorial,
      wordCount: a.wordCount ?? bodyWordCount(a.cleaned.paragraphs),
      story: null,
    };
  });

  const speakers: Speaker[] = merged.map((s) => {
    const own = quotesBySpeaker.get(s.id) ?? [];
    const topicCounts = new Map<string, number>();
    for (const q of own) for (const t of q.topics) topicCounts.set(t, (topicCounts.get(t) ?? 0) + 1);
    return {
      id: s.id,
      name: s.name,
      kind: s.kind,
      roles: s.roles.map(([ai, role]) => ({ role, article: slugs[ai] })),
      spellings: [...s.spellings].sort(),
      quoteCount: own.filter((q) => q.kind !== 'indirect').length,
      indirectCount: own.filter((q) => q.kind === 'indirect').length,
      articles: [...new Set(own.map((q) => q.article))],
      topics: [...topicCounts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([t]) => t),
    };
  }).filter((s) => s.quoteCount + s.indirectCount > 0);
  return { articles, speakers };
}

/**
 * The corpus from a draft, its parts and the quote links (linkQuotes of draft.quotes). `prepared`: what of the
 * stories' work was done already (see groupStories).
 */
export function finishCorpus({ quotes, diagnostics }: CorpusDraft, { articles, speakers }: CorpusParts, links: Map<string, string[]>, topics: Topic[], prepared: StoryPreparation = {}): Corpus {
  for (const q of quotes) q.matches = links.get(q.id) ?? [];
  const { stories, storyOf } = groupStories(articles, quotes, speakers, undefined, prepared);
  for (const a of articles) a.story = storyOf.get(a.slug) ?? null;

  return {
    version: 1,
    articles,
    speakers,
    quotes,
    topics: topics.map((t) => ({
      ...t,
      articleCount: articles.filter((a) => a.topics.includes(t.slug)).length,
      quoteCount: quotes.filter((q) => q.topics.includes(t.slug)).length,
    })),
    stories,
    diagnostics,
  };
}
