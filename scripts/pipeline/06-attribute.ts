// Stage 06: who said each quotation. Reads the article in order, keeping track of the people and bodies it names,
// and resolves each quotation's reporting cue (verb, "according to", colon) to one of them.
import type { Paragraph } from '../../src/schemas/index.ts';
import { findCues, openingSubject, type Cue } from './attribute/cues.ts';
import { fits, honorificGender, insertSorted, readBodies, readNames, Registry, resolvePhrase } from './attribute/entities.ts';
import { classOf, LETTER } from './attribute/chars.ts';
import { maskQuoted, MASK, sentences, tokens } from './attribute/text.ts';
import { NATIONALITY, PERSON_NOUNS } from './attribute/lexicon.ts';
import { opensWithQuote } from './05-quotes.ts';
import type { AttributedQuote, Finding, Mention, QuoteSpan } from './types.ts';

const P = 1e6;
const MASK_RUN = new RegExp(`${MASK}+`, 'g');
type How = AttributedQuote['attribution'];
interface Working extends AttributedQuote { sentenceSubject: number | null; closed: boolean; label?: string }

/** Sources an "according to" cites without owning the words: unnamed groups ("officials", "people familiar") and media reports. */
const anonymousSource = (e: { kind: string; plural: boolean; name: string }) => (e.kind === 'unnamed' && e.plural) || /^(?:officials|sources|people|(?:state |local )?media|reports?|documents?|records)\b/i.test(e.name);

/**
 * A quotation's words for comparing two of them: lower case, apostrophes dropped ("don't" is "dont"), runs of letters
 * and digits one space apart. (Walked by hand: it runs for every quotation, and the patterns cost more.)
 */
