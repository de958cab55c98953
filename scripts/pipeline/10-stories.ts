// Stories: articles about the same event, grouped from what they share (linked quotations, speakers,
// topics, dates, headline-and-lead wording). Candidate pairs come from indexes, never all pairs;
// pairs scoring above the threshold are joined with union-find. Pure and deterministic.
import type { Article, Quote, Speaker, Story } from '../../src/schemas/index.ts';
import { frameArticle, sideOf, type ArticleFraming } from '../../src/lib/framing.ts';
import { slugify, uniqueSlug } from './slug.ts';
import { daysBetween, jaccard, rarity, scorePair, STORY_RULES } from './stories/evidence.ts';
import { storyTitle } from './stories/label.ts';
import { sharedQuotations } from './stories/quotations.ts';
import { UnionFind } from './stories/union-find.ts';
import { cosine, internTerms, leadTerms, wordingCandidates, wordingVector, type SparseVector } from './stories/wording.ts';

/** What grouping reads of an article. */
export type StoryArticle = Pick<Article, 'slug' | 'title' | 'date' | 'standfirst' | 'paragraphs' | 'topics'>;
/** What grouping reads of a quote. */
export type StoryQuoteInput = Pick<Quote, 'id' | 'article' | 'speaker' | 'text' | 'kind' | 'matches'>;
/** What grouping reads of a speaker. */
export type StorySpeaker = Pick<Speaker, 'id' | 'name' | 'kind' | 'roles'>;

/** The stories found, and each grouped article's story id. */
export interface StoryGrouping {
  stories: Story[];
  storyOf: Map<string, string>;
}

/** Words in a text: runs of non-space characters (a loop: this runs on every quote). */
function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let k = 0; k < text.length; k++) {
    const space = text.charCodeAt(k) <= 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Rare things are indexed up to this many of `n` articles; commoner ones find no candidates (they still score). */
function maxDfOf(n: number): number {
  return Math.max(3, Math.min(50, Math.ceil(n / 100)));
}

/** The wording evidence of a collection: each article's headline-and-lead vector, and the pairs sharing rare wording. */
export interface StoryWording {
  vectors: SparseVector[];
  candidates: Array<[number, number]>;
}

/**
 * Wording: TF-IDF of headline and lead; candidates share rare word pairs. It reads the articles only (no quote
 * links), so a caller can compute it while the quotations are still being linked elsewhere.
 */
export function storyWording(articles: Array<Pick<StoryArticle, 'title' | 'standfirst' | 'paragraphs'>>): StoryWording {
  const interned = internTerms(articles.map((a) => leadTerms(a)));
  return {
    vectors: interned.lists.map((list) => wordingVector(list, interned.df, articles.length)),
    candidates: wordingCandidates(interned.lists, interned.df, interned.terms, maxDfOf(articles.length)),
  };
}

/** Each article's quotes, by article index. */
function quotesByArticle(articles: StoryArticle[], quotes: StoryQuoteInput[], indexOf = new Map(articles.map((a, i) => [a.slug, i]))): StoryQuoteInput[][] {
  const quotesOf = articles.map((): StoryQuoteInput[] => []);
  for (const q of quotes) {
    const i = indexOf.get(q.article);
    if (i !== undefined) quotesOf[i].push(q);
  }
  return quotesOf;
}

/** The side of each speaker id, worked out once per speaker however many quotes they have. */
function speakerSides(speakerById: Map<string, StorySpeaker>): (id: string | null) => string {
  const sides = new Map<string, string>();
  return (id) => {
    if (!id) return sideOf(null);
    let s = sides.get(id);
    if (s === undefined) sides.set(id, (s = sideOf(speakerById.get(id))));
    return s;
  };
}

/**
 * The framing of every article, by index, as a story would show it. It reads no quote links, so a caller can
 * compute it while the quotations are still being linked elsewhere (at the cost of framing articles in no story).
 */
export function storyFramings(articles: StoryArticle[], quotes: StoryQuoteInput[], speakers: StorySpeaker[]): ArticleFraming[] {
  const quotesOf = quotesByArticle(articles, quotes);
  const side = speakerSides(new Map(speakers.map((s) => [s.id, s])));
  return articles.map((a, i) => frameArticle(a, quotesOf[i], side));
}

/**
 * The evidence of a collection that reads no quote links: where each article and quote is, who is quoted where
 * (speakers are evidence, weighted by rarity), dates, and the candidate pairs from rare wording and speakers.
 */
export interface StoryEvidence {
  indexOf: Map<string, number>;
  speakerById: Map<string, StorySpeaker>;
  /** Per quote id, its article's index and its length in words. */
  articleOfQuote: Map<string, { i: number; words: number }>;
  /** Per article, the named people it quotes. */
  quotedBy: Array<Set<string>>;
  /** Per named person, the articles quoting them. */
  speakerArticles: Map<string, number[]>;
  /** Pairs of articles (i * n + j, i < j) sharing rare wording or a rarely quoted person. */
  candidates: Set<number>;
  /** Per article, its date as a day number (null: undated). */
  dayNumber: Array<number | null>;
}

/**
 * The story evidence that needs no quote links, so a caller can gather it while the quotations are still being
 * linked elsewhere. `wording`: storyWording(articles), if done already.
 */
export function storyEvidence(articles: StoryArticle[], quotes: StoryQuoteInput[], speakers: StorySpeaker[], wording: StoryWording = storyWording(articles)): StoryEvidence {
  const n = articles.length;
  const indexOf = new Map(articles.map((a, i) => [a.slug, i]));
  const speakerById = new Map(speakers.map((s) => [s.id, s]));
  const maxDf = maxDfOf(n);
  const pairKey = (i: number, j: number) => (i < j ? i * n + j : j * n + i);
  const candidates = new Set<number>();
  for (const [i, j] of wording.candidates) candidates.add(pairKey(i, j));

  const articleOfQuote = new Map<string, { i: number; words: number }>();
  for (const q of quotes) {
    const i = indexOf.get(q.article);
    if (i !== undefined) articleOfQuote.set(q.id, { i, words: wordCount(q.text) });
  }

  // Speakers: named people quoted in both, weighted by how few articles quote them.
  const quotedBy = articles.map(() => new Set<string>());
  for (const q of quotes) {
    const i = indexOf.get(q.article);
    if (i !== undefined && q.speaker && speakerById.get(q.speaker)?.kind === 'person') quotedBy[i].add(q.speaker);
  }
  const speakerArticles = new Map<string, number[]>();
  quotedBy.forEach((set, i) => set.forEach((s) => {
    const list = speakerArticles.get(s);
    if (list) list.push(i);
    else speakerArticles.set(s, [i]);
  }));
  for (const list of speakerArticles.values()) {
    if (list.length > maxDf) continue;
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) candidates.add(pairKey(list[x], list[y]));
  }
  const dayNumber = articles.map((a) => (a.date ? Math.round(Date.parse(`${a.date}T00:00:00Z`) / 86_400_000) : null));
  return { indexOf, speakerById, articleOfQuote, quotedBy, speakerArticles, candidates, dayNumber };
}

