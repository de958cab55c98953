import { describe, expect, it } from 'vitest';
import { NATIONALITY, PRONOUNS, ROLE_FAMILY } from '../../scripts/pipeline/attribute/lexicon.ts';
import { wordTable } from '../../scripts/pipeline/word-table.ts';

// Words an article can contain that are also names every plain object answers to.
const INHERITED = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf'];

describe('wordTable', () => {
  it('answers for its own entries', () => {
    const t = wordTable({ chinese: 'China', he: 'm' });
    expect(t.chinese).toBe('China');
    expect(t.he).toBe('m');
    expect(Object.isFrozen(t)).toBe(true);
  });

  it.each(INHERITED)('answers nothing for "%s"', (word) => {
    expect(wordTable({ chinese: 'China' })[word]).toBeUndefined();
  });

  it.each(INHERITED)('the lexicon tables answer nothing for "%s" (a "constructor" was a nationality)', (word) => {
    expect(NATIONALITY[word]).toBeUndefined();
    expect(PRONOUNS[word]).toBeUndefined();
    expect(ROLE_FAMILY[word]).toBeUndefined();
  });
});
