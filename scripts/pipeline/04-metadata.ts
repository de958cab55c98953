// Stage 04: date, source and byline as the text states them. Never invents: a date needs a
// day, a month and a year; the publication date is looked for in the page head and in
// "Published/Updated" lines, never in body sentences.
import type { Source } from '../../src/schemas/index.ts';
import { splitPageTitle } from './clean/header.ts';
import { sameText } from './clean/patterns.ts';
import { dateLabel, findDate, type FoundDate } from './metadata/dates.ts';
import { sourceFromBio, sourceFromByline, sourceFromCopyright, sourceFromDateline, sourceFromDomainLine, sourceFromHomeLink, sourceFromMoreFrom, sourceFromSiteName, sourceFromSourceLine, sourceFromTrust } from './metadata/sources.ts';
import type { Cleaned, Finding, Metadata } from './types.ts';

/** Reads the date, source and byline the text states. */
export function extractMetadata(_body: string, cleaned: Cleaned): Metadata {
  const findings: Finding[] = [];
  const date = pickDate(cleaned, findings);
  const source = pickSource(cleaned);
  return { date: date?.iso ?? null, dateText: date?.text ?? null, source, byline: cleaned.byline, findings };
}

/** The publication date: a labelled "Published" line, then a date in the head (above the body), then "Updated". */
export function pickDate(cleaned: Cleaned, findings: Finding[]): FoundDate | null {
  const firstBody = cleaned.paragraphs.find((p) => p.role === 'body')?.line ?? Infinity;
  let published: FoundDate | null = null, updated: FoundDate | null = null, head: FoundDate | null = null;
  for (const r of cleaned.removed) {
    if (r.text.length > 200) continue;
    const label = dateLabel(r.text);
    // A source line in the head often carries the date too ("Source: Agency | 2024-01-14 20:11:05 | Editor: …").
    const inHead = r.line < firstBody && (r.role === 'date-line' || r.role === 'byline' || r.role === 'title' || r.role === 'other' || r.role === 'navigation' || r.role === 'source-line');
    if (!label && !inHead && r.role !== 'date-line') continue;
    if (!label && !inHead) continue;
    const found = findDate(r.text);
    if (!found) {
      if (label && /^\W{0,3}(?:published|posted|updated|last updated|modified|first published)\b/i.test(r.text)) findings.push({ line: r.line, rule: 'date-unparsed', message: `could not read a calendar date in "${r.text.slice(0, 60)}"`, severity: 'warning' });
      continue;
    }
    if (found.ambiguous) {
      findings.push({ line: r.line, rule: 'date-ambiguous', message: `"${found.text}" could be day-month or month-day`, severity: 'warning' });
      continue;
    }
    if (label === 'published') published ??= found;
    else if (label === 'updated') updated ??= found;
    else head ??= found;
  }
  const dateline = cleaned.dateline ? findDate(cleaned.dateline) : null;
  // A date line printed right under the last paragraph (some outlets put the date at the foot).
  let foot: FoundDate | null = null;
  const lastBody = cleaned.paragraphs.at(-1)?.line ?? Infinity;
  for (const r of cleaned.removed) {
    if (r.role === 'date-line' && r.line > lastBody && r.line <= lastBody + 3) { const f = findDate(r.text); if (f && !f.ambiguous) { foot = f; break; } }
  }
  return published ?? head ?? dateline ?? updated ?? foot;
}

/** The outlet, strongest statement first. */
export function pickSource(cleaned: Cleaned): Source | null {
  const lines = cleaned.removed;
  const first = (fn: (text: string) => Source | null) => {
    for (const r of lines) { const s = fn(r.text); if (s) return s; }
    return null;
  };
  const fromLine = first((t) => sourceFromSourceLine(t));
  if (fromLine) return fromLine;
  const trust = first(sourceFromTrust);
  if (trust) return trust;
  // The page title "Headline - Site" names the site when its headline is the article's.
  if (cleaned.title) {
    for (const r of lines.slice(0, 3)) {
      const split = splitPageTitle(r.text);
      if (split && sameText(split.headline, cleaned.title)) { const s = sourceFromSiteName(split.site); if (s) return s; }
    }
  }
  const copyright = first((t) => (/©|\(c\)|copyright/i.test(t) ? sourceFromCopyright(t) : null));
  if (copyright) return copyright;
  if (cleaned.dateline) { const s = sourceFromDateline(cleaned.dateline); if (s) return s; }
  // The site naming itself: "X - Back to home", "More from X".
  const self = first((t) => sourceFromHomeLink(t) ?? sourceFromMoreFrom(t));
  if (self) return self;
  // A byline or a note about the writer that names the outlet ("By Global Times", "… a staff writer at X").
  const bylines = lines.filter((r) => r.role === 'byline');
  for (const r of bylines) { const s = sourceFromByline(r.text); if (s) return s; }
  for (const r of bylines) { const s = sourceFromBio(r.text); if (s) return s; }
  if (cleaned.masthead) { const s = sourceFromSiteName(cleaned.masthead); if (s) return s; }
  return first(sourceFromDomainLine);
}