/**
 * What groupStories can be given ready: storyWording(articles), storyFramings(articles, quotes, speakers),
 * storyEvidence(articles, quotes, speakers) (of the same articles, quotes and speakers).
 */
export interface StoryPreparation {
  wording?: StoryWording;
  framings?: ArticleFraming[];
  evidence?: StoryEvidence;
}

/**
 * Groups articles into stories (two or more articles each); articles in no story are left out. What `prepared`
 * does not hold is computed here.
 */
export function groupStories(articles: StoryArticle[], quotes: StoryQuoteInput[], speakers: StorySpeaker[], rules = STORY_RULES, prepared: StoryPreparation = {}): StoryGrouping {
  const n = articles.length;
  const wording = prepared.wording ?? storyWording(articles);
  const { indexOf, speakerById, articleOfQuote, quotedBy, speakerArticles, candidates: unlinked, dayNumber } = prepared.evidence ?? storyEvidence(articles, quotes, speakers, wording);
  const pairKey = (i: number, j: number) => (i < j ? i * n + j : j * n + i);
  // The pairs only linked quotations make candidates (the order pairs are scored in does not matter: they are sorted).
  const linked = new Set<number>();

  const { vectors } = wording;

  // Quotations: each version linked to another article is evidence, weighted by length and rarity.
  // Per quote, its best link into each other article; summed per directed pair of articles.
  const quoteSum = new Map<number, number>(); // i * n + j -> summed weight of i's quotes carried by j
  for (const q of quotes) {
    const self = articleOfQuote.get(q.id);
    if (!self || !q.matches.length) continue;
    const best = new Map<number, number>();
    for (const m of q.matches) {
      const other = articleOfQuote.get(m);
      if (!other || other.i === self.i) continue;
      const w = Math.min(1, Math.min(self.words, other.words) / rules.fullQuoteWords);
      best.set(other.i, Math.max(best.get(other.i) ?? 0, w));
    }
    // A quotation in many articles is a slogan more than an event's words.
    const spread = best.size + 1;
    const spreadFactor = spread > rules.quoteSpread ? rules.quoteSpread / spread : 1;
    for (const [j, w] of best) {
      const key = pairKey(self.i, j);
      if (!unlinked.has(key)) linked.add(key);
      quoteSum.set(self.i * n + j, (quoteSum.get(self.i * n + j) ?? 0) + w * spreadFactor);
    }
  }
  const quoteEvidence = (i: number, j: number) => Math.min(2, Math.max(quoteSum.get(i * n + j) ?? 0, quoteSum.get(j * n + i) ?? 0));

  const speakerEvidence = (i: number, j: number) => {
    let s = 0;
    for (const id of quotedBy[i]) if (quotedBy[j].has(id)) s += rarity(speakerArticles.get(id)!.length, n);
    return Math.min(1, s);
  };

  // Score every candidate; join the strongest pairs first, keeping each story within its time span.
  const scored: Array<{ i: number; j: number; score: number }> = [];
  for (const pairs of [unlinked, linked]) {
    for (const key of pairs) {
      const i = Math.floor(key / n);
      const j = key % n;
      const score = scorePair({
        quotes: quoteEvidence(i, j),
        speakers: speakerEvidence(i, j),
        topics: jaccard(articles[i].topics, articles[j].topics),
        wording: cosine(vectors[i], vectors[j]),
        days: dayNumber[i] === null || dayNumber[j] === null ? null : Math.abs(dayNumber[i]! - dayNumber[j]!),
      }, rules);
      if (score >= rules.threshold) scored.push({ i, j, score });
    }
  }
  scored.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  const sets = new UnionFind(n);
  const span = articles.map((a) => (a.date ? { from: a.date, to: a.date } : null));
  for (const { i, j } of scored) {
    const ri = sets.find(i);
    const rj = sets.find(j);
    if (ri === rj) continue;
    const a = span[ri];
    const b = span[rj];
    const merged = a && b ? { from: a.from < b.from ? a.from : b.from, to: a.to > b.to ? a.to : b.to } : (a ?? b);
    if (merged && (daysBetween(merged.from, merged.to) ?? 0) > rules.maxSpanDays) continue;
    span[sets.union(i, j)] = merged;
  }

  const quotesOf = quotesByArticle(articles, quotes, indexOf);
  const side = speakerSides(speakerById);
  const frame = (i: number) => prepared.framings?.[i] ?? frameArticle(articles[i], quotesOf[i], side);
  const taken = new Set<string>();
  const stories: Story[] = sets.groups(2)
    .sort((a, b) => b.length - a.length || a[0] - b[0])
    .map((group) => buildStory(group, articles, quotesOf, speakerById, frame, vectors, taken));
  const storyOf = new Map<string, string>();
  for (const s of stories) for (const slug of s.articles) storyOf.set(slug, s.id);
  return { stories, storyOf };
}

