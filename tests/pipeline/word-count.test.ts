import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../scripts/pipeline/analyse-article.ts';
import { buildCorpus } from '../../scripts/pipeline/build-corpus.ts';
import { bodyWordCount, countWords } from '../../scripts/pipeline/word-count.ts';

describe('countWords', () => {
  it.each([
    ['The minister said talks would resume on Monday.', 8],
    ['“We won’t back down,” she said – 2,000 people marched.', 11], // apostrophes and thousands separators split words, as before,
    ['Zürich’s mayor, 58, declined.', 5],
    ['', 0],
  ])('counts %j as %i words', (text, n) => expect(countWords(text)).toBe(n));

  // The walk over code points must count what the pattern /[\p{L}\p{N}]+/gu matches, whatever the script.
  it.each([
    'China’s vice-foreign minister Le Yucheng said on Wednesday that Beijing was “ready” to talk.',
    'Émilie Durand-Lefèvre, 72, of Saint-Étienne said 3.5% was fine -- A.B.C.',
    'Ω Ελλάδα: Москва, 北京 and 𝐁old 😀 letters; Wang.',
    'a lone \ud800 high and \udc00 low surrogate, and a pair 𝐀𝐁 split: \ud835x',
    'İstanbul ǅemal ß  \t tabs\nand lines',
  ])('agrees with the pattern on %j', (text) => expect(countWords(text)).toBe((text.match(/[\p{L}\p{N}]+/gu) ?? []).length));
});

describe('wordCount with the analysis', () => {
  const text = 'Ministers agree on new border rules\n\nBRUSSELS (Reuters) - Ministers agreed on Monday to tighten border checks, officials said.\n\n“This is a fair deal,” the chair said.\n';
  it('is computed per article, and the corpus states the same figure as counting when the corpus is built', () => {
    const analysis = analyseArticle('a.txt', new TextEncoder().encode(text), []);
    expect(analysis.wordCount).toBe(bodyWordCount(analysis.cleaned.paragraphs));
    const { wordCount: _w, ...without } = analysis;
    expect(buildCorpus([analysis], []).articles[0].wordCount).toBe(buildCorpus([without], []).articles[0].wordCount);
    expect(analysis.wordCount).toBeGreaterThan(10);
  });
});
