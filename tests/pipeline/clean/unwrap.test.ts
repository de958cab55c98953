import { describe, expect, it } from 'vitest';
import { isHardWrapped, unwrapLines } from '../../../scripts/pipeline/clean/unwrap.ts';

const wrapped = [
  'Port workers end strike after pay deal',
  '',
  'Dock workers at the country’s second-largest port voted on Sunday to end',
  'a nine-day strike that had left hundreds of containers stranded, union',
  'officials said, after the port authority offered a pay rise of six',
  'percent this year.',
  '',
  '"This is a fair result for everyone who stood on the picket line," the',
  'union’s regional secretary told reporters outside the gates, adding that',
  'members had voted by a large majority to accept the offer.',
];

describe('unwrapLines', () => {
  it('tells hard-wrapped text from text with one paragraph a line', () => {
    expect(isHardWrapped(wrapped)).toBe(true);
    expect(isHardWrapped(['Headline here', '', 'One whole paragraph on a line that ends with a full stop as paragraphs do.', '', 'Another whole paragraph on its own line, also ending properly.'])).toBe(false);
  });

  it('joins wrapped lines into paragraphs and keeps line slots', () => {
    const out = unwrapLines(wrapped);
    expect(out).toHaveLength(wrapped.length);
    expect(out[0]).toBe('Port workers end strike after pay deal');
    expect(out[2]).toBe('Dock workers at the country’s second-largest port voted on Sunday to end a nine-day strike that had left hundreds of containers stranded, union officials said, after the port authority offered a pay rise of six percent this year.');
    expect(out.slice(3, 6)).toEqual(['', '', '']);
    expect(out[7]).toMatch(/the union’s regional secretary told reporters outside the gates, adding that members/);
  });

  it('joins a line that breaks mid-sentence before a lower-case word, even in unwrapped text', () => {
    const out = unwrapLines(['The foreign minister said on Tuesday that the talks would', 'resume in the spring.', '', 'Next paragraph.']);
    expect(out[0]).toBe('The foreign minister said on Tuesday that the talks would resume in the spring.');
  });

  it('leaves headings, lists and finished sentences alone', () => {
    const lines = ['Key points:', '- Talks resume on Thursday', '- Polls show support at 41 percent', 'The minister said the talks would resume.', 'Officials agreed.'];
    expect(unwrapLines(lines)).toEqual(lines);
  });
});