/** One story's record: articles in time order, shared quotations, speakers, topics, title, framing. */
function buildStory(group: number[], articles: StoryArticle[], quotesOf: StoryQuoteInput[][], speakerById: Map<string, StorySpeaker>, frame: (i: number) => ArticleFraming, vectors: SparseVector[], taken: Set<string>): Story {
  // Oldest first, undated last, then input order.
  const members = [...group].sort((x, y) => {
    const dx = articles[x].date;
    const dy = articles[y].date;
    if (dx && dy && dx !== dy) return dx < dy ? -1 : 1;
    if (!dx !== !dy) return dx ? -1 : 1;
    return x - y;
  });
  const slugs = members.map((i) => articles[i].slug);
  const own = members.flatMap((i) => quotesOf[i]);
  const quotations = sharedQuotations(slugs, own);

  const speakerArticles = new Map<string, Set<string>>();
  for (const q of own) if (q.speaker) speakerArticles.set(q.speaker, (speakerArticles.get(q.speaker) ?? new Set()).add(q.article));
  const speakers = [...speakerArticles].filter(([, s]) => s.size > 1).sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0])).map(([id]) => id);

  const topicCount = new Map<string, number>();
  for (const i of members) for (const t of articles[i].topics) topicCount.set(t, (topicCount.get(t) ?? 0) + 1);
  const topics = [...topicCount].filter(([, c]) => c >= 2 && c * 2 >= members.length).sort((a, b) => b[1] - a[1]).map(([t]) => t);

  const widest = quotations.filter((q) => q.articles.length === quotations[0]?.articles.length);
  const mainSpeaker = widest.find((q) => q.speaker)?.speaker ?? speakers[0] ?? null;
  const byId = new Map(own.map((q) => [q.id, q]));
  const title = storyTitle({
    headlines: members.flatMap((i) => [articles[i].title, ...articles[i].standfirst]),
    versions: widest.flatMap((q) => q.quotes.map((id) => byId.get(id)!.text)),
    speaker: mainSpeaker ? speakerById.get(mainSpeaker)?.name ?? null : null,
  }) ?? centralHeadline(members, articles, vectors);
  const id = uniqueSlug(`story-${slugify(title, 60) || 'untitled'}`, taken);

  const dates = members.map((i) => articles[i].date).filter((d): d is string => d !== null);
  return {
    id,
    title,
    articles: slugs,
    speakers,
    topics,
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
    quotations,
    framing: members.map(frame),
  };
}

/** The headline closest in wording to the others' (ties: the earliest), for a story with no shared quotation. */
function centralHeadline(members: number[], articles: StoryArticle[], vectors: SparseVector[]): string {
  let best = members[0];
  let bestSum = -1;
  for (const i of members) {
    const sum = members.reduce((s, j) => (j === i ? s : s + cosine(vectors[i], vectors[j])), 0);
    if (sum > bestSum + 1e-9) {
      best = i;
      bestSum = sum;
    }
  }
  return articles[best].title;
}
