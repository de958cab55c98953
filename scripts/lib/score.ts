// Scores a corpus against hand-annotated gold data, by the rules of the shared scorer (score-corpus.mjs):
// quotes on word positions of the source text (so a multi-paragraph quotation may be split or merged either way),
// a quote counts when >= 80% of its words carry the right speaker, ignored spans count on neither side.
import { z } from 'astro/zod';

/** One annotated quotation: its words and who said them (a list of accepted names, or a pattern for institutions). */
export const GoldQuoteSchema = z.looseObject({
  text: z.string().min(1),
  speaker: z.array(z.string()).optional(),
  speakerPattern: z.string().optional(),
});

/** One annotated article (see the gold GUIDE: title null = any title, date null = none stated). */
export const GoldArticleSchema = z.looseObject({
  file: z.string().min(1),
  title: z.string().nullable().optional(),
  date: z.string().nullable().default(null),
  sourcePattern: z.string().nullable().optional(),
  topics: z.array(z.array(z.string())).default([]),
  topicsNot: z.array(z.string()).default([]),
  boilerplate: z.array(z.string()).default([]),
  bodyMust: z.array(z.string()).default([]),
  ignore: z.array(z.string()).default([]),
  quotes: z.array(GoldQuoteSchema).default([]),
});

/** A gold file: the annotated articles of one folder. */
export const GoldFileSchema = z.looseObject({ articles: z.array(GoldArticleSchema) });

export type GoldQuote = z.infer<typeof GoldQuoteSchema>;
export type GoldArticle = z.infer<typeof GoldArticleSchema>;
export type GoldFile = z.infer<typeof GoldFileSchema>;

/** The parts of corpus.json the scorer reads (the contract of the shared README). */
export interface ScoredCorpus {
  articles: Array<{ slug: string; file: string; title: string; date: string | null; source: { name: string } | null; paragraphs: Array<string | { text: string }>; topics: string[] }>;
  speakers: Array<{ id: string; name: string }>;
  quotes: Array<{ article: string; speaker: string | null; text: string; kind: string }>;
}

/** A gold file that does not fit its articles (a quote not in the text): the annotation must be fixed, not scored. */
export class GoldError extends Error {}

/** Counts that add up across articles and gold sets. */
export interface Totals {
  goldWords: number; predWords: number; detectedWords: number; attributedWords: number;
  goldQuotes: number; foundQuotes: number; predQuotes: number; rightQuotes: number; unplaced: number;
  titles: number; titlesRight: number; dates: number; datesRight: number; sources: number; sourcesRight: number;
  topicGroups: number; topicGroupsHit: number; topicsWrong: number;
  boilerplate: number; boilerplateLeft: number; bodyMust: number; bodyLost: number; duplicateParagraphs: number;
  articlesMissing: number; datedArticles: number; datedRight: number; datesInvented: number;
}

/** Zero counts. */
export const emptyTotals = (): Totals => ({
  goldWords: 0, predWords: 0, detectedWords: 0, attributedWords: 0,
  goldQuotes: 0, foundQuotes: 0, predQuotes: 0, rightQuotes: 0, unplaced: 0,
  titles: 0, titlesRight: 0, dates: 0, datesRight: 0, sources: 0, sourcesRight: 0,
  topicGroups: 0, topicGroupsHit: 0, topicsWrong: 0,
  boilerplate: 0, boilerplateLeft: 0, bodyMust: 0, bodyLost: 0, duplicateParagraphs: 0,
  articlesMissing: 0, datedArticles: 0, datedRight: 0, datesInvented: 0,
});

/** Adds two sets of counts. */
export function addTotals(a: Totals, b: Totals): Totals {
  const sum = emptyTotals();
  for (const k of Object.keys(sum) as Array<keyof Totals>) sum[k] = a[k] + b[k];
  return sum;
}

/** One article's result: its counts and what went wrong, in words. */
export interface ArticleScore {
  file: string;
  totals: Totals;
  problems: string[];
}

