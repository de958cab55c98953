import { describe, expect, it } from 'vitest';
import { groupStories, type StoryArticle, type StoryQuoteInput, type StorySpeaker } from '../../scripts/pipeline/10-stories.ts';
import { daysBetween, jaccard, rarity, scorePair, STORY_RULES } from '../../scripts/pipeline/stories/evidence.ts';
import { pickTitleQuote, storyTitle } from '../../scripts/pipeline/stories/label.ts';
import { sharedQuotations } from '../../scripts/pipeline/stories/quotations.ts';
import { UnionFind } from '../../scripts/pipeline/stories/union-find.ts';
import { cosine, internTerms, leadTerms, wordingCandidates, wordingVector } from '../../scripts/pipeline/stories/wording.ts';

const article = (slug: string, title: string, date: string | null, body: string[], topics: string[] = []): StoryArticle => ({
  slug, title, date, standfirst: [], topics, paragraphs: body.map((text, i) => ({ id: `p${i + 1}`, text, line: i + 1, role: 'body' as const })),
});
const quote = (id: string, art: string, text: string, speaker: string | null, matches: string[] = [], kind: StoryQuoteInput['kind'] = 'direct'): StoryQuoteInput => ({ id, article: art, text, speaker, matches, kind });
const person = (id: string, name: string, role: string): StorySpeaker => ({ id, name, kind: 'person', roles: [{ role, article: 'x' }] });

describe('UnionFind', () => {
  it('joins sets and lists those with enough members', () => {
    const u = new UnionFind(5);
    u.union(0, 3);
    u.union(3, 4);
    expect(u.find(4)).toBe(u.find(0));
    expect(u.groups(2)).toEqual([[0, 3, 4]]);
    expect(u.groups()).toEqual([[0, 3, 4], [1], [2]]);
  });
  it('gives the same representative whatever the order of unions', () => {
    const a = new UnionFind(3);
    a.union(1, 2);
    const b = new UnionFind(3);
    b.union(2, 1);
    expect(a.find(2)).toBe(b.find(2));
  });
});

describe('evidence', () => {
  it.each([
    ['2020-08-05', '2020-08-07', 2],
    ['2020-08-07', '2020-08-05', 2],
    ['2020-12-30', '2021-01-02', 3],
    [null, '2020-08-05', null],
  ])('daysBetween(%s, %s) is %s', (a, b, d) => expect(daysBetween(a, b)).toBe(d));

  it('scores dates too far apart as zero whatever else is shared', () => {
    expect(scorePair({ quotes: 2, speakers: 1, topics: 1, wording: 1, days: STORY_RULES.maxDays + 1 })).toBe(0);
  });
  it('lets one long shared quotation make a story alone, but not shared topics alone', () => {
    expect(scorePair({ quotes: 1, speakers: 0, topics: 0, wording: 0, days: null })).toBeGreaterThanOrEqual(STORY_RULES.threshold);
    expect(scorePair({ quotes: 0, speakers: 0, topics: 1, wording: 0, days: 0 })).toBeLessThan(STORY_RULES.threshold);
  });
  it('needs more than a shared speaker on the same day', () => {
    expect(scorePair({ quotes: 0, speakers: 1, topics: 0.5, wording: 0.1, days: 0 })).toBeLessThan(STORY_RULES.threshold);
  });
  it('weighs rare things more than common ones', () => {
    expect(rarity(2, 10_000)).toBe(1);
    expect(rarity(500, 10_000)).toBeLessThan(0.5);
    expect(rarity(0, 10)).toBe(0);
  });
  it('computes Jaccard overlap', () => {
    expect(jaccard(['a', 'b'], ['b', 'c'])).toBeCloseTo(1 / 3);
    expect(jaccard([], [])).toBe(0);
  });
});

