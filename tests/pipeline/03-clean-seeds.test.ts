// Whole-article checks on the project's own copies of the seeds against the gold facts
// (tests/fixtures/gold/seeds.gold.json): title, date, source, boilerplate gone, body kept.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeArticle } from '../../scripts/pipeline/01-decode.ts';
import { readFrontMatter } from '../../scripts/pipeline/02-front-matter.ts';
import { cleanArticle } from '../../scripts/pipeline/03-clean.ts';
import { extractMetadata } from '../../scripts/pipeline/04-metadata.ts';

interface GoldArticle { file: string; title: string | null; date: string | null; sourcePattern: string | null; boilerplate: string[]; bodyMust: string[] }
const gold: { articles: GoldArticle[] } = JSON.parse(readFileSync(new URL('../fixtures/gold/seeds.gold.json', import.meta.url), 'utf8'));

// The scorer's folding: quotation-mark styles, dashes and spacing do not matter.
const flat = (s: string) => s.normalize('NFKC').replace(/[\u2018\u2019\u201A\u201B\u2032`´]/g, "'").replace(/[\u201C\u201D\u201E\u201F\u2033«»]/g, '"').replace(/[\u2013\u2014]/g, '-').replace(/\s+/g, ' ').trim();

describe.each(gold.articles)('seed $file', (g) => {
  const bytes = readFileSync(new URL(`../../content/articles/${g.file}`, import.meta.url));
  const fm = readFrontMatter(decodeArticle(bytes).text);
  const cleaned = cleanArticle(fm.body, fm.lineOffset);
  const meta = extractMetadata(fm.body, cleaned);
  const paragraphs = cleaned.paragraphs.map((p) => flat(p.text));
  const body = paragraphs.join('\n');

  it('has the headline as printed (or none)', () => {
    expect(cleaned.title === null ? null : flat(cleaned.title)).toBe(g.title === null ? null : flat(g.title));
  });
  it('has the stated date and invents none', () => expect(meta.date).toBe(g.date));
  it('names the outlet where the text does', () => {
    if (g.sourcePattern) expect(meta.source?.name ?? '').toMatch(new RegExp(g.sourcePattern, 'i'));
  });
  it('removes the boilerplate', () => {
    for (const b of g.boilerplate) expect(body).not.toContain(flat(b));
  });
  it('keeps the body', () => {
    for (const m of g.bodyMust) expect(body).toContain(flat(m));
  });
  it('has no duplicate paragraphs', () => expect(new Set(paragraphs).size).toBe(paragraphs.length));
});
