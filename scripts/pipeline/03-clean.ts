// Stage 03: finds the article in text copied from a web page. Line features and the
// maximum-weight span find the body (clean/classify.ts); newswriting conventions find the
// head (clean/header.ts); general web-furniture patterns name what is removed (clean/patterns.ts).
import type { LineRole, Paragraph, RemovedLine } from '../../src/schemas/index.ts';
import { anchoredSpan, bestSpan, cutAtSectionEnd, cutAtTeasers, extendSpan, extendSpanBack, isShortProse, markRepeats, readLines, type Line } from './clean/classify.ts';
import { bylineName, isAuthorBio, isHeadlineLike, isMastheadText, isNameList, splitDateline, splitPageTitle, stripHomeLink } from './clean/header.ts';
import { lineFeatures, wordWeight } from './clean/features.ts';
import { fold, sameText } from './clean/patterns.ts';
import { unwrapLines } from './clean/unwrap.ts';
import { findDate } from './metadata/dates.ts';
import type { Cleaned, Finding } from './types.ts';

/** Lines looked at above the body when searching for the headline. */
const HEAD_WINDOW = 14;

/** Finds the article in the text: headline, standfirst, body paragraphs; everything else is `removed` with a role. */
export function cleanArticle(body: string, lineOffset: number): Cleaned {
  const rawLines = unwrapLines(body.split('\n'));
  const findings: Finding[] = [];
  const fileLine = (index: number) => index + 1 + lineOffset;
  const lines = readLines(rawLines, null);
  if (!lines.length) {
    return { title: null, titleLine: null, standfirst: [], dateline: null, byline: null, paragraphs: [], removed: [], findings: [{ line: null, rule: 'no-body', message: 'no article text found', severity: 'warning' }] };
  }

  // Whole pages start with the page title ("Headline - Site") and print the headline again above
  // the article: the article is what follows that repeat.
  const anchor = pageTitleAnchor(lines);
  const span = (anchor !== null ? anchoredSpan(lines, anchor) : null) ?? bestSpan(lines);
  const [s, e] = span ? cutAtTeasers(lines, cutAtSectionEnd(lines, extendSpanBack(lines, extendSpan(lines, span)))) : [0, -1];
  const isBody = (l: Line) => (l.cls === 'good' || l.cls === 'near') && !l.role && !l.f.bullet;
  let first = -1;
  for (let i = Math.max(0, s); i <= e; i++) if (isBody(lines[i])) { first = i; break; }
  // A question or two-part headline on the first line reads as prose; the article starts after it.
  if (first === 0 && lines.length > 1 && isHeadlineLike(lines[0].f) && !lines[0].f.endsSentence && wordWeight(lines[0].f) <= 20 && isBody(lines[1])) first = 1;
  if (first < 0) first = Math.max(0, s);

  // The site's name above its menu is a masthead, never the headline.
  const masthead = findMasthead(lines);
  // Headline: the nearest headline-like line above the body, past bylines, dates, bullets and furniture.
  const found = findHeadline(lines, first, anchor, masthead);
  // A summary line between the headline and the byline or date is the standfirst, not the lead.
  if (found && found.index < first && !lines[first].f.bullet) {
    const next = lines[first + 1];
    if (next && (next.role === 'date-line' || (next.f.chars <= 160 && bylineName(next.f.text)))) {
      for (let i = first + 2; i <= e && i < first + 6; i++) if (isBody(lines[i])) { first = i; break; }
    }
  }
  const head = found?.index ?? null;
  const title = found?.text ?? null;
  if (title === null) findings.push({ line: fileLine(lines[first].index), rule: 'no-title', message: 'no headline found above the first paragraph', severity: 'warning' });
  if (head !== null && title !== null) markRepeats(lines, head, title); // repeats of the headline are furniture

  const paragraphs: Paragraph[] = [];
  const removed: RemovedLine[] = [];
  const standfirst: string[] = [];
  const kept = new Set<string>();
  let byline: string | null = null;
  let dateline: string | null = null;
  const drop = (l: Line, role: LineRole) => removed.push({ line: fileLine(l.index), text: l.f.text, role });
  const keep = (l: Line, text: string, role: Paragraph['role']) => {
    const key = fold(text);
    if (kept.has(key)) return drop(l, 'repeat');
    kept.add(key);
    paragraphs.push({ id: `p${paragraphs.length + 1}`, text, line: fileLine(l.index), role });
  };

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const text = l.f.text;
    if (i === head) { drop(l, 'title'); continue; }
    const nearHead = i > first - 10 && i < first + 3, nearEnd = i >= e - 2 && i <= e + 3;
    const name = l.f.chars <= 160 && (nearHead || nearEnd) ? bylineName(text) ?? (head !== null && i > head && i < first && isNameList(text) ? text : null) : null;
    if (name && (l.cls !== 'good')) { byline ??= name; drop(l, 'byline'); continue; }
    // A note about the writer under the last paragraph is not article.
    if (i > first && i >= e - 1 && i <= e + 3 && isAuthorBio(text, byline)) { drop(l, 'byline'); continue; }
    if (head !== null && i > head && i < first) {
      // Between headline and body: summary lines and bullets are the standfirst.
      if (!l.role && (l.f.bullet || l.cls === 'good' || l.cls === 'near' || i === found?.standfirst)) {
        const t = l.f.bullet ? text.replace(/^[•·▪●◦‣∙*–—-]\s+/, '') : text;
        standfirst.push(t);
        keep(l, t, 'standfirst');
      } else drop(l, l.role ?? 'other');
      continue;
    }
    if (i < first || i > e) { drop(l, l.role ?? (l.cls === 'short' ? 'navigation' : 'other')); continue; }
    if (l.role) { drop(l, l.role); continue; }
    if (l.cls === 'short') {
      const prev = lines[i - 1];
      // The headline under a "Read more" / "Related" label is a promotion, not a subheading.
      if (prev && prev.index === l.index - 1 && (prev.role === 'related' || prev.role === 'promo') && !isShortProse(l.f)) drop(l, 'promo');
      else if (isShortProse(l.f)) keep(l, text, 'body');
      else if (isSubheading(lines, i, first, e)) keep(l, text, 'subheading');
      else drop(l, 'other');
      continue;
    }
    let bodyText = text;
    if (dateline === null && paragraphs.every((p) => p.role !== 'body')) {
      const d = splitDateline(text);
      if (d) { dateline = d.dateline; bodyText = d.rest; }
    }
    keep(l, bodyText, 'body');
  }
  if (!paragraphs.some((p) => p.role === 'body')) findings.push({ line: null, rule: 'no-body', message: 'no article paragraphs found', severity: 'warning' });
  removed.sort((a, b) => a.line - b.line);
  const mastheadText = masthead !== null && masthead !== head ? stripHomeLink(lines[masthead].f.text) : null;
  return { title, titleLine: head === null ? null : fileLine(lines[head].index), standfirst, dateline, byline, masthead: mastheadText, paragraphs, removed, findings };
}

