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
