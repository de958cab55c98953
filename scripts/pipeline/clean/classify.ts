// Per-line classes in the manner of jusText: furniture (by pattern), good prose, near-prose,
// and short lines; short lines in runs are menus. Then the article is the span of lines with
// the greatest total weight (maximum-sum subarray, linear).
import type { LineRole } from '../../../src/schemas/index.ts';
import { lineFeatures, wordWeight, type LineFeatures } from './features.ts';
import { fold, furnitureRole, isCommentHeading, isCommentSignature } from './patterns.ts';

/** How a line looks on its own. */
export type LineClass = 'bad' | 'good' | 'near' | 'short';

/** A non-blank line with its features and class. */
export interface Line {
  /** 0-based index in the body's lines. */
  index: number;
  f: LineFeatures;
  cls: LineClass;
  /** Why it is not article, when a pattern or a rule says so. */
  role: LineRole | null;
  /** How many lines of the page have the same folded text. */
  copies: number;
  /** True when the line is navigation only because it sits in a run of short lines (not by its words). */
  inMenu?: boolean;
}

/** True when stop words tell prose here (the page is in a language the list covers). */
export function usesStopwords(lines: LineFeatures[]): boolean {
  let words = 0, weighted = 0;
  for (const f of lines) if (f.words >= 8) { words += f.words; weighted += f.stopRatio * f.words; }
  return words > 0 && weighted / words >= 0.12;
}

/** Classifies one line from its features alone. */
export function classify(f: LineFeatures, role: LineRole | null, stopwords: boolean): LineClass {
  if (role) return 'bad';
  const ww = wordWeight(f);
  const punctuated = f.endsSentence || f.sentenceBreaks > 0;
  const prose = !stopwords || f.stopRatio >= 0.18;
  // A long line of capitalised words with no sentence in it is a flattened menu.
  if (ww >= 12 && f.capitalRatio > 0.7 && !punctuated && f.stopRatio < 0.15) return 'short';
  if ((ww >= 18 || f.chars >= 110) && prose && (punctuated || ww >= 30)) return 'good';
  // Long punctuated lines thick with figures and names (market reports) are prose too.
  if (f.chars >= 110 && punctuated && f.stopRatio >= 0.08) return 'good';
  if (ww >= 18 && !stopwords) return 'good';
  if (ww >= 7 && (punctuated || /:$/.test(f.text)) && prose) return 'near';
  return 'short';
}

/** A short line that reads as part of an article: a sentence ("“No.”"), a lead-in ("she said:"), a list item in sentence case. */
export function isShortProse(f: LineFeatures): boolean {
  if (f.endsSentence && /\p{L}/u.test(f.text)) return true;
  if (f.words >= 2 && f.text.endsWith(':') && /\p{Ll}/u.test(f.text)) return true;
  return f.bullet && f.words >= 4 && f.capitalRatio < 0.5;
}

/** Marks other copies of the headline (printed at line `head`) as repeats. */
export function markRepeats(lines: Line[], head: number, title: string): void {
  const key = fold(title);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (i !== head && l.f.chars <= 300 && l.f.chars === title.length && fold(l.f.text) === key) { l.role = 'repeat'; l.cls = 'bad'; }
  }
}

/** Reads every non-blank line: features, furniture role, class, repetition. */
export function readLines(rawLines: string[], title: string | null): Line[] {
  const feats: { index: number; f: LineFeatures }[] = [];
  rawLines.forEach((raw, index) => {
    if (!/\S/.test(raw)) return;
    feats.push({ index, f: lineFeatures(raw) });
  });
  const stopwords = usesStopwords(feats.map((x) => x.f));
  const counts = new Map<string, number>();
  // Each short line's folded text, computed once for counting and once more for looking up would be twice the work.
  const keys = feats.map(({ f }) => (f.chars <= 300 ? fold(f.text) : ''));
  keys.forEach((k, i) => { if (feats[i].f.chars <= 300) counts.set(k, (counts.get(k) ?? 0) + 1); });
  const lines = feats.map(({ index, f }, i) => {
    const role = furnitureRole(f, title);
    return { index, f, role, cls: classify(f, role, stopwords), copies: f.chars <= 300 ? counts.get(keys[i]) ?? 1 : 1 };
  });
  markMenus(lines);
  markRelatedLists(lines);
  return lines;
}

