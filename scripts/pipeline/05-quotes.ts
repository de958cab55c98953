// Stage 05: finds quotation spans in the cleaned paragraphs. Pure; linear in the text length.
import type { Paragraph } from '../../src/schemas/index.ts';
import { REPORTING_VERB, ACCORDING_TO, TERM_MARKER } from './attribute/lexicon.ts';
import { matchesOf } from './attribute/matches.ts';
import type { Finding, QuoteSpan } from './types.ts';

const DOUBLE = new Set(['"', '“', '”', '„', '«', '»', '‟']);
/** Marks that only ever open a quotation. */
const OPEN_ONLY = new Set(['„', '«', '‟']);
const SINGLE = new Set(["'", '‘', '’', '‹', '›', '‚']);
/** Any quotation mark or apostrophe: the scanner jumps from one to the next. */
const MARK = /["“”„«»‟'‘’‹›‚]/g;
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** Characters after which a mark opens ("(“", "—“", ":“"). */
const OPENS_AFTER = /[\s([{—–\-/:]/;
/** Characters before which a mark closes. */
const CLOSES_BEFORE = /[\s.,;:!?)\]}—–\-…'’"”»]/;

const leftFlanking = (t: string, i: number) => (i === 0 || OPENS_AFTER.test(t[i - 1])) && !isSpace(t[i + 1]);
const rightFlanking = (t: string, i: number) => i > 0 && !isSpace(t[i - 1]) && (i + 1 >= t.length || CLOSES_BEFORE.test(t[i + 1]));

interface RawSpan { open: number; close: number | null }

/** Finds the double-quoted spans (and outer single-quoted ones) of one paragraph. close null = still open at the end. */
export function scanMarks(t: string): RawSpan[] {
  const spans: RawSpan[] = [];
  let open: number | null = null;
  let nested = 0;
  let single: number | null = null;
  MARK.lastIndex = 0;
  for (let m = MARK.exec(t); m; m = MARK.exec(t)) {
    const i = m.index;
    const c = t[i];
    if (DOUBLE.has(c)) {
      if (single !== null) continue; // a double quotation inside a single-quoted one belongs to it
      const lf = leftFlanking(t, i);
      const rf = rightFlanking(t, i);
      if (open === null) {
        if (lf || (!rf && c !== '»' && c !== '”') || c === '“' || OPEN_ONLY.has(c)) {
          open = i;
          single = null; // an outer single quote cannot contain a double one in news copy
        }
      } else if (OPEN_ONLY.has(c) || (lf && !rf && c !== '»')) {
        nested++; // a quotation inside the quotation
      } else if (nested > 0) {
        nested--;
      } else {
        spans.push({ open, close: i });
        open = null;
      }
      continue;
    }
    if (open !== null || !SINGLE.has(c)) continue;
    // Single marks outside a double quotation: an outer quote ('never compromise') or an apostrophe (won’t, ’90s).
    if (single === null) {
      if (c !== '›' && leftFlanking(t, i) && isWordChar(t[i + 1]) && !/^\d\ds\b/.test(t.slice(i + 1, i + 5))) single = i;
    } else if (c !== '‘' && c !== '‹' && rightFlanking(t, i) && !isWordChar(t[i + 1])) {
      // "the MPs' right": a plural possessive inside the quotation, when a closing mark comes later.
      if (t[i - 1] === 's' && /^\s\p{Ll}/u.test(t.slice(i + 1, i + 3)) && !/^\s(?:and|or|but|as|with|to|in|on|at|for|from|said|says|the|a|an|he|she|they|it|while|which|who|that|was|were|is|are)\b/.test(t.slice(i + 1, i + 12)) && /\S['’](?=[\s.,;:!?)]|$)/.test(t.slice(i + 1))) continue;
      spans.push({ open: single, close: i });
      single = null;
    }
  }
  if (open !== null) spans.push({ open, close: null });
  return spans.sort((a, b) => a.open - b.open);
}

/** True when a paragraph opens with a quotation mark (a quotation paragraph, or the next part of a running one). */
export function opensWithQuote(text: string): boolean {
  const c = text.trimStart()[0];
  return c !== undefined && DOUBLE.has(c);
}

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).length;

/** The paragraph with quoted words blanked (so their full stops do not split sentences); linear in the length. */
export function blankQuoted(t: string, spans: RawSpan[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const s of spans) {
    const close = s.close ?? t.length;
    if (s.open + 1 < at) continue;
    parts.push(t.slice(at, s.open + 1), 'x'.repeat(Math.max(0, close - s.open - 1)));
    at = close;
  }
  parts.push(t.slice(at));
  return parts.join('');
}

/** How far before and after a quotation its cue is looked for, in characters. */
const WINDOW = 300;

const SENTENCE_STOP = /[.!?]\s+(?=[\p{Lu}\d“"'‘(«„])/gu;

/** Offsets where sentences start in a blanked paragraph (0 first), ascending. */
function sentenceStarts(masked: string): number[] {
  const starts = [0];
  for (const m of matchesOf(SENTENCE_STOP, masked)) {
    // "the U.S. should", "Mr. Wang": an abbreviation's full stop ends no sentence.
    if (m[0][0] === '.' && /(?:\b\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|No|Jr|Sr|Inc|Co|Corp|vs))$/u.test(masked.slice(Math.max(0, m.index - 5), m.index))) continue;
    starts.push(m.index + m[0].length);
  }
  return starts;
}

/** The sentence text before `start` and after `end`, from precomputed sentence starts. */
function sentenceAround(masked: string, starts: number[], start: number, end: number): { before: string; after: string } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= start - 1) lo = mid;
    else hi = mid - 1;
  }
  let next = lo + 1;
  while (next < starts.length && starts[next] <= end) next++;
  const to = next < starts.length ? starts[next] : masked.length;
  // A window of the sentence is enough to find a cue, and keeps run-on "sentences" linear.
  const from = Math.max(starts[lo], start - 1 - WINDOW);
  return { before: masked.slice(from, Math.max(from, start - 1)), after: masked.slice(Math.min(end + 1, masked.length), Math.min(to, end + 1 + WINDOW)) };
}

const HAS_CUE = new RegExp(`${REPORTING_VERB.source}|${ACCORDING_TO.source}|:\\s*$`, 'i');

/** Decides whether a quoted run is someone's words (true) or a term, title or scare quote (false). */
export function isQuotation(text: string, before: string, after: string): boolean {
  const words = wordCount(text);
  if (words === 0) return false;
  if (TERM_MARKER.test(before.replace(/[\s“”"‘’']+$/, ''))) return false;
  const hasCue = HAS_CUE.test(before) || HAS_CUE.test(after);
  // A sentence standing alone in marks ("Not ordinary people.") is someone's words; terms are never whole sentences.
  if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after) && /[.!?]$/.test(text.trim()) && /^\p{Lu}/u.test(text)) return true;
  // Sentence-like runs (a capital, a verb-sized length, closing punctuation) are quotations on their own.
  if (words >= 6 || (words >= 4 && /[.,!?]$/.test(text.trim()))) return true;
  // Title Case runs without a speaker nearby are names of things ("Belt and Road", "Made in China 2025").
  const titleCase = text.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3).every((w) => /^\p{Lu}/u.test(w));
  if (!hasCue) return false;
  if (titleCase && words <= 4 && !/[.,!?]$/.test(text.trim()) && !/:\s*$/.test(before)) return false;
  return true;
}

/** Labels that head a line but are not speakers ("JUST IN:", "READ MORE:"). */
const NOT_SPEAKER = /^(?:just|in|read|more|also|see|watch|live|update|updated|breaking|exclusive|opinion|analysis|related|photos?|video|note|editor'?s?|source|sources|by|date|time|topics?|tags?|share|advertisement|listen|subscribe|follow|correction|clarification|warning|trending|latest|top|news|story|explainer)$/i;
const TRANSCRIPT = /^((?:(?:MR|MRS|MS|DR|SEN|REP|GEN|AMB)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}):\s+(\S.{2,})$/u;
const QUESTION_LABEL = /^(?:Q|QUESTION|QUESTIONER|REPORTER|JOURNALIST|MODERATOR)$/i;
/** A journalist's outlet as a briefing transcript's question label ("Reuters:", "Global Times:"). */
const OUTLET_LABEL = /^(?:Reuters|AFP|AP|Bloomberg|Xinhua|CCTV|CGTN|CNN|BBC|NHK|Kyodo|Yonhap|TASS|RIA Novosti|Sputnik|EFE|ANSA|DPA|Phoenix TV|Dragon TV|Shenzhen TV|Hubei Media Group|China Daily|Global Times|People's Daily|Beijing Daily|The Paper|Caixin|NBC|CBS|ABC|Fox News|Al Jazeera|France 24|Asahi Shimbun|Nikkei|Anadolu|PTI|Prasar Bharati|.*\b(?:News|Times|Post|Daily|Television|TV|Radio|Agency|Press|Journal|Herald|Tribune|Media|Broadcasting|Network)(?: Group)?)$/i;

/** Transcript paragraphs ("MS. QUIST: Good afternoon."): label and offset of the words, when the article is laid out that way (two or more such lines). */
export function transcriptLines(paragraphs: Paragraph[]): Map<number, { label: string; start: number }> {
  const found = new Map<number, { label: string; start: number }>();
  let labelled = 0;
  paragraphs.forEach((p, i) => {
    const m = TRANSCRIPT.exec(p.text);
    if (!m) return;
    const words = m[1].replace(/\./g, ' ').split(/\s+/).filter(Boolean);
    if (words.some((w) => NOT_SPEAKER.test(w) || /^(?:the|a|an|to|of|for|and|with|get|our|your|my|this|that|now|here|image|quiz|download|instant|free|new)$/i.test(w))) return;
    labelled++;
    if (QUESTION_LABEL.test(m[1]) || OUTLET_LABEL.test(m[1]) || /^\p{L}$/u.test(m[1])) return; // Q:, A:, Reuters: — questions and turns, not a named speaker
    // A line of prose with a colon ("Le said on Wednesday: …") has lower-case words in its label; a speaker label has none.
    if (words.length > 4) return;
    found.set(i, { label: m[1], start: p.text.indexOf(m[2], m[1].length) });
  });
  if (labelled < 2) return new Map();
  // A one-word label must name someone the article introduces elsewhere ("MS. QUIST" after "Nora Quist").
  const prose = paragraphs.filter((_, i) => !found.has(i)).map((p) => p.text.toLowerCase()).join('\n');
  for (const [i, t] of found) {
    const words = t.label.replace(/^(?:MR|MRS|MS|DR|SEN|REP|GEN|AMB)\.?\s+/i, '').split(/\s+/);
    if (!prose.includes(words[words.length - 1].toLowerCase())) found.delete(i);
  }
  return found;
}

/** Finds the quotations in the paragraphs: direct and partial, one span per paragraph of a running quotation. */
export function findQuotes(paragraphs: Paragraph[]): { quotes: QuoteSpan[]; findings: Finding[] } {
  const quotes: QuoteSpan[] = [];
  const findings: Finding[] = [];
  const transcript = transcriptLines(paragraphs);
  /** Whether the previous paragraph ended inside a quotation. */
  let lastOpen = false;
  paragraphs.forEach((p, paragraph) => {
    const t = p.text;
    const said = transcript.get(paragraph);
    const spans = scanMarks(t);
    const endsOpen = spans.length > 0 && spans[spans.length - 1].close === null;
    if (said) {
      // The whole answer is the speaker's. Words it quotes from others are listed first, so they keep their own speaker.
      const masked = spans.length ? blankQuoted(t, spans) : t;
      const starts = spans.length ? sentenceStarts(masked) : [];
      for (const s of spans) {
        if (s.close === null || s.open < said.start) continue;
        const text = t.slice(s.open + 1, s.close).trim();
        const { before, after } = sentenceAround(masked, starts, s.open + 1, s.close);
        if (text && isQuotation(text, before, after)) quotes.push({ paragraph, start: s.open + 1, end: s.close, text, kind: 'partial', line: p.line, closed: true });
      }
      quotes.push({ paragraph, start: said.start, end: t.length, text: t.slice(said.start), kind: 'direct', line: p.line, closed: true, label: said.label });
      lastOpen = false;
      return;
    }
    const masked = spans.length ? blankQuoted(t, spans) : t;
    const starts = spans.length ? sentenceStarts(masked) : [];
    const running = lastOpen;
    lastOpen = endsOpen;
    for (const s of spans) {
      const runningBefore = running && s === spans[0];
      let start = s.open + 1;
      let end = s.close ?? t.length;
      while (start < end && /\s/.test(t[start])) start++;
      while (end > start && /\s/.test(t[end - 1])) end--;
      const text = t.slice(start, end);
      if (!/[\p{L}\p{N}]/u.test(text)) continue;
      if (s.close === null) {
        const next = paragraphs[paragraph + 1];
        const runsOn = next !== undefined && opensWithQuote(next.text);
        if (!runsOn && (next === undefined || s.open > 0)) {
          findings.push({ line: p.line, rule: 'unclosed-quote', message: `quotation opened here is never closed: “${text.slice(0, 40)}…”`, severity: 'warning' });
          continue;
        }
        if (!runsOn) findings.push({ line: p.line, rule: 'unclosed-quote', message: `quotation paragraph has no closing mark: “${text.slice(0, 40)}…”`, severity: 'warning' });
      }
      const { before, after } = sentenceAround(masked, starts, s.open + 1, s.close ?? t.length);
      // A paragraph that opens with a quoted sentence, or continues a running quotation, is a quotation paragraph.
      const quotationParagraph = t.slice(0, s.open).trim() === '' && (/[.!?,]$/.test(text) || runningBefore);
      if (s.close !== null && !quotationParagraph && !isQuotation(text, before, after)) continue;
      const sentenceStart = /(?:^|[.!?:,]\s*|^\s*)$/.test(before) && /^[\p{Lu}\p{N}]/u.test(text);
      quotes.push({ paragraph, start, end, text, kind: sentenceStart ? 'direct' : 'partial', line: p.line, closed: s.close !== null });
    }
  });
  return { quotes, findings };
}
