// Stage 06b: an editor's corrections from front matter, applied to the attributed quotations as data.
import type { Corrections } from '../../src/schemas/index.ts';
import type { AttributedQuote, Finding, Mention } from './types.ts';

/** Quote text for matching: marks, apostrophes and spacing folded, lower case. */
const key = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[‘’'`]/g, "'").replace(/[“”"«»„]/g, '"').replace(/\s+/g, ' ').trim();
const sameName = (a: string, b: string) => key(a) === key(b);

/** Indices of the quotations an editor's text names: exact text, or a prefix of it. */
function matching(quotes: AttributedQuote[], text: string): number[] {
  const k = key(text);
  const exact = quotes.flatMap((q, i) => (key(q.text) === k ? [i] : []));
  return exact.length ? exact : quotes.flatMap((q, i) => (key(q.text).startsWith(k) ? [i] : []));
}

/**
 * Applies front-matter corrections: `speakers` maps a spelling to the canonical name (mentions merged when two
 * become one), `dropQuotes` removes quotations, `quoteSpeakers` sets a quotation's speaker (attribution `editorial`).
 * A correction that matches nothing is reported, not ignored silently.
 */
export function applyCorrections(
  corrections: Corrections | undefined,
  quotes: AttributedQuote[],
  mentions: Mention[],
): { quotes: AttributedQuote[]; mentions: Mention[]; findings: Finding[] } {
  if (!corrections) return { quotes, mentions, findings: [] };
  const findings: Finding[] = [];
  const unused = (what: string, text: string) =>
    findings.push({ line: null, rule: 'correction-unused', message: `front matter ${what} "${text}" matches nothing in the article`, severity: 'warning' });
  let ms: Mention[] = mentions.map((m) => ({ ...m, spellings: [...m.spellings], roles: [...m.roles] }));
  let qs: AttributedQuote[] = quotes.map((q) => ({ ...q }));

  // Speaker spellings -> canonical names; two mentions that now share a name become one.
  for (const [spelling, canonical] of Object.entries(corrections.speakers ?? {})) {
    const hits = ms.filter((m) => sameName(m.name, spelling) || m.spellings.some((s) => sameName(s, spelling)));
    if (!hits.length) unused('speaker spelling', spelling);
    for (const m of hits) {
      if (!m.spellings.includes(m.name)) m.spellings.push(m.name);
      m.name = canonical;
    }
  }
  const merged: Mention[] = [];
  const remap = ms.map((m) => {
    const at = merged.findIndex((x) => sameName(x.name, m.name));
    if (at < 0) return merged.push(m) - 1;
    const into = merged[at];
    for (const s of m.spellings) if (!into.spellings.includes(s)) into.spellings.push(s);
    for (const r of m.roles) if (!into.roles.includes(r)) into.roles.push(r);
    return at;
  });
  ms = merged;
  qs = qs.map((q) => ({ ...q, mention: q.mention === null ? null : remap[q.mention] }));

  // Quotations an editor drops.
  const drop = new Set<number>();
  for (const text of corrections.dropQuotes ?? []) {
    const hits = matching(qs, text);
    if (!hits.length) unused('dropQuotes entry', text);
    for (const i of hits) drop.add(i);
  }
  // Quotations whose speaker an editor states.
  for (const { text, speaker } of corrections.quoteSpeakers ?? []) {
    const hits = matching(qs, text);
    if (!hits.length) unused('quoteSpeakers entry', text);
    if (!hits.length) continue;
    let m = ms.findIndex((x) => sameName(x.name, speaker) || x.spellings.some((s) => sameName(s, speaker)));
    if (m < 0) m = ms.push({ name: speaker, kind: 'person', spellings: [speaker], roles: [] }) - 1;
    for (const i of hits) qs[i] = { ...qs[i], mention: m, attribution: 'editorial' };
  }
  qs = qs.filter((_, i) => !drop.has(i));

  // Mentions no quotation uses any more are left out.
  const used = [...new Set(qs.map((q) => q.mention).filter((m): m is number => m !== null))].sort((a, b) => a - b);
  const index = new Map(used.map((m, i) => [m, i]));
  return {
    quotes: qs.map((q) => ({ ...q, mention: q.mention === null ? null : index.get(q.mention)! })),
    mentions: used.map((m) => ms[m]),
    findings,
  };
}