function normal(s: string): string {
  const lower = s.toLowerCase();
  // Text with characters outside the BMP (rare) goes to the patterns, which read by code points.
  if (SURROGATE.test(lower)) return (lower.replace(/['’‘]/g, '').match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
  let out = '';
  let inWord = false;
  let copyFrom = -1;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 0x27 || c === 0x2019 || c === 0x2018) {
      // Dropped: the letters either side join into one word.
      if (copyFrom >= 0) out += lower.slice(copyFrom, i);
      copyFrom = -1;
    } else if (classOf(c) & LETTER) {
      if (!inWord && out) out += ' ';
      inWord = true;
      if (copyFrom < 0) copyFrom = i;
    } else {
      if (copyFrom >= 0) out += lower.slice(copyFrom, i);
      copyFrom = -1;
      inWord = false;
    }
  }
  if (copyFrom >= 0) out += lower.slice(copyFrom);
  return out;
}
const SURROGATE = /[\ud800-\udfff]/;

/** True when a quotation's key is long enough to be a twin: over 8 characters and at least three words (two spaces). */
function twinLength(key: string): boolean {
  if (key.length <= 8) return false;
  const first = key.indexOf(' ');
  return first >= 0 && key.indexOf(' ', first + 1) >= 0;
}

/**
 * "Joseph Anderson, a former US ambassador to China said:", "Yan Huaxin, the Chinese ambassador to the United States
 * noted that": a description in apposition with no closing comma. The person named just before it, opening the
 * sentence or a clause, is the speaker (not "Xi met Biden, the president said": a name inside a clause).
 */
function personBeforeUnclosedAppositive(reg: Registry, masked: string, from: number, names: Array<{ entity: number; start: number; end: number }>, phrase: string, cueAt: number): { entity: number; how: How } | null {
  if (!/^(?:a|an|the)\s/i.test(phrase)) return null;
  const at = masked.lastIndexOf(phrase, cueAt);
  if (at < 0) return null;
  const n = names.find((x) => reg.entities[x.entity].kind === 'person' && /^\s*,\s*$/.test(masked.slice(x.end, at)));
  if (!n || !/(?:^|[,:§“”"]\s*)$/.test(masked.slice(from, n.start).trimEnd())) return null;
  return { entity: n.entity, how: 'explicit' };
}

/** Finds who said each quotation, and the indirect statements (X said that …) of the article. */
export function attributeQuotes(
  paragraphs: Paragraph[],
  quotes: QuoteSpan[],
): { quotes: AttributedQuote[]; mentions: Mention[]; findings: Finding[] } {
  const reg = new Registry();
  const out: Working[] = quotes.map((q) => ({ ...q, mention: null, cue: null, attribution: 'none' as How, sentenceSubject: null }));
  const indirect: Working[] = [];
  /** Every resolved cue, in reading order: the "statement just before" a quotation paragraph. */
  const statements: Array<{ pos: number; entity: number }> = [];

  const byParagraph = new Map<number, Working[]>();
  for (const q of out) {
    const list = byParagraph.get(q.paragraph);
    if (list) list.push(q);
    else byParagraph.set(q.paragraph, [q]);
  }
  // Reading stops a few paragraphs after the last quotation: later text cannot attribute it (except by naming a
  // description, which happens within a paragraph or two), and skipping it keeps quote-free articles cheap.
  const lastQuoted = out.reduce((m, q) => Math.max(m, q.paragraph), -1);
  paragraphs.forEach((p, pi) => {
    if (pi > lastQuoted + 3) return;
    const masked = maskQuoted(p.text);
    const inPara = byParagraph.get(pi) ?? [];
    let qi = 0;
    for (const [from, to] of sentences(masked)) {
      const toks = tokens(masked, from, to);
      readBodies(reg, masked, toks, pi * P);
      const names = readNames(reg, masked, from, to, pi * P, toks);
      for (const n of names) if (n.subject) insertSorted(reg.entities[n.entity].cuePositions, pi * P + n.start);
      const cues = findCues(masked, from, to);
      const resolved = new Map<Cue, { entity: number; how: How } | null>();
      let subject: number | null = names.length && names[0].start - from < 60 ? names[0].entity : null;
      // "A senior U.S. Commerce Department official, Robert J. Whitcombe, visited …": the person in apposition heads the subject.
      if (subject !== null && names.length > 1 && names[1].entity !== subject && reg.entities[names[1].entity].kind === 'person') {
        const between = /^(?:\s+[\p{L}-]+){0,3}\s*,\s*$/u.test(masked.slice(names[0].end, names[1].start)) ? masked.slice(names[0].end, names[1].start).replace(/[\s,]+$/, '').split(/\s+/).pop() ?? '' : '';
        if (between && PERSON_NOUNS.has(between.toLowerCase()) && /^\s*,/.test(masked.slice(names[1].end))) subject = names[1].entity;
      }
      let prev = null as { entity: number; how: How } | null;
      const usable: Cue[] = [];
      for (const c of cues) {
        let r: { entity: number; how: How } | null = c.phrase ? resolvePhrase(reg, c.phrase, pi * P + c.start) : null;
        if (r?.how === 'description' && c.phrase) r = personBeforeUnclosedAppositive(reg, masked, from, names, c.phrase, c.start) ?? r;
        if (!r && c.phrase === null) {
          // "The Chinese embassy hit back, accusing Mr Lammy of …": a subject the sentence opens with, named before any person.
          const lead = prev || subject === null ? '' : openingSubject(masked, from, c.start);
          const leadAt = lead ? masked.indexOf(lead, from) : -1;
          const leadFirst = leadAt >= 0 && names[0].start >= leadAt + lead.length ? resolvePhrase(reg, lead, pi * P + leadAt) : null;
          r = prev ? { ...prev } : leadFirst ?? (subject !== null ? { entity: subject, how: 'explicit' } : null);
          const opening = r ? '' : openingSubject(masked, from, c.start);
          if (opening) r = resolvePhrase(reg, opening, pi * P + from);
        }
        resolved.set(c, r);
        if (r) {
          prev = r;
          usable.push(c);
        }
        if (r) {
          // "X said he had been pushing …": the pronoun after a person's verb tells their gender.
          const e = reg.entities[r.entity];
          const pronoun = e.kind === 'person' && e.gender === null ? /^\s+(?:that\s+)?(he|she)\b/i.exec(masked.slice(c.end, Math.min(to, c.end + 12))) : null;
          if (pronoun) e.gender = pronoun[1].toLowerCase() === 'he' ? 'm' : 'f';
          // "Arbex said it expects a charge": a one-word name the text never gave in full, speaking of itself as "it", is a body.
          else if (e.kind === 'person' && e.gender === null && e.words.length === 1 && !e.roles.length && r.how === 'explicit' && /^\s+(?:that\s+)?(?:it|its)\s+(?!(?:is|was|would be|will be)\b)/i.test(masked.slice(c.end, Math.min(to, c.end + 20)))) e.kind = 'organisation';
          insertSorted(reg.entities[r.entity].cuePositions, pi * P + c.start);
          statements.push({ pos: pi * P + c.start, entity: r.entity });
          subject ??= r.entity;
        }
      }
      const inSentence: Working[] = [];
      while (qi < inPara.length && inPara[qi].start < to) inSentence.push(inPara[qi++]);
      for (const q of inSentence) {
        q.sentenceSubject = subject;
        if (q.label) {
          const label = q.label.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase());
          const entity = reg.person(label, pi * P, undefined, honorificGender(label.split(' ')[0]));
          insertSorted(reg.entities[entity].cuePositions, pi * P);
          statements.push({ pos: pi * P, entity });
          Object.assign(q, { mention: entity, cue: `${q.label}:`, attribution: 'explicit' as How });
          continue;
        }
        // The nearest usable cue before the quotation and the first after it (cues are in reading order).
        let lo = 0;
        let hi = usable.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (usable[mid].end <= q.start) lo = mid + 1;
          else hi = mid;
        }
        let before = lo > 0 ? usable[lo - 1] : undefined;
        // "Wray said his agency had concluded that …": the words are reported by the outer speaker.
        // "Analysts said it signalled “continuity”": "it" is the thing reported on, the words are the analysts'.
        if (before && lo > 1 && (/^(?:his|her|its|their)\s/i.test(before.phrase ?? '') || /^(?:it|this|that)$/i.test(before.phrase ?? '')) && !/[;]|\b(?:but|while|whereas|although|though)\b/i.test(masked.slice(usable[lo - 2].end, before.start))) before = usable[lo - 2];
        let k = lo;
        while (k < usable.length && usable[k].start < q.end) k++;
        const after = usable[k];
        const atStart = q.start - 1 - from < 300 && !/[\p{L}\p{N}]/u.test(masked.slice(from, q.start - 1).replace(MASK_RUN, ''));
        const pick = atStart ? after ?? before : before ?? after;
        if (!pick) continue;
        let r = resolved.get(pick)!;
        // "The Energy Department shifted with “low confidence,” while …, according to officials": anonymous sources or
        // media that tell, a clause away, what a named subject did are not the owners of the subject's words.
        if (pick === after && /^according to/i.test(pick.text) && q.kind === 'partial' && subject !== null && subject !== r.entity && names[0].start < q.start && anonymousSource(reg.entities[r.entity]) && /;|(?:^|,|[”"’])\s*(?:while|whereas|but|although|though)\s|,\s*and\s/.test(masked.slice(q.end, pick.start))) r = { entity: subject, how: 'explicit' };
        q.mention = r.entity;
        q.cue = pick.text;
        q.attribution = r.how;
      }
      // Indirect speech: a that-clause with no quotation in it.
      for (const c of cues) {
        const r = resolved.get(c);
        if (!r || c.clause < 0 || c.clause >= to) continue;
        const clause = masked.slice(c.clause, to);
        if (clause.includes(MASK) || clause.split(/\s+/).length < 4) continue;
        // Reported speech is a bonus: better none than one credited to a misread phrase ("the US to reduce its military").
        if (!plausibleSpeakerName(reg.entities[r.entity].name)) continue;
        const end = c.clause + clause.replace(/[.!?\s]+$/, '').length;
        indirect.push({ paragraph: pi, start: c.clause, end, text: p.text.slice(c.clause, end), kind: 'indirect', line: p.line, mention: r.entity, cue: c.text, attribution: r.how, closed: true, sentenceSubject: r.entity } as Working);
      }
    }
  });

  // Quotations with no cue of their own.
  statements.sort((a, b) => a.pos - b.pos);
  const ordered = [...out].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  const cued = ordered.filter((o) => o.mention !== null && o.cue !== null).slice(0, 300).map((o) => ({ o, key: normal(o.text) }));
  // The cued quotations long enough to be a twin, picked once rather than re-split for every uncued quotation.
  const twins = cued.filter(({ key }) => twinLength(key));
  const lastStatementBefore = (pos: number) => {
    let lo = 0;
    let hi = statements.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (statements[mid].pos < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? statements[lo - 1] : undefined;
  };
  ordered.forEach((q, k) => {
    if (q.mention !== null) return;
    // Summary bullets and standfirsts quote words the body attributes later.
    const key = normal(q.text);
    // Both must be long enough to be the same words, not a stock opening ("We will," inside "We will continue to …").
    const twin = twinLength(key) ? twins.find(({ o, key: other }) => o !== q && (other.includes(key) || key.includes(other)))?.o : undefined;
    if (twin) return Object.assign(q, { mention: twin.mention, attribution: 'continuation' as How });
    const prev = ordered[k - 1];
    if (prev && prev.mention !== null && !prev.closed && prev.paragraph === q.paragraph - 1) return Object.assign(q, { mention: prev.mention, attribution: 'continuation' as How });
    // The first paragraph of a running quotation whose attribution comes at its end ("“…", "“…,” Miller said.").
    if (!q.closed) {
      for (let j = k + 1, para = q.paragraph; j < ordered.length && ordered[j].paragraph === para + 1; j++, para++) {
        if (ordered[j].mention !== null && ordered[j].cue !== null) return Object.assign(q, { mention: ordered[j].mention, attribution: 'continuation' as How });
        if (ordered[j].closed) break;
      }
    }
    let sibling: Working | undefined;
    for (const o of byParagraph.get(q.paragraph) ?? []) if (o.mention !== null && (!sibling || Math.abs(o.start - q.start) < Math.abs(sibling.start - q.start))) sibling = o;
    if (sibling) return Object.assign(q, { mention: sibling.mention, attribution: 'continuation' as How });
    const pos = q.paragraph * P + q.start;
    const lastStatement = lastStatementBefore(pos);
    if (opensWithQuote(paragraphs[q.paragraph].text.slice(0, q.start)) || q.start <= 1) {
      if (prev && prev.mention !== null && !prev.closed) return Object.assign(q, { mention: prev.mention, attribution: 'continuation' as How });
      if (lastStatement) return Object.assign(q, { mention: lastStatement.entity, attribution: 'continuation' as How });
    }
    const fallback = q.sentenceSubject ?? lastStatement?.entity ?? null;
    if (fallback !== null) Object.assign(q, { mention: fallback, attribution: 'continuation' as How });
  });

  // A description first met without a name ("a senior Chinese diplomat") that the article names soon after.
  const redirect = new Map<number, number>();
  reg.entities.forEach((e, i) => {
    if (!e.awaitingName || !e.head) return;
    const first = e.positions[0];
    let named = -1;
    let gap = Infinity;
    // "a spokesperson for the Chinese Foreign Ministry" is not the Taiwan Affairs Office's spokesperson named earlier.
    // The place owning the role ("Hong Kong's leader") is not a qualifier; only the words after it are.
    const qualifiers = (e.name.replace(/^(?:\S+\s+){0,3}?\p{Lu}\S*['’]s\s+/u, '~ ').split(/\s+/).slice(1).join(' ').match(/\p{Lu}[\p{L}]+/gu) ?? []).map((w) => w.toLowerCase()).filter((w) => !NATIONALITY[w]);
    reg.entities.forEach((x, j) => {
      if (x.kind !== 'person' || !fits(e.head!, e.nation, x)) return;
      const roles = x.roles.join(' ').toLowerCase();
      if (qualifiers.length && !qualifiers.every((w) => roles.includes(w))) return;
      for (const at of x.positions) if (Math.abs(at - first) < gap) { gap = Math.abs(at - first); named = j; }
    });
    if (named >= 0) redirect.set(i, named);
  });

  const all = [...out, ...indirect].map((q) => ({ ...q, mention: q.mention !== null ? redirect.get(q.mention) ?? q.mention : null }));
  const used = [...new Set(all.map((q) => q.mention).filter((m): m is number => m !== null))].sort((a, b) => a - b);
  const index = new Map(used.map((m, i) => [m, i]));
  const mentions: Mention[] = used.map((m) => {
    const e = reg.entities[m];
    const spellings = [...e.spellings];
    // A description that turned out to be a named person is one of their roles, not a spelling of their name.
    const roles = [...e.roles];
    for (const [from, to] of redirect) if (to === m) roles.push(...reg.entities[from].spellings.filter((r) => !roles.includes(r)));
    return { name: e.name, kind: e.kind, spellings: [...new Set([e.name, ...spellings])], roles };
  });
  const quotesOut: AttributedQuote[] = all
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start)
    .map(({ sentenceSubject: _s, closed: _c, label: _l, ...q }) => ({ ...q, mention: q.mention === null ? null : index.get(q.mention)! }));
  return { quotes: quotesOut, mentions, findings: [] };
}

/** False for a phrase misread as a name: one holding a pronoun, an infinitive marker or a verb form ("US to reduce its military"). */
export function plausibleSpeakerName(name: string): boolean {
  return !/(?:^|\s)(?:to|its|his|her|their|our|that|which|who|would|will|should|could|is|are|was|were|has|have|had)(?=\s|$)/i.test(name);
}
