import { describe, expect, it } from 'vitest';
import { diffWords, splitWords, wordKey, wordOverlap } from '../../src/lib/word-diff.ts';

describe('wordKey', () => {
  it.each([
    ['Dialogue,', 'dialogue'],
    ['“We', 'we'],
    ['won’t', 'wont'],
    ["won't", 'wont'],
    ['–', '–'],
  ])('keys %s as %s', (word, key) => expect(wordKey(word)).toBe(key));
});

describe('splitWords', () => {
  it('splits on any whitespace and drops empties', () => {
    expect(splitWords('  ready  for\ttalks ')).toEqual(['ready', 'for', 'talks']);
  });
});

describe('diffWords', () => {
  it('returns one same segment for versions that differ only in case and punctuation', () => {
    expect(diffWords('We must stay focused.', 'we must stay focused')).toEqual([{ op: 'same', text: 'we must stay focused' }]);
  });

  it('shows a dropped word as removed', () => {
    expect(diffWords('prevent it from spiralling out of control', 'prevent from spiralling out of control')).toEqual([
      { op: 'same', text: 'prevent' },
      { op: 'removed', text: 'it' },
      { op: 'same', text: 'from spiralling out of control' },
    ]);
  });

  it('shows a changed spelling as removed then added', () => {
    expect(diffWords('from spiralling out', 'from spiraling out')).toEqual([
      { op: 'same', text: 'from' },
      { op: 'removed', text: 'spiralling' },
      { op: 'added', text: 'spiraling' },
      { op: 'same', text: 'out' },
    ]);
  });

  it('shows a clause cut from the end and a sentence added at the start', () => {
    const longer = 'The next few months will be critical. We must stay focused, and keep to the right direction.';
    const shorter = 'We must stay focused,';
    expect(diffWords(longer, shorter)).toEqual([
      { op: 'removed', text: 'The next few months will be critical.' },
      { op: 'same', text: 'We must stay focused,' },
      { op: 'removed', text: 'and keep to the right direction.' },
    ]);
    expect(diffWords(shorter, longer)[0]).toEqual({ op: 'added', text: 'The next few months will be critical.' });
  });

  it('keeps the printed words of the second version in same runs', () => {
    expect(diffWords('“Dialogue should not', 'dialogue should not')[0].text).toBe('dialogue should not');
  });

  it('handles empty versions', () => {
    expect(diffWords('', 'ready for talks')).toEqual([{ op: 'added', text: 'ready for talks' }]);
    expect(diffWords('ready for talks', '')).toEqual([{ op: 'removed', text: 'ready for talks' }]);
    expect(diffWords('', '')).toEqual([]);
  });
});

describe('wordOverlap', () => {
  it('is 1 when the shorter version lies wholly inside the longer', () => {
    expect(wordOverlap('ready for talks', 'I myself stand ready for talks with my US counterpart')).toBe(1);
  });
  it('is the share of the shorter version kept', () => {
    expect(wordOverlap('one two three four', 'one two five six seven')).toBe(0.5);
  });
  it('is 0 for an empty version', () => {
    expect(wordOverlap('', 'words')).toBe(0);
  });
});
