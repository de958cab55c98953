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

describe('topic matching screened by first words gives what the patterns alone give', () => {
  const topic = (slug: string, signals: string[], exclude: string[] = []): Topic => ({ slug, label: slug, description: `${slug}.`, signals, exclude });
  /** The reference: every topic's pattern run over the whole text. */
  const byPatterns = (text: string, list: Topic[]) =>
    list
      .map((t) => {
        const excluded = t.exclude?.length ? [...text.matchAll(topicPattern({ ...t, signals: t.exclude }))].map((m) => [m.index, m.index + m[0].length]) : [];
        return { slug: t.slug, n: [...text.matchAll(topicPattern(t))].filter((m) => !excluded.some(([s, e]) => m.index >= s && m.index < e)).length };
      })
      .filter((t) => t.n > 0)
      .sort((a, b) => b.n - a.n || (a.slug < b.slug ? -1 : 1))
      .map((t) => t.slug);
  const list = [
    ...topics,
    topic('zurich', ['Zürich', 'Genève*']),
    topic('odd', ['*', '-led', 'Lai Ching-te']),
    topic('nested', ['trade', 'trade war*', 'trader*'], ['trade fair']),
  ];

  it.each([
    'The ſanctions bite; the Taiwan Strait and Taiwanese exports.',
    'Taiwan Semiconductor and TAIWAN; cross-Strait ties; the KMT and Kuomintang.',
    'A trade fair, a trade war, trade-wars and traders in Zürich and Genèveborg.',
    'Le déjà-vu de Taiwan: 𝐓aiwan, xTaiwan, Taiwanx, Taiwan’s navy, élections, électionsTaiwan.',
    'US-led drills, a Western-led bloc and Lai   Ching-te with jets; Sanctions, SANCTIONED, sanction’s.',
    '',
    'Fighter jets, fighter jet, aircraft carriers; the PLA, People’s Liberation Army and People\'s Liberation Army.',
  ])('%s', (text) => {
    expect(assignTopics(text, list)).toEqual(byPatterns(text, list));
  });

  it('a long s or kelvin sign still matches the ASCII letter it folds to', () => {
    expect(assignTopics('The ſanctions bite.', topics)).toEqual(['sanctions']);
    expect(assignTopics('Fresh \u212Auomintang rallies.', topics)).toEqual(['taiwan']);
  });

  it('no other character outside ASCII folds to an ASCII letter or digit (the screen relies on it)', () => {
    const ascii = /^[a-z0-9]$/iu;
    const folding: number[] = [];
    for (let c = 0x80; c <= 0x10ffff; c++) if (c < 0xd800 || c > 0xdfff) if (ascii.test(String.fromCodePoint(c))) folding.push(c);
    expect(folding).toEqual([0x17f, 0x212a]);
  });
});