/** True for a line that can be an item of a list of other stories: a headline (numbered or bulleted), not a finished sentence or a quotation. */
export function isListedHeadline(f: LineFeatures): boolean {
  const t = f.text.replace(/^(?:\d{1,2}[.)]|[•·▪●◦‣∙*–—-])\s+/, '');
  if (f.words < 2 || f.words > 22 || /[.:;,]["”’]?$/.test(t) || /^["“‘']/.test(t)) return false;
  return !/[.!?]["”’]?\s+["“‘]?\p{Lu}/u.test(t);
}

/** Marks the headlines listed right under a "Most read" / "Related" / "More on this story" heading as promotions,
 * wherever the list sits (mid-article lists must go without cutting the article). */
export function markRelatedLists(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].role !== 'related') continue;
    // The list runs on adjacent lines; a date or byline line under an item belongs to it.
    for (let j = i + 1; j < lines.length && lines[j].index === lines[j - 1].index + 1; j++) {
      const l = lines[j];
      if (l.role === 'date-line' || l.role === 'byline' || l.role === 'promo' || l.role === 'navigation') continue;
      if (l.role || !isListedHeadline(l.f)) break;
      l.role = 'promo';
      l.cls = 'bad';
    }
  }
}

/** Marks runs of three or more short, unpunctuated lines as navigation (link lists). */
export function markMenus(lines: Line[]): void {
  let start = 0;
  const isMenuItem = (l: Line) => l.cls === 'short' && !isShortProse(l.f) && wordWeight(l.f) <= 10;
  for (let i = 0; i <= lines.length; i++) {
    // Menus are lists of adjacent lines; blank-separated short lines are paragraphs of their own.
    const adjacent = i > start && i < lines.length && lines[i].index === lines[i - 1].index + 1;
    if (i < lines.length && (i === start || adjacent) && (isMenuItem(lines[i]) || (lines[i].cls === 'bad' && i > start && lines[i].f.words <= 4))) continue;
    if (i < lines.length && !adjacent && i > start) {
      const run = lines.slice(start, i).filter(isMenuItem);
      if (run.length >= 3) for (const l of run) if (!l.role) { l.role = 'navigation'; l.inMenu = true; }
      start = i;
      if (isMenuItem(lines[i]) || lines[i].cls === 'bad') continue;
    }
    const run = lines.slice(start, i).filter(isMenuItem);
    if (run.length >= 3) for (const l of run) if (!l.role) { l.role = 'navigation'; l.inMenu = true; }
    start = i + 1;
  }
}

/** Weight of a line for the article span: prose counts for, furniture and menus against. */
export function weight(l: Line): number {
  const ww = wordWeight(l.f);
  switch (l.cls) {
    case 'good': return 2 + Math.min(ww, 150) / 10;
    case 'near': return 1;
    case 'short':
      if (l.role === 'navigation') return -1.5;
      if (isShortProse(l.f)) return 0.2;
      return l.copies > 1 ? -1.5 : -0.5;
    case 'bad':
      // Furniture that sits inside articles (ads, players, captions) should not split the span.
      if (l.role === 'advert' || l.role === 'widget' || l.role === 'caption' || l.role === 'credit' || l.role === 'promo' || l.role === 'repeat' || l.role === 'share') return -0.5;
      return -2;
  }
}

/** The [first, last] positions (into `lines`) of the maximum-weight span, or null when nothing weighs positive. */
export function bestSpan(lines: Line[]): [number, number] | null {
  let best = 0, bestStart = -1, bestEnd = -1, sum = 0, start = 0;
  for (let i = 0; i < lines.length; i++) {
    if (sum <= 0) { sum = 0; start = i; }
    sum += weight(lines[i]);
    if (sum > best) { best = sum; bestStart = start; bestEnd = i; }
  }
  return bestStart < 0 ? null : [bestStart, bestEnd];
}

