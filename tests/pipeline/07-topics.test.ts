import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assignTopics, topicPattern } from '../../scripts/pipeline/07-topics.ts';
import { TopicListSchema, type Topic } from '../../src/schemas/index.ts';

const topics = TopicListSchema.parse(JSON.parse(readFileSync('content/topics.json', 'utf8')));

describe('assignTopics with the project topic list', () => {
  it.each<[string, string[]]>([
    ['Washington imposed sanctions on 11 officials over the crackdown.', ['sanctions']],
    ['The Treasury said it would sanction more firms.', ['sanctions']],
    ['Beijing warned against arms sales to Taiwan and the self-ruled island’s leaders.', ['taiwan', 'military']],
    ['Patrols near the Spratly Islands in the South China Sea raised tensions.', ['south-china-sea']],
    ['The Hong Kong national security law drew criticism.', ['hong-kong']],
    ['Reports on Uyghur detention camps in Xinjiang were cited.', ['xinjiang']],
    ['The coronavirus pandemic strained ties.', ['covid-19']],
    ['The US ordered the Chinese consulate in Houston to close.', ['consulates']],
    ['A Chinese balloon was shot down over the Atlantic.', ['balloon-incident']],
    ['New tariffs on steel took effect.', ['trade']],
    ['The weather in Chengdu was mild.', []],
  ])('%s -> %j', (text, expected) => {
    expect(assignTopics(text, topics).sort()).toEqual([...expected].sort());
  });

  it('puts the most mentioned topic first', () => {
    expect(assignTopics('Taiwan, Taiwan and Taipei; one tariff.', topics)).toEqual(['taiwan', 'trade']);
  });

  it('does not match a signal inside a longer word', () => {
    expect(assignTopics('The talkshow host discussed the armistice.', topics)).toEqual([]);
  });
});

describe('topic signals as data', () => {
  const topic = (signals: string[], exclude: string[] = []): Topic => ({ slug: 't', label: 'T', description: 'T.', signals, exclude });

  it('matches a trailing * with any ending and a space with any run of spaces', () => {
    expect('Sanctioned firms and  export   controls'.match(topicPattern(topic(['sanction*', 'export control*'])))).toEqual(['Sanctioned', 'export   controls']);
  });

  it('leaves out signals inside an exclude phrase', () => {
    const t = [topic(['Taiwan'], ['Taiwan Semiconductor'])];
    expect(assignTopics('Taiwan Semiconductor reported profits.', t)).toEqual([]);
    expect(assignTopics('Taiwan Semiconductor said Taiwan would grow.', t)).toEqual(['t']);
  });
});
