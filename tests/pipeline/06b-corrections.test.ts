import { describe, expect, it } from 'vitest';
import { applyCorrections } from '../../scripts/pipeline/06b-corrections.ts';
import type { AttributedQuote, Mention } from '../../scripts/pipeline/types.ts';

const quote = (text: string, mention: number | null): AttributedQuote => ({ paragraph: 0, start: 0, end: text.length, text, kind: 'direct', line: 1, mention, cue: 'said', attribution: 'explicit' });
const mentions: Mention[] = [
  { name: 'Le Yucheng', kind: 'person', spellings: ['Le Yucheng', 'Le'], roles: [] },
  { name: 'Li', kind: 'person', spellings: ['Li'], roles: [] },
];
const quotes = [quote('We must stay focused,', 0), quote('How can any problem get resolved without discussions?', 1), quote('one country, two systems', null)];
const names = (r: ReturnType<typeof applyCorrections>) => r.quotes.map((q) => [q.text.slice(0, 12), q.mention === null ? null : r.mentions[q.mention].name, q.attribution]);

describe('applyCorrections', () => {
  it('changes nothing without corrections', () => {
    const r = applyCorrections(undefined, quotes, mentions);
    expect(r.quotes).toBe(quotes);
    expect(r.findings).toEqual([]);
  });

  it('maps a spelling to the canonical name and merges the two mentions', () => {
    const r = applyCorrections({ speakers: { Li: 'Le Yucheng' } }, quotes, mentions);
    expect(names(r)).toEqual([['We must stay', 'Le Yucheng', 'explicit'], ['How can any ', 'Le Yucheng', 'explicit'], ['one country,', null, 'explicit']]);
    expect(r.mentions).toHaveLength(1);
    expect(r.mentions[0].spellings).toEqual(expect.arrayContaining(['Le', 'Li']));
  });

  it('drops a quotation named by its text or a prefix of it', () => {
    expect(names(applyCorrections({ dropQuotes: ['one country, two systems'] }, quotes, mentions)).map((q) => q[0])).toEqual(['We must stay', 'How can any ']);
    expect(names(applyCorrections({ dropQuotes: ['How can any problem'] }, quotes, mentions)).map((q) => q[0])).toEqual(['We must stay', 'one country,']);
  });

  it('sets a quotation’s speaker as an editorial attribution, adding the person when new', () => {
    const r = applyCorrections({ quoteSpeakers: [{ text: 'one country', speaker: 'Carrie Lam' }, { text: 'How can any', speaker: 'Le Yucheng' }] }, quotes, mentions);
    expect(names(r)).toEqual([['We must stay', 'Le Yucheng', 'explicit'], ['How can any ', 'Le Yucheng', 'editorial'], ['one country,', 'Carrie Lam', 'editorial']]);
  });

  it('reports corrections that match nothing', () => {
    const r = applyCorrections({ speakers: { Lee: 'Le Yucheng' }, dropQuotes: ['not in the article'], quoteSpeakers: [{ text: 'nowhere', speaker: 'X' }] }, quotes, mentions);
    expect(r.findings.map((f) => f.rule)).toEqual(['correction-unused', 'correction-unused', 'correction-unused']);
    expect(r.quotes).toHaveLength(3);
  });
});