/** The figures the eval prints, all ratios in 0..1 (1 when there was nothing to get right). */
export interface Metrics {
  quoteP: number; quoteR: number; quoteF1: number;
  wordDetectP: number; wordDetectR: number; wordAttribP: number; wordAttribR: number; wordAttribF1: number;
  title: number; date: number; source: number; topics: number; topicsWrong: number;
  boilerplateRemoved: number; bodyKept: number; duplicateParagraphs: number;
  datedArticles: number; datedRight: number; datesInvented: number;
  articlesMissing: number; unplacedQuotes: number;
  /** Gold people whose quotes went to more than one speaker id. */
  splitPeople: string[];
}

/** A whole scoring: counts, figures and the articles. */
export interface Score {
  totals: Totals;
  metrics: Metrics;
  articles: ArticleScore[];
}

/** Text folded the way the shared scorer folds it: NFKC, one style of quotes and dashes, single spaces. */
export const flat = (s: unknown) =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033«»]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

/** Word tokens, lower case, apostrophes folded into the word. */
export const words = (s: unknown): string[] => flat(s).toLowerCase().replace(/'/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];

/** A name compared without case, a leading article or dots and commas. */
const nameKey = (s: string) => flat(s).toLowerCase().replace(/^(the|a|an)\s+/, '').replace(/[.,]/g, '').trim();

/** True when a predicted speaker name is one the gold quote accepts. */
export function speakerMatches(q: GoldQuote, predicted: string | null): boolean {
  if (!predicted) return false;
  const key = nameKey(predicted);
  if (q.speaker?.some((s) => nameKey(s) === key)) return true;
  return q.speakerPattern !== undefined && new RegExp(q.speakerPattern, 'i').test(key);
}

/** First start of `needle` in `hay` at or after `from`, or -1. */
function findRun(hay: string[], needle: string[], from: number): number {
  if (needle.length === 0) return -1;
  outer: for (let i = from; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** Places each text at successive occurrences in the source words, so a repeated quote maps to its repeated spans. */
export function placeAll(sourceWords: string[], texts: string[]): Array<{ start: number; end: number } | null> {
  const nextFrom = new Map<string, number>();
  return texts.map((text) => {
    const w = words(text);
    const key = w.join(' ');
    let at = findRun(sourceWords, w, nextFrom.get(key) ?? 0);
    if (at < 0) at = findRun(sourceWords, w, 0);
    if (at < 0) return null;
    nextFrom.set(key, at + 1);
    return { start: at, end: at + w.length };
  });
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** The figures from counts. */
export function metricsOf(t: Totals, splitPeople: string[] = []): Metrics {
  const quoteP = ratio(t.rightQuotes, t.predQuotes);
  const quoteR = ratio(t.foundQuotes, t.goldQuotes);
  const wordAttribP = ratio(t.attributedWords, t.predWords);
  const wordAttribR = ratio(t.attributedWords, t.goldWords);
  return {
    quoteP, quoteR, quoteF1: f1(quoteP, quoteR),
    wordDetectP: ratio(t.detectedWords, t.predWords), wordDetectR: ratio(t.detectedWords, t.goldWords),
    wordAttribP, wordAttribR, wordAttribF1: f1(wordAttribP, wordAttribR),
    title: ratio(t.titlesRight, t.titles), date: ratio(t.datesRight, t.dates), source: ratio(t.sourcesRight, t.sources),
    topics: ratio(t.topicGroupsHit, t.topicGroups), topicsWrong: t.topicsWrong,
    boilerplateRemoved: ratio(t.boilerplate - t.boilerplateLeft, t.boilerplate), bodyKept: ratio(t.bodyMust - t.bodyLost, t.bodyMust),
    duplicateParagraphs: t.duplicateParagraphs,
    datedArticles: t.datedArticles, datedRight: t.datedRight, datesInvented: t.datesInvented,
    articlesMissing: t.articlesMissing, unplacedQuotes: t.unplaced,
    splitPeople,
  };
}

const short = (s: string, n: number) => flat(s).slice(0, n);

/** Scores one article present in the corpus; adds the speaker ids used for each gold person to `idsByPerson`. */
function scoreArticle(g: GoldArticle, a: ScoredCorpus['articles'][number], predictedAll: ScoredCorpus['quotes'], nameOf: (id: string | null) => string | null, source: string, idsByPerson: Map<string, Set<string | null>>): ArticleScore {
  const t = emptyTotals();
  const problems: string[] = [];
  const sourceWords = words(source);
  const goldQuotes = g.quotes;
  t.goldQuotes = goldQuotes.length;

  // Word position -> gold quote index; ignored positions are left out of both sides.
  const goldAt = new Map<number, number>();
  const ignored = new Set<number>();
  placeAll(sourceWords, goldQuotes.map((q) => q.text)).forEach((span, qi) => {
    if (!span) throw new GoldError(`gold quote not in ${g.file}: ${goldQuotes[qi].text}`);
    for (let i = span.start; i < span.end; i++) goldAt.set(i, qi);
  });
  placeAll(sourceWords, g.ignore).forEach((span) => {
    if (span) for (let i = span.start; i < span.end; i++) if (!goldAt.has(i)) ignored.add(i);
  });

  const predicted = predictedAll.filter((q) => q.kind !== 'indirect');
  const predAt = new Map<number, { name: string | null; id: string | null }>();
  const spans = placeAll(sourceWords, predicted.map((q) => q.text));
  predicted.forEach((q, pi) => {
    const span = spans[pi];
    const name = nameOf(q.speaker);
    if (!span) {
      t.unplaced++;
      t.predQuotes++;
      t.predWords += words(q.text).length;
      problems.push(`quote not found in source text: "${short(q.text, 60)}"`);
      return;
    }
    let counted = 0;
    let right = 0;
    for (let i = span.start; i < span.end; i++) {
      if (ignored.has(i)) continue;
      counted++;
      if (!predAt.has(i)) predAt.set(i, { name, id: q.speaker });
      const gi = goldAt.get(i);
      if (gi !== undefined && speakerMatches(goldQuotes[gi], name)) right++;
    }
    if (counted === 0) return; // wholly inside an ignored span
    t.predQuotes++;
    if (right / counted >= 0.8) t.rightQuotes++;
    else problems.push(`wrong quote or speaker: "${short(q.text, 50)}" -> ${name ?? 'no speaker'}`);
  });

  for (const i of predAt.keys()) if (!ignored.has(i)) t.predWords++;
  t.goldWords += goldAt.size;
  for (const [i, gi] of goldAt) {
    const p = predAt.get(i);
    if (!p) continue;
    t.detectedWords++;
    if (speakerMatches(goldQuotes[gi], p.name)) t.attributedWords++;
  }
  goldQuotes.forEach((q, qi) => {
    const positions = [...goldAt].filter(([, gi]) => gi === qi).map(([i]) => i);
    const ok = positions.filter((i) => predAt.has(i) && speakerMatches(q, predAt.get(i)!.name));
    if (positions.length && ok.length / positions.length >= 0.8) {
      t.foundQuotes++;
      if (q.speaker?.length) {
        const ids = idsByPerson.get(q.speaker[0]) ?? new Set();
        for (const i of ok) ids.add(predAt.get(i)!.id);
        idsByPerson.set(q.speaker[0], ids);
      }
    } else {
      const got = positions.map((i) => predAt.get(i)?.name).find(Boolean);
      problems.push(`missed: "${short(q.text, 50)}" (${q.speaker?.[0] ?? q.speakerPattern})${got ? ` got ${got}` : ''}`);
    }
  });

  // Article-level fields.
  if (g.title) {
    t.titles++;
    if (flat(a.title) === flat(g.title)) t.titlesRight++;
    else problems.push(`title: "${short(a.title, 60)}"`);
  }
  t.dates++;
  if ((a.date ?? null) === g.date) t.datesRight++;
  else problems.push(`date: ${a.date ?? null}, expected ${g.date}`);
  if (g.date) {
    t.datedArticles++;
    if (a.date === g.date) t.datedRight++;
  } else if (a.date) t.datesInvented++;
  if (g.sourcePattern) {
    t.sources++;
    const name = a.source?.name ?? '';
    if (new RegExp(g.sourcePattern, 'i').test(name)) t.sourcesRight++;
    else problems.push(`source: "${name}"`);
  }
  const topicText = a.topics.map((s) => flat(s).toLowerCase());
  for (const group of g.topics) {
    t.topicGroups++;
    if (group.some((alt) => topicText.some((s) => s.includes(alt)))) t.topicGroupsHit++;
    else problems.push(`topic missing: ${group[0]}`);
  }
  for (const not of g.topicsNot) {
    if (topicText.some((s) => s.includes(not))) {
      t.topicsWrong++;
      problems.push(`topic should not be there: ${not}`);
    }
  }
  const paragraphs = a.paragraphs.map((p) => flat(typeof p === 'string' ? p : p?.text ?? ''));
  const body = paragraphs.join('\n');
  for (const b of g.boilerplate) {
    t.boilerplate++;
    if (body.includes(flat(b))) {
      t.boilerplateLeft++;
      problems.push(`boilerplate kept: "${short(b, 40)}"`);
    }
  }
  for (const m of g.bodyMust) {
    t.bodyMust++;
    if (!body.includes(flat(m))) {
      t.bodyLost++;
      problems.push(`body lost: "${short(m, 40)}"`);
    }
  }
  const seen = new Set<string>();
  for (const p of paragraphs) {
    if (p && seen.has(p)) {
      t.duplicateParagraphs++;
      problems.push(`duplicate paragraph: "${p.slice(0, 40)}"`);
    }
    seen.add(p);
  }
  return { file: g.file, totals: t, problems };
}

/** The counts of an article the corpus lacks: everything in it is missed. */
function missingArticle(g: GoldArticle): ArticleScore {
  const t = emptyTotals();
  t.articlesMissing = 1;
  t.goldQuotes = g.quotes.length;
  t.goldWords = g.quotes.reduce((n, q) => n + words(q.text).length, 0);
  if (g.title) t.titles = 1;
  t.dates = 1;
  if (g.sourcePattern) t.sources = 1;
  t.topicGroups = g.topics.length;
  t.bodyMust = t.bodyLost = g.bodyMust.length;
  return { file: g.file, totals: t, problems: ['article missing from corpus'] };
}

/**
 * Scores `corpus` against `gold`. `sourceOf(file)` gives an article file's text (quotes are placed in it).
 * Throws GoldError when the gold data does not fit its own articles.
 */
export function scoreCorpus(gold: GoldFile, corpus: ScoredCorpus, sourceOf: (file: string) => string): Score {
  const speakerName = new Map(corpus.speakers.map((s) => [s.id, s.name]));
  const nameOf = (id: string | null) => (id === null ? null : speakerName.get(id) ?? null);
  const byFile = new Map(corpus.articles.map((a) => [a.file, a]));
  const quotesOf = new Map<string, ScoredCorpus['quotes']>();
  for (const q of corpus.quotes) quotesOf.set(q.article, [...(quotesOf.get(q.article) ?? []), q]);
  const idsByPerson = new Map<string, Set<string | null>>();
  const articles = gold.articles.map((g) => {
    const a = byFile.get(g.file);
    return a ? scoreArticle(g, a, quotesOf.get(a.slug) ?? [], nameOf, sourceOf(g.file), idsByPerson) : missingArticle(g);
  });
  const totals = articles.reduce((sum, r) => addTotals(sum, r.totals), emptyTotals());
  const splitPeople = [...idsByPerson].filter(([, ids]) => ids.size > 1).map(([p]) => p);
  return { totals, metrics: metricsOf(totals, splitPeople), articles };
}

/** An article's own quote F1 (1 when it has no quotes either way), for ranking the worst. */
export const articleQuoteF1 = (r: ArticleScore) => metricsOf(r.totals).quoteF1;

/** The `n` articles with the lowest quote F1, then the most problems; only articles with problems. */
export function worstArticles(rows: ArticleScore[], n: number): ArticleScore[] {
  return rows
    .filter((r) => r.problems.length > 0)
    .sort((x, y) => articleQuoteF1(x) - articleQuoteF1(y) || y.problems.length - x.problems.length || (x.file < y.file ? -1 : 1))
    .slice(0, n);
}
