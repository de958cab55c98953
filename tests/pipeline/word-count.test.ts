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