/** The heaviest span that starts on a prose line soon after the headline (line `anchor`): the article follows its headline, past bylines and share bars. */
export function anchoredSpan(lines: Line[], anchor: number): [number, number] | null {
  const n = lines.length;
  // prefix[i] = weight of lines [anchor+1, i); bestEnd[i] = the end e >= i with the largest prefix[e+1].
  const from = anchor + 1;
  const prefix = new Float64Array(n - from + 1);
  for (let i = from; i < n; i++) prefix[i - from + 1] = prefix[i - from] + weight(lines[i]);
  const bestEnd = new Int32Array(n - from + 1);
  for (let k = n - from - 1; k >= 0; k--) {
    const next = k + 1 < n - from ? bestEnd[k + 1] : -1;
    bestEnd[k] = next >= 0 && prefix[next + 1] >= prefix[k + 1] ? next : k;
  }
  let best: [number, number] | null = null, bestSum = -Infinity;
  for (let i = from; i < n && i <= anchor + 30; i++) {
    const l = lines[i];
    if (!((l.cls === 'good' || l.cls === 'near') && !l.role)) continue;
    const k = i - from, e = bestEnd[k];
    const sum = prefix[e + 1] - prefix[k];
    if (sum > bestSum) { bestSum = sum; best = [i, e + from]; }
  }
  return best;
}

/** Roles after which nothing more of the article comes. */
const END_ROLES = new Set(['comments', 'legal', 'byline', 'date-line', 'source-line']);

/** Extends the span over a short run of furniture (a mid-article list of links, an advert) when
 * article prose resumes right after it; stops at comments, footers, sign-up prompts and teaser lists. */
export function extendSpan(lines: Line[], span: [number, number]): [number, number] {
  let [s, e] = span;
  for (;;) {
    let i = e + 1, skipped = 0;
    while (i < lines.length && skipped <= 8 && !(lines[i].cls === 'good' || lines[i].cls === 'near') ) {
      if (lines[i].role && END_ROLES.has(lines[i].role!)) return [s, e];
      skipped++; i++;
    }
    if (i >= lines.length || skipped > 8 || skipped === 0) return [s, e];
    // The prose that resumes: up to the next furniture line. It must read as prose (function words).
    let j = i, good = 0;
    while (j < lines.length && (lines[j].cls === 'good' || lines[j].cls === 'near' || (lines[j].cls === 'short' && isShortProse(lines[j].f)))) {
      if ((lines[j].cls === 'good' || lines[j].cls === 'near') && lines[j].f.stopRatio >= 0.25) good++;
      j++;
    }
    if (!good) return [s, e];
    e = j - 1;
  }
}

/** Whether a line can head a teaser: a short line that is not a finished sentence. */
const teaserHead = (l: Line) => !l.role && l.f.words <= 20 && !/[.:;,]$/.test(l.f.text) && l.f.chars <= 160;
const isProse = (l: Line) => !l.role && (l.cls === 'good' || l.cls === 'near' || isShortProse(l.f));

/** Number of headline-then-blurb pairs in a row from line `from` (dates and bylines between are skipped). */
export function teaserRun(lines: Line[], from: number, to: number): number {
  let pairs = 0, i = from;
  const skip = (k: number) => { while (k <= to && (lines[k].role === 'date-line' || lines[k].role === 'byline')) k++; return k; };
  for (;;) {
    i = skip(i);
    if (i > to || !teaserHead(lines[i])) return pairs;
    const b = skip(i + 1);
    if (b > to || !isProse(lines[b]) || lines[b].f.words < 4) return pairs;
    const next = skip(b + 1);
    // A blurb stands alone: the next line is another teaser or the end of the list.
    if (next <= to && isProse(lines[next]) && !teaserHead(lines[next])) return pairs;
    pairs++;
    i = next;
  }
}

/** Ends the span before a list of teasers (headline, blurb, headline, blurb…) that follows a break
 * of two or more non-prose lines (a tag list, a share bar, a "More stories" heading). */
export function cutAtTeasers(lines: Line[], span: [number, number]): [number, number] {
  const [s, e] = span;
  let gap = 0, proseBefore = 0;
  for (let i = s; i <= e; i++) {
    const l = lines[i];
    if (gap >= 2 && proseBefore >= 2 && teaserRun(lines, i, e) >= 3) {
      let j = i - 1;
      while (j > s && !isProse(lines[j])) j--;
      return [s, j];
    }
    if (isProse(l)) { gap = 0; proseBefore++; } else gap++;
  }
  return span;
}