/** Lines of the page's top looked at for a masthead. */
const MASTHEAD_WINDOW = 4;

/** Index of the site's name printed at the top of the page (a masthead), or null: a short capitalised name
 * right above the site's menu, or a name the copyright line repeats. Only furniture may stand above it. */
export function findMasthead(lines: Line[]): number | null {
  const legal: string[] = [];
  for (const l of lines) if (l.role === 'legal' && l.f.chars <= 300) legal.push(fold(l.f.text));
  for (let k = 0; k < lines.length && k < MASTHEAD_WINDOW; k++) {
    const l = lines[k];
    // A line a pattern recognised (Sign in, World, a date) is furniture, not a name; a menu run's lines may be names.
    if (l.role && !l.inMenu) continue;
    const name = fold(stripHomeLink(l.f.text));
    const inFooter = name.length >= 3 && legal.some((t) => t.includes(name));
    let menuBelow = false;
    for (let j = k + 1; j < lines.length && j <= k + 3 && !menuBelow; j++) {
      const m = lines[j];
      // A menu: a navigation or sign-in line, items split by bars, or a run of capitalised labels with no function word.
      const labels = m.f.words >= 4 && m.f.stopRatio === 0 && m.f.capitalRatio === 1 && !m.f.endsSentence && m.f.sentenceBreaks === 0;
      menuBelow = m.role === 'navigation' || m.role === 'signup' || (m.role !== 'share' && / \| /.test(m.f.text)) || labels;
    }
    if (isMastheadText(l.f.text, inFooter ? 14 : 6) && (menuBelow || inFooter)) return k;
    if (!l.inMenu) return null;
  }
  return null;
}

/** The headline above line `first` (its index and text, and the standfirst line printed under it, if any),
 * or null when the text starts with its lead. */
