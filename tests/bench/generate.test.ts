import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCollection, generateArticle, generateArticles, topicWords } from '../../scripts/bench/generate.ts';
import { createRng, deriveSeed } from '../../scripts/bench/prng.ts';

const topics = topicWords([
  { slug: 'taiwan', signals: ['Taiwan', 'Taipei', 'cross-Strait'] },
  { slug: 'sanctions', signals: ['sanction*', 'export control*', 'entity list'] },
  { slug: 'trade', signals: ['tariff*', 'trade war', 'trade deal'] },
]);
const sample = [...generateArticles({ articles: 300, seed: 7, topics })];
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const share = (pred: (t: string) => boolean) => sample.filter((a) => pred(a.text)).length / sample.length;

describe('createRng', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const seq = (seed: number) => Array.from({ length: 5 }, createRng(seed).next);
    expect(seq(3)).toEqual(seq(3));
    expect(seq(3)).not.toEqual(seq(4));
  });

  it('keeps int and skewed within their bounds', () => {
    const rng = createRng(1);
    for (let i = 0; i < 1000; i++) {
      expect(rng.int(2, 5)).toBeGreaterThanOrEqual(2);
      expect(rng.int(2, 5)).toBeLessThanOrEqual(5);
      expect(rng.skewed(10)).toBeLessThan(10);
    }
  });

  it('derives different seeds for different labels', () => {
    expect(deriveSeed(1, 'article-1')).not.toBe(deriveSeed(1, 'article-2'));
  });
});

describe('generateArticles', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is deterministic: the same seed gives byte-identical files, without Math.random', () => {
    vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random used');
    });
    const again = [...generateArticles({ articles: 300, seed: 7, topics })];
    expect(again).toEqual(sample);
  });

  it('gives another collection for another seed', () => {
    const other = [...generateArticles({ articles: 20, seed: 8, topics })];
    expect(other.map((a) => a.text)).not.toEqual(sample.slice(0, 20).map((a) => a.text));
  });

  it('generates each article independently of the others', () => {
    const c = createCollection({ articles: 300, seed: 7, topics });
    expect(generateArticle(c, 123)).toEqual(sample[123]);
  });

  it('names files uniquely in order', () => {
    const names = sample.map((a) => a.file);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(names);
    expect(names[0]).toMatch(/^00000_[0-9a-f]{16}\.txt$/);
  });

  it('writes articles of 300 to about 1,600 words, of varied lengths', () => {
    const counts = sample.map((a) => words(a.text));
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(300);
    expect(Math.max(...counts)).toBeLessThanOrEqual(1800);
    expect(counts.filter((n) => n < 700).length).toBeGreaterThan(30);
    expect(counts.filter((n) => n > 1100).length).toBeGreaterThan(30);
  });

  it('mixes quotation-mark styles, datelines, stated dates and undated articles', () => {
    expect(share((t) => t.includes('“'))).toBeGreaterThan(0.4);
    expect(share((t) => /\w[,.]" (said|he|she|told|added|warned)/.test(t))).toBeGreaterThan(0.1);
    expect(share((t) => /^[A-Z ]+(, \w+ \d+)? \((Reuters|AP)\)/m.test(t))).toBeGreaterThan(0.1);
    expect(share((t) => /\b(19|20)\d\d\b/.test(t.split('\n').slice(0, 12).join('\n')))).toBeGreaterThan(0.5);
    expect(share((t) => !/\b20(19|2\d)\b/.test(t))).toBeGreaterThan(0.1);
    expect(share((t) => t.includes('\r\n'))).toBeGreaterThan(0);
  });

  it('reports speech in many ways', () => {
    const all = sample.map((a) => a.text).join('\n');
    for (const pattern of [/ said: [“"„]/, /[,”"] said [A-Z]/, / told reporters: /, /According to [A-Z]/, / was quoted as saying: /, /\b(he|she) said\./, / said that /, /described the latest move as [“"„]/, /^[“"„][^”"“\n]+$/m, /declined to be named|condition of anonymity/]) {
      expect(all).toMatch(pattern);
    }
  });

  it('surrounds articles with boilerplate', () => {
    const all = sample.map((a) => a.text).join('\n');
    for (const line of ['ADVERTISEMENT', 'Share this article', 'Related stories', 'Sign up to our free newsletter']) expect(all).toContain(line);
    expect(all).toMatch(/\(Photo: (Reuters|AFP|AP)\)/);
  });

  it('quotes many speakers, some of them in several articles', () => {
    const speakers = new Map<string, number>();
    for (const a of sample) for (const m of a.text.matchAll(/([A-Z][a-z]+ [A-Z][a-z]+), (?:a|an|the|China’s|US|Taiwan’s)\b/g)) speakers.set(m[1], (speakers.get(m[1]) ?? 0) + 1);
    expect(speakers.size).toBeGreaterThan(100);
    expect([...speakers.values()].some((n) => n > 2)).toBe(true);
  });

  it('re-reports the same statements in several articles', () => {
    const seen = new Map<string, Set<number>>();
    sample.forEach((a, i) => {
      for (const m of a.text.matchAll(/[“"„]([^”"“]{40,})[”"“]/g)) seen.set(m[1], (seen.get(m[1]) ?? new Set()).add(i));
    });
    expect([...seen.values()].filter((s) => s.size > 1).length).toBeGreaterThan(10);
  });

  it('uses the signal words of the topics', () => {
    expect(share((t) => /Taiwan|Taipei|cross-Strait/.test(t))).toBeGreaterThan(0.2);
    expect(share((t) => /sanction|export control|entity list/.test(t))).toBeGreaterThan(0.2);
  });
});
