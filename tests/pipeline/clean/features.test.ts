import { describe, expect, it } from 'vitest';
import { lineFeatures, wordWeight } from '../../../scripts/pipeline/clean/features.ts';

describe('lineFeatures', () => {
  it.each([
    ['The ministry said the talks would resume.', { words: 7, endsSentence: true, bullet: false }],
    ['“We are ready,” he said.', { endsSentence: true }],
    ['He said: “We will not move.”', { endsSentence: true }],
    ['Home', { words: 1, endsSentence: false }],
    ['• Talks to resume in spring', { bullet: true }],
    ['  spaced   out   line  ', { text: 'spaced out line', chars: 15 }],
  ])('%s', (line, expected) => {
    expect(lineFeatures(line)).toMatchObject(expected);
  });

  it('counts sentence breaks inside a line', () => {
    expect(lineFeatures('The vote was close. Officials said turnout was high. "It was fair," one said.').sentenceBreaks).toBe(2);
  });

  it('gives prose a high stop-word ratio and menus a low one', () => {
    expect(lineFeatures('The minister said that it was time for the two sides to talk.').stopRatio).toBeGreaterThan(0.4);
    expect(lineFeatures('Politics Business Sport Culture Travel').stopRatio).toBe(0);
  });

  it('weighs scripts written without spaces by characters', () => {
    expect(wordWeight(lineFeatures('外交部发言人表示双方应当保持沟通渠道畅通'))).toBeGreaterThan(8);
  });
});

describe('lineFeatures counts words and capitals as its patterns define them', () => {
  // The counts come from one pass over the characters; these patterns are the definition they must agree with.
  const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu;
  const CAPITAL_START = /(?:^|[^\p{L}\p{N}'’_-])\p{Lu}/gu;
  it.each([
    'The minister’s aide-de-camp said: “We’ll see.”',
    'İstanbul’s mayor met ÉLYSÉE staff; -dash _under and ’tis',
    'Ⅻ Roman numerals, Ǆ titlecase, ﬃ ligature, 𝐀𝐁𝐂 bold capitals, a😀B emoji, \uD800 lone',
    '北京 said 東京 and the ΣΊΣΥΦΟΣ ΟΔΥΣΣΕΑΣ in Ελλάδα; Москва ответила.',
    '  A  B.C.  d e F-G h’I  ',
    '',
  ])('%s', (line) => {
    const f = lineFeatures(line);
    const text = line.replace(/\s+/g, ' ').trim();
    const words = text.toLowerCase().match(WORD) ?? [];
    expect(f.words).toBe(words.length);
    expect(f.capitalRatio).toBe(words.length ? Math.min(1, (text.match(CAPITAL_START)?.length ?? 0) / words.length) : 0);
  });

  it('counts function words of the lower-cased line, long words included', () => {
    expect(lineFeatures('THE Minister AND the aide-de-camp of Über-long words').stopRatio).toBeCloseTo(4 / 8);
  });
});