describe('wording', () => {
  it('takes content words and word pairs of the headline and lead', () => {
    const terms = leadTerms(article('a', 'Fishing talks resume', null, ['Japan and Korea will resume fishing talks.']));
    expect(terms).toContain('fishing talks');
    expect(terms).toContain('japan');
    expect(terms).not.toContain('and');
  });
  it('finds pairs through rare shared word pairs and measures them by cosine', () => {
    const lists = [
      'fishing talks resume fishing quotas busan',
      'fishing talks busan fishing quotas resume',
      'storm closes ports southern philippines',
    ].map((s) => { const w = s.split(' '); return [...w, ...w.slice(1).map((x, i) => `${w[i]} ${x}`)]; });
    const { lists: ids, df, terms } = internTerms(lists);
    expect(wordingCandidates(ids, df, terms, 3)).toEqual([[0, 1]]);
    const v = ids.map((l) => wordingVector(l, df, 3));
    expect(cosine(v[0], v[1])).toBeGreaterThan(cosine(v[0], v[2]));
    expect(cosine(v[0], v[0])).toBeCloseTo(1);
  });
});

describe('label', () => {
  it('picks the version whose words the headlines echo', () => {
    expect(pickTitleQuote(['Diplomat says he is ready to talk any time'], ['the next few months will be critical', 'ready for talks', 'I myself stand ready for talks with my counterpart'])).toBe('ready for talks');
  });
  it('cuts a long version', () => {
    const long = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen';
    expect(pickTitleQuote([], [long])).toBe('one two three four five six seven eight nine ten…');
  });
  it('names the speaker when known and gives null with no usable quotation', () => {
    expect(storyTitle({ headlines: [], versions: ['ready for talks,'], speaker: 'Le Yucheng' })).toBe('Le Yucheng: “ready for talks”');
    expect(storyTitle({ headlines: [], versions: ['at any time'], speaker: null })).toBeNull();
  });
});

describe('sharedQuotations', () => {
  it('gathers linked versions per quotation, most widely carried first', () => {
    const quotes = [
      quote('a1', 'a', 'We must stay focused', 'le'), quote('b1', 'b', 'We must stay focused.', 'le'), quote('c1', 'c', 'must stay focused', null),
      quote('a2', 'a', 'ready for talks', 'le'), quote('b2', 'b', 'stand ready for talks', 'le'),
      quote('a3', 'a', 'not shared at all', 'le'),
    ];
    quotes[0].matches = ['b1', 'c1'];
    quotes[3].matches = ['b2'];
    expect(sharedQuotations(['a', 'b', 'c'], quotes)).toEqual([
      { quotes: ['a1', 'b1', 'c1'], articles: ['a', 'b', 'c'], speaker: 'le' },
      { quotes: ['a2', 'b2'], articles: ['a', 'b'], speaker: 'le' },
    ]);
  });
});

