// Whole-article checks of quotations and speakers against hand-annotated gold facts: the seeds
// (content/articles, tests/fixtures/gold/seeds.gold.json) and the hard cases written for this project
// (tests/fixtures/articles, tests/fixtures/gold/hard-cases.gold.json). Every gold quote is found with its
// speaker, nothing else is reported as a quote, and no person is split over several speaker ids.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../scripts/pipeline/analyse-article.ts';
import { buildCorpus } from '../../scripts/pipeline/build-corpus.ts';
import type { Topic } from '../../src/schemas/index.ts';

interface GoldQuote { text: string; speaker?: string[]; speakerPattern?: string }
interface GoldArticle { file: string; quotes: GoldQuote[]; ignore: string[] }

const topics: Topic[] = JSON.parse(readFileSync(new URL('../../content/topics.json', import.meta.url), 'utf8'));
/** The scorer's word folding: case, quotation marks and apostrophes do not matter. */
const words = (s: string) => (s.normalize('NFKC').toLowerCase().replace(/['’‘]/g, '').match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
const nameKey = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/^(?:the|a|an)\s+/, '').replace(/[.,]/g, '').trim();
const speakerFits = (g: GoldQuote, name: string | undefined) =>
  name !== undefined && ((g.speaker ?? []).some((s) => nameKey(s) === nameKey(name)) || (g.speakerPattern !== undefined && new RegExp(g.speakerPattern, 'i').test(nameKey(name))));
/** Same words, or one a run of the other (a multi-paragraph quotation may be split or merged). */
const overlaps = (a: string, b: string) => a === b || (a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a)));

const sets = [
  { name: 'seeds', gold: '../fixtures/gold/seeds.gold.json', dir: '../../content/articles/' },
  { name: 'hard cases', gold: '../fixtures/gold/hard-cases.gold.json', dir: '../fixtures/articles/' },
];

describe.each(sets)('quotations and speakers: $name', (set) => {
  const gold: { articles: GoldArticle[] } = JSON.parse(readFileSync(new URL(set.gold, import.meta.url), 'utf8'));
  const analyses = gold.articles.map((g) => analyseArticle(g.file, new Uint8Array(readFileSync(new URL(set.dir + g.file, import.meta.url))), topics));
  const corpus = buildCorpus(analyses, topics);
  const speakerName = new Map(corpus.speakers.map((s) => [s.id, s.name]));

  describe.each(gold.articles)('$file', (g) => {
    const slug = corpus.articles.find((a) => a.file === g.file)!.slug;
    const predicted = corpus.quotes.filter((q) => q.article === slug && q.kind !== 'indirect').map((q) => ({ key: words(q.text), text: q.text, speaker: q.speaker === null ? undefined : speakerName.get(q.speaker) }));

    it.each(g.quotes.map((q) => [q.text, q]))('finds “%s” with its speaker', (_text, q) => {
      const hit = predicted.filter((p) => overlaps(p.key, words(q.text)));
      expect(hit.length, 'quotation not found').toBeGreaterThan(0);
      expect(hit.map((p) => p.speaker).filter((n) => speakerFits(q, n)), `speakers found: ${hit.map((p) => p.speaker).join(', ')}`).not.toHaveLength(0);
    });

    it('reports no quotation the gold does not have', () => {
      const known = [...g.quotes.map((q) => words(q.text)), ...g.ignore.map(words)];
      expect(predicted.filter((p) => !known.some((k) => overlaps(p.key, k))).map((p) => p.text)).toEqual([]);
    });
  });

  it('gives each person one speaker id', () => {
    const ids = new Map<string, Set<string>>();
    for (const g of gold.articles) {
      const slug = corpus.articles.find((a) => a.file === g.file)!.slug;
      for (const q of g.quotes.filter((x) => x.speaker)) {
        const hits = corpus.quotes.filter((p) => p.article === slug && p.speaker && overlaps(words(p.text), words(q.text)));
        for (const h of hits) if (speakerFits(q, speakerName.get(h.speaker!))) ids.set(q.speaker![0], (ids.get(q.speaker![0]) ?? new Set()).add(h.speaker!));
      }
    }
    expect([...ids].filter(([, s]) => s.size > 1)).toEqual([]);
  });
});
