// How strongly two articles look like reports of one event: a weighted sum of what they share.
// The weights are the rules, kept together here so they can be read and tuned in one place.

/** What two articles share. */
export interface PairEvidence {
  /** Shared quotations, each weighted by its length and rarity (0..2). */
  quotes: number;
  /** Shared named speakers, each weighted by rarity (0..1). */
  speakers: number;
  /** Jaccard overlap of topics (0..1). */
  topics: number;
  /** Cosine of headline-and-lead TF-IDF vectors (0..1). */
  wording: number;
  /** Days between the two dates, or null when either is undated. */
  days: number | null;
}

/** The grouping rules. */
export const STORY_RULES = {
  weights: { quotes: 1.5, speakers: 0.4, topics: 0.3, wording: 1.2, closeInTime: 0.25 },
  /** A pair at or above this score is one story. */
  threshold: 1,
  /** Dates this close add evidence. */
  closeDays: 3,
  /** Dates further apart than this are different events, whatever else they share (a quote recalled years later). */
  maxDays: 7,
  /** A story's dated articles span at most this many days, so chains of pairs cannot drift from event to event. */
  maxSpanDays: 10,
  /** A shared quotation this many words long counts fully; shorter ones count in proportion. */
  fullQuoteWords: 12,
  /** A quotation carried by more articles than this is a slogan, and counts less the more it spreads. */
  quoteSpread: 10,
};

/** The story score of a pair of articles (0 when their dates are too far apart). */
export function scorePair(e: PairEvidence, rules = STORY_RULES): number {
  if (e.days !== null && e.days > rules.maxDays) return 0;
  const w = rules.weights;
  const close = e.days !== null && e.days <= rules.closeDays ? w.closeInTime : 0;
  return e.quotes * w.quotes + e.speakers * w.speakers + e.topics * w.topics + e.wording * w.wording + close;
}

/** Whole days between two `YYYY-MM-DD` dates, or null when either is missing. */
export function daysBetween(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  return Math.round(Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000);
}

/** Rarity of something found in `df` of `n` articles: 1 for two articles in a large collection, falling towards 0 for everywhere. */
export function rarity(df: number, n: number): number {
  if (n <= 1 || df <= 0) return 0;
  return Math.min(1, Math.log(1 + n / df) / Math.log(1 + n / 2));
}

/** Jaccard overlap of two lists without repeats (topic lists are short: no sets needed). */
export function jaccard(a: readonly string[], b: readonly string[]): number {
  if (!a.length && !b.length) return 0;
  let inter = 0;
  for (const x of a) if (b.includes(x)) inter++;
  return inter / (a.length + b.length - inter);
}
