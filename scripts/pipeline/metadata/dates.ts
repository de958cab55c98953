// Calendar dates as news pages state them. Every pattern is anchored on a four-digit year,
// so "on Wednesday", "in November" or "June 18-19" never yield a date. Regexes are linear
// (no nested quantifiers); callers pass single lines.
import { wordTable } from '../word-table.ts';

/** A calendar date found in a line: ISO form and the words that stated it. */
export interface FoundDate {
  iso: string;
  text: string;
  /** True when day and month order could not be told apart (01/02/2024). */
  ambiguous: boolean;
}

const MONTHS: Readonly<Record<string, number>> = wordTable({
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
});
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const MDY = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+(\\d{4})\\b`, 'i');
const YMD = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
const NUMERIC = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b/;
const CJK = /(\d{4})\s*년?年?\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/u;

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO date when y-m-d is a real calendar day (1900–2100), else null. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d > days ? null : `${y}-${pad(m)}-${pad(d)}`;
}

/** The first full calendar date (day, month and year) stated in a line, or null. */
export function findDate(line: string): FoundDate | null {
  const text = line.length > 400 ? line.slice(0, 400) : line;
  const hits: { index: number; found: FoundDate }[] = [];
  let m = MDY.exec(text);
  if (m) {
    const iso = isoDate(+m[3], MONTHS[m[1].toLowerCase()], +m[2]);
    if (iso) hits.push({ index: m.index, found: { iso, text: m[0], ambiguous: false } });
  }
  m = DMY.exec(text);
  if (m) {
    const iso = isoDate(+m[3], MONTHS[m[2].toLowerCase()], +m[1]);
    if (iso) hits.push({ index: m.index, found: { iso, text: m[0], ambiguous: false } });
  }
  m = YMD.exec(text);
  if (m) {
    const iso = isoDate(+m[1], +m[2], +m[3]);
    if (iso) hits.push({ index: m.index, found: { iso, text: m[0], ambiguous: false } });
  }
  m = NUMERIC.exec(text);
  if (m) {
    const a = +m[1], b = +m[3], y = +m[4];
    // Dotted dates (20.06.2024) are day-first by convention; with slashes or dashes the order is
    // only certain when one number cannot be a month.
    const dayFirst = isoDate(y, b, a), monthFirst = isoDate(y, a, b);
    const dotted = m[2] === '.';
    const iso = dotted ? dayFirst : dayFirst ?? monthFirst;
    if (iso) hits.push({ index: m.index, found: { iso, text: m[0], ambiguous: !dotted && Boolean(dayFirst && monthFirst && a !== b) } });
  }
  m = CJK.exec(text);
  if (m) {
    const iso = isoDate(+m[1], +m[2], +m[3]);
    if (iso) hits.push({ index: m.index, found: { iso, text: m[0], ambiguous: false } });
  }
  if (!hits.length) return null;
  hits.sort((x, y) => x.index - y.index);
  const { index, found } = hits[0];
  // "Thursday, June 20, 2024": the weekday belongs to the stated words.
  const day = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*$/i.exec(text.slice(Math.max(0, index - 12), index));
  return day ? { ...found, text: day[0] + found.text } : found;
}

const WEEKDAY = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?/gi;

/** True for a month or weekday name, whole or abbreviated ("May", "Sept.", "Tuesday"): a when, never part of a name. */
export function isCalendarWord(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS[w] !== undefined || /^(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?$/.test(w);
}
const TIME = /\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?/gi;
const LABEL = /\b(?:published|posted|updated|last|modified|first|on|at|date|created|edited|am|pm|hrs?|gmt|utc|bst|cst|est|edt|pst|pdt|cet|cest|ist|jst|hkt|sgt|aest)\b/gi;

/** True when the line states a date and nothing else (weekday, time, "Published:"…). */
export function isDateOnlyLine(line: string): boolean {
  if (line.length > 120) return false;
  const found = findDate(line);
  if (!found) return false;
  const rest = line.replace(found.text, ' ').replace(TIME, ' ').replace(WEEKDAY, ' ').replace(LABEL, ' ').replace(/\b[A-Z]{2,5}\b/g, ' ');
  return !/\p{L}{2,}/u.test(rest);
}

/** True when the line labels a publication or update time ("Published: …", "Updated 5 Aug 2020"). */
export function dateLabel(line: string): 'published' | 'updated' | null {
  if (/^\W{0,3}(?:published|posted|first published|date published|publication date)\b/i.test(line)) return 'published';
  if (line.length <= 160 && /\b(?:was|first|originally) (?:published|posted)\b/i.test(line)) return 'published';
  // "Date 28/03/2023", "Date: 5 May 2021": a short line that labels its date as the page's date.
  if (line.length <= 60 && /^\W{0,3}dated?\s*:?\s+(?:\d|\p{L}{3,9}\.?\s+\d)/iu.test(line)) return 'published';
  if (/^\W{0,3}(?:updated|last updated|last modified|modified)\b/i.test(line)) return 'updated';
  return null;
}