describe('groupStories', () => {
  // Two outlets report one event (a minister's announcement) in their own words; a third article is about something else.
  const articles = [
    article('harbour-times', 'Japan and South Korea agree to restart fisheries talks', '2024-03-12', [
      'Japan and South Korea agreed on Tuesday to resume talks on fishing rights, ending a two-year freeze.',
      '“We have chosen dialogue over confrontation, and our fishermen deserve certainty,” fisheries minister Kenji Watanabe said.',
    ], ['fisheries', 'diplomacy']),
    article('coast-daily', 'Tokyo and Seoul to resume fishing talks', '2024-03-13', [
      'Kenji Watanabe said Japan had “chosen dialogue over confrontation” as the neighbours agreed to reopen negotiations.',
    ], ['fisheries']),
    article('island-news', 'Storm closes ports across the south', '2024-03-12', [
      '“No vessel will leave until the warning is lifted,” coast guard spokesman Armando Reyes said.',
    ], ['weather']),
  ];
  const quotes = [
    quote('harbour-times-q1', 'harbour-times', 'We have chosen dialogue over confrontation, and our fishermen deserve certainty,', 'kenji-watanabe', ['coast-daily-q1']),
    quote('coast-daily-q1', 'coast-daily', 'chosen dialogue over confrontation', 'kenji-watanabe', ['harbour-times-q1'], 'partial'),
    quote('island-news-q1', 'island-news', 'No vessel will leave until the warning is lifted,', 'armando-reyes'),
  ];
  const speakers = [person('kenji-watanabe', 'Kenji Watanabe', 'Japan’s fisheries minister'), person('armando-reyes', 'Armando Reyes', 'coast guard spokesman')];

  it('groups two reports of one event and leaves an unrelated article out', () => {
    const { stories, storyOf } = groupStories(articles, quotes, speakers);
    expect(stories).toHaveLength(1);
    expect(stories[0].articles).toEqual(['harbour-times', 'coast-daily']);
    expect(storyOf.get('island-news')).toBeUndefined();
    expect(storyOf.get('coast-daily')).toBe(stories[0].id);
  });

  it('computes the title, id, speakers, topics, dates, quotations and framing', () => {
    const [story] = groupStories(articles, quotes, speakers).stories;
    expect(story.title).toBe('Kenji Watanabe: “chosen dialogue over confrontation”');
    expect(story.id).toBe('story-kenji-watanabe-chosen-dialogue-over-confrontation');
    expect(story.speakers).toEqual(['kenji-watanabe']);
    expect(story.topics).toEqual(['fisheries']);
    expect([story.firstDate, story.lastDate]).toEqual(['2024-03-12', '2024-03-13']);
    expect(story.quotations[0].articles).toEqual(['harbour-times', 'coast-daily']);
    expect(story.framing.map((f) => f.headline)).toEqual([articles[0].title, articles[1].title]);
    expect(story.framing[0].quotedWords.other).toBe(11);
  });

  it('does not group the same quotation reported months apart', () => {
    const later = articles.map((a, i) => (i === 1 ? { ...a, date: '2024-07-01' } : a));
    expect(groupStories(later, quotes, speakers).stories).toHaveLength(0);
  });

  it('groups without any date when the quotation is shared', () => {
    const undated = articles.map((a) => ({ ...a, date: null }));
    expect(groupStories(undated, quotes, speakers).stories[0].articles).toEqual(['harbour-times', 'coast-daily']);
  });

  it('does not group on a short shared fragment alone', () => {
    const weak = [
      quote('harbour-times-q1', 'harbour-times', 'a step in the right direction', null, ['coast-daily-q1'], 'partial'),
      quote('coast-daily-q1', 'coast-daily', 'a step in the right direction', null, ['harbour-times-q1'], 'partial'),
    ];
    const apart = articles.map((a) => ({ ...a, topics: [], date: null }));
    expect(groupStories(apart, weak, []).stories).toHaveLength(0);
  });

  it('keeps a chain of pairs from drifting beyond the story span', () => {
    // Each pair shares a quotation and lies within a week, but the first and last are weeks apart.
    const chain = ['2024-01-01', '2024-01-06', '2024-01-11', '2024-01-16'].map((d, i) => article(`a${i}`, `Report ${i}`, d, ['Text.']));
    const long = (i: number) => `we shall keep talking about fishing quotas for the season number ${i}`;
    const links: StoryQuoteInput[] = [];
    for (let i = 0; i < 3; i++) {
      links.push(quote(`a${i}-x`, `a${i}`, long(i), null, [`a${i + 1}-y`]));
      links.push(quote(`a${i + 1}-y`, `a${i + 1}`, long(i), null, [`a${i}-x`]));
    }
    const { stories } = groupStories(chain, links, []);
    for (const s of stories) {
      expect(daysBetween(s.firstDate, s.lastDate)!).toBeLessThanOrEqual(STORY_RULES.maxSpanDays);
    }
    expect(stories.some((s) => s.articles.includes('a0') && s.articles.includes('a3'))).toBe(false);
    expect(stories[0].articles).toEqual(['a0', 'a1', 'a2']);
  });

  it('is deterministic and independent of input object identity', () => {
    const a = JSON.stringify(groupStories(articles, quotes, speakers).stories);
    const b = JSON.stringify(groupStories(structuredClone(articles), structuredClone(quotes), structuredClone(speakers)).stories);
    expect(a).toBe(b);
  });
});