/** Furniture that sits between an article's paragraphs (and so may separate the lead from the rest). */
const IN_ARTICLE = new Set(['advert', 'widget', 'caption', 'credit', 'promo', 'related', 'share']);

/** Extends the span back over in-article furniture (an advert, a caption) to prose just above it: the lead paragraph. */
export function extendSpanBack(lines: Line[], span: [number, number]): [number, number] {
  let [s, e] = span;
  for (;;) {
    let i = s - 1, skipped = 0;
    while (i >= 0 && skipped <= 6 && lines[i].role && IN_ARTICLE.has(lines[i].role!)) { skipped++; i--; }
    if (i < 0 || skipped === 0 || skipped > 6) return [s, e];
    let j = i, good = 0;
    while (j >= 0 && !lines[j].role && (lines[j].cls === 'good' || lines[j].cls === 'near')) {
      if (lines[j].f.stopRatio >= 0.25) good++;
      j--;
    }
    if (!good) return [s, e];
    s = j + 1;
  }
}

/**
 * How many headline-and-blurb pairs follow line `from` up to `to`: a teaser list has two or more (Infinity when only
 * headlines follow; 0 when the lines read as the article resuming: reported speech running on over three paragraphs).
 */
function teaserPairs(lines: Line[], from: number, to: number): number {
  let pairs = 0, prose = 0, run = 0, attributed = 0, resumed = false;
  for (let i = from + 1; i <= to; i++) {
    const l = lines[i];
    if (l.cls !== 'good' && l.cls !== 'near') { run = 0; attributed = 0; continue; }
    prose++;
    const prev = lines[i - 1];
    // A blurb under its headline, or under the headline's date or byline (headline, author, date, blurb).
    if ((prev.cls === 'short' && !prev.f.endsSentence && !isShortProse(prev.f)) || prev.role === 'date-line' || prev.role === 'byline') pairs++;
    // Reported speech running on over three paragraphs is the article resuming after a mid-article list;
    // teaser blurbs quote nobody.
    run++;
    if (ATTRIBUTED.test(l.f.text.length > 2000 ? l.f.text.slice(0, 2000) : l.f.text)) attributed++;
    if (run >= 3 && attributed >= 2) resumed = true;
  }
  return resumed ? 0 : prose === 0 ? Infinity : pairs;
}

/** Signs of reported speech: a reporting verb or a quotation mark. */
const ATTRIBUTED = /\b(?:said|says|told|added|according to)\b|[“”"]/;

/** How many lines that are not prose (tags, share buttons) lie just above line i, up to the prose above them. */
function furnitureAbove(lines: Line[], i: number): number {
  let n = 0;
  for (let j = i - 1; j >= 0 && lines[j].cls !== 'good' && lines[j].cls !== 'near'; j--) n++;
  return n;
}

/** Ends the span at a comment or related-stories heading once most of the article lies before it.
 * A related heading only ends it when teasers follow: a list of headlines mid-article is skipped, not cut at. */
export function cutAtSectionEnd(lines: Line[], span: [number, number]): [number, number] {
  const [s, e] = span;
  let total = 0;
  for (let i = s; i <= e; i++) total += Math.max(0, weight(lines[i]));
  let before = 0;
  for (let i = s; i <= e; i++) {
    const l = lines[i];
    // A signed comment ends the article whatever follows.
    const signed = l.role === 'comments' && isCommentSignature(l.f.text) && before > 0;
    // A related heading that ends the article's furniture (tags, share buttons just above it) and heads three or more
    // teasers ends the article even when the teasers outweigh it ("More Washington Examiner" under an opinion piece).
    const related = l.role === 'related' ? teaserPairs(lines, i, e) : 0;
    const closing = related >= 3 && furnitureAbove(lines, i) >= 2 && before >= 0.25 * total;
    const heading = i > s && (closing || (before >= 0.6 * total && (related >= 2 || (l.role === 'comments' && isCommentHeading(l.f.text)))));
    if (heading || signed) {
      let j = i - 1;
      while (j > s && lines[j].cls === 'bad') j--;
      return [s, j];
    }
    before += Math.max(0, weight(l));
  }
  return span;
}