export function findHeadline(lines: Line[], first: number, anchor: number | null, masthead: number | null = null): { index: number; text: string; standfirst?: number } | null {
  if (anchor !== null && anchor < first) return { index: anchor, text: lines[anchor].f.text };
  // Whole pages start with the page title ("Headline - Site"); its headline part guides the choice.
  const top = lines[0];
  const split = top && first > 0 && masthead !== 0 ? splitPageTitle(top.f.text) : null;
  const pageHead = split?.headline ?? (top && first > 0 && !top.role && masthead !== 0 ? top.f.text : null);
  const candidates: number[] = [];
  let proseSeen = 0;
  for (let i = first - 1, seen = 0; i >= 0 && seen < HEAD_WINDOW; i--, seen++) {
    const l = lines[i];
    // A headline run into a menu block keeps its words: five or more, not a menu label.
    const menuHeadline = l.inMenu && l.f.words >= 5;
    if (l.role && !(i === 0 && split) && !menuHeadline) continue;
    if (l.f.bullet) continue;
    if (l.cls === 'good' || l.cls === 'near') {
      // A headline with an abbreviation ("U.S. Visa") reads as near-prose; it is still headline-shaped.
      if (l.cls === 'near' && isHeadlineLike(l.f) && !l.f.endsSentence && !notHeadline(l.f.text)) candidates.push(i);
      if (++proseSeen > 2) break;
      continue;
    }
    if (i !== masthead && isHeadlineLike(l.f) && !notHeadline(l.f.text)) candidates.push(i);
  }
  // The page title itself stands for its headline part.
  const textOf = (i: number) => (i === 0 && pageHead ? pageHead : lines[i].f.text);
  if (pageHead) {
    const similar = candidates.find((i) => overlap(lines[i].f.text, pageHead) >= 0.5);
    if (similar !== undefined) return { index: similar, text: textOf(similar) };
  }
  // Writers' names under the headline ("Jane Doe and Omar Said") read like a short title-case headline.
  if (candidates.length > 1 && isNameList(lines[candidates[0]].f.text) && lines[candidates[0]].index - lines[candidates[1]].index <= 6 && !isMastheadText(lines[candidates[1]].f.text, 5)) candidates.shift();
  if (candidates.length) {
    const [near, above] = candidates;
    // A headline with its standfirst printed right under it: the upper, shorter line is the headline.
    const stacked = above !== undefined && above === near - 1 && lines[near].index - lines[above].index <= 2 && !lines[above].role && !lines[near].role;
    // A few capitalised words with no verb-like lower-case word above it ("Trade War Latest") are a section kicker, not the headline.
    const kicker = isMastheadText(lines[above]?.f.text ?? '', 5);
    // The headline is the shorter line, or the one in title case over a sentence-case deck (press releases).
    const titleOverDeck = lines[above]?.f.capitalRatio >= 0.7 && lines[near].f.capitalRatio < 0.4;
    if (stacked && !kicker && lines[above].f.words >= 4 && (wordWeight(lines[above].f) < wordWeight(lines[near].f) || titleOverDeck) && lines[near].f.capitalRatio < 0.5) {
      return { index: above, text: textOf(above), standfirst: near };
    }
    return { index: near, text: textOf(near) };
  }
  if (pageHead && isHeadlineLike(lineFeatures(pageHead))) return { index: 0, text: pageHead };
  return null;
}

// Lines above an article that look like headlines but are bylines, credits, timestamps or tags.
const CREDIT_END = /(?:getty images|associated press|reuters|afp|usa today|staff|photographer|contributor|images)\s*$/i;
const TIME = /\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|gmt|utc|et|pt|bst)?\b/i;

/** True for a headline-shaped line that is a byline, credit, timestamp, handle or tag list. */
export function notHeadline(text: string): boolean {
  if (/^by\s/i.test(text) || bylineName(text) || findDate(text) || TIME.test(text) || /@|https?:|www\./i.test(text) || CREDIT_END.test(text)) return true;
  if (/^(?:share|filed (?:to|under)|tags?|topics?|posted in|categories|category|follow|print|email|image copyright|media caption|copy link|tested by|you are here|skip to|jump to)\b/i.test(text)) return true;
  // A few capitalised words with no function word is a name or a tag list, not a headline.
  const words = text.split(/\s+/);
  if (words.filter((w) => /^\d+$/.test(w)).length * 2.5 >= words.length) return true;
  return words.length <= 4 && words.every((w) => /^[\p{Lu}\d]/u.test(w)) && lineFeatures(text).stopRatio === 0;
}

/** Share of the shorter text's words that the other text contains (case-folded). */
export function overlap(a: string, b: string): number {
  const wa = fold(a).match(/[\p{L}\p{N}]+/gu) ?? [], wb = new Set(fold(b).match(/[\p{L}\p{N}]+/gu) ?? []);
  if (!wa.length || !wb.size) return 0;
  let hit = 0;
  for (const w of wa) if (wb.has(w)) hit++;
  return hit / Math.min(wa.length, wb.size);
}

/** Index of the line that repeats the page title's headline part (the page title minus its site name), or null. */
export function pageTitleAnchor(lines: Line[]): number | null {
  const top = lines[0];
  if (!top || top.f.chars > 300) return null;
  const page = fold(top.f.text);
  for (let i = 1; i < lines.length && i < 3000; i++) {
    const l = lines[i];
    if (l.f.chars > 220 || l.f.chars < 12 || !isHeadlineLike(l.f)) continue;
    const h = fold(l.f.text);
    if (!page.startsWith(h)) continue;
    const rest = page.slice(h.length);
    if (rest === '' || /^\s*(?:[-|–—·•:]|::)\s/.test(rest)) return i;
  }
  return null;
}

/** A short line inside the article between prose lines, that reads as a heading. */
function isSubheading(lines: Line[], i: number, first: number, last: number): boolean {
  if (i <= first || i >= last) return false;
  const l = lines[i];
  if (l.f.words < 2 || l.f.chars > 150 || /[:,;]$/.test(l.f.text) || l.copies > 1) return false;
  const next = lines[i + 1];
  return !!next && (next.cls === 'good' || next.cls === 'near') && !next.role;
}
