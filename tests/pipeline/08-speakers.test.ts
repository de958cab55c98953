import { describe, expect, it } from 'vitest';
import { mergeSpeakers } from '../../scripts/pipeline/08-speakers.ts';
import type { Mention } from '../../scripts/pipeline/types.ts';

const person = (name: string, spellings: string[] = [name], roles: string[] = []): Mention => ({ name, kind: 'person', spellings, roles });
const body = (name: string): Mention => ({ name, kind: 'organisation', spellings: [name], roles: [] });

describe('mergeSpeakers', () => {
  it('gives one id per full name across articles, a slug of the name', () => {
    const { speakers, idOf } = mergeSpeakers([[person('Le Yucheng', ['Le', 'Le Yucheng'], ['China’s Vice Foreign Minister'])], [person('Le Yucheng', ['Li', 'Le Yucheng'], ['foreign vice-minister'])]]);
    expect(idOf).toEqual([['le-yucheng'], ['le-yucheng']]);
    expect(speakers).toHaveLength(1);
    expect(speakers[0].spellings.sort()).toEqual(['Le', 'Le Yucheng', 'Li']);
    expect(speakers[0].roles).toEqual([[0, 'China’s Vice Foreign Minister'], [1, 'foreign vice-minister']]);
  });

  it.each([
    ['a surname alone joins the one person with that surname', [[person('Qin Gang')], [person('Qin')]], [['qin-gang'], ['qin-gang']]],
    ['a given name used as a surname joins too', [[person('Wang Yi')], [person('Yi')]], [['wang-yi'], ['wang-yi']]],
    ['an honorific does not block the match', [[person('Dana Whitfield')], [person('Ms. Whitfield')]], [['dana-whitfield'], ['dana-whitfield']]],
    ['an ambiguous surname stays apart', [[person('Wang Yi'), person('Wang Wenbin')], [person('Wang')]], [['wang-yi', 'wang-wenbin'], ['wang']]],
    ['a surname whose role contradicts the full name’s stays apart', [[person('Wang Wenbin', ['Wang Wenbin'], ['foreign ministry spokesman'])], [person('Wang', ['Mr Wang'], ['a shopkeeper in Xiamen'])]], [['wang-wenbin'], ['wang']]],
    ['a body never joins a person', [[person('Robert Washington')], [body('Washington')]], [['robert-washington'], ['washington']]],
    ['accents and case do not split a person', [[person('José Álvarez')], [person('Jose Alvarez')]], [['jose-alvarez'], ['jose-alvarez']]],
  ])('%s', (_name, mentions, expected) => {
    expect(mergeSpeakers(mentions as Mention[][]).idOf).toEqual(expected);
  });

  it('keeps the fullest name as the display name', () => {
    const { speakers } = mergeSpeakers([[person('Qin')], [person('Qin Gang')]]);
    expect(speakers.map((s) => s.name)).toEqual(['Qin Gang']);
  });
});
