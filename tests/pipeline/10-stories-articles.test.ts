// Whole articles, written for this test, through every stage: two outlets' reports of one
// announcement must form a story; a report of something else on the same day must not join it.
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../scripts/pipeline/analyse-article.ts';
import { buildCorpus } from '../../scripts/pipeline/build-corpus.ts';

const files: Record<string, string> = {
  'a_harbour.txt': `Japan and South Korea agree to restart fisheries talks

Tuesday, March 12, 2024

Japan and South Korea agreed on Tuesday to resume talks on fishing rights in the waters between them, ending a freeze of two years.

“We have chosen dialogue over confrontation, and our fishermen deserve certainty after two difficult seasons,” Japan’s fisheries minister Kenji Watanabe told reporters in Tokyo.

The first round will be held in Busan next month, the ministry said.

source: harbourtimes.example
`,
  'b_coast.txt': `Tokyo and Seoul to resume fishing negotiations after long freeze

Wednesday, March 13, 2024

Fisheries minister Kenji Watanabe said Japan had “chosen dialogue over confrontation” as the two neighbours agreed to reopen negotiations on fishing quotas.

“Our fishermen deserve certainty after two difficult seasons,” Watanabe said, adding that officials would meet in Busan.
`,
  'c_storm.txt': `Storm closes ports across southern Philippines

Tuesday, March 12, 2024

A tropical storm forced the closure of ports across the southern Philippines on Tuesday, stranding thousands of passengers.

“Safety comes first, and no vessel will leave until the warning is lifted,” coast guard spokesman Armando Reyes said.
`,
};

describe('stories from whole articles', () => {
  const analyses = Object.entries(files).map(([file, text]) => analyseArticle(file, new TextEncoder().encode(text), []));
  const corpus = buildCorpus(analyses, []);
  const slugOf = (file: string) => corpus.articles.find((a) => a.file === file)!.slug;

  it('groups two outlets’ reports of one event and leaves the unrelated article out', () => {
    expect(corpus.stories).toHaveLength(1);
    expect([...corpus.stories[0].articles].sort()).toEqual([slugOf('a_harbour.txt'), slugOf('b_coast.txt')].sort());
    expect(corpus.articles.find((a) => a.file === 'c_storm.txt')!.story).toBeNull();
    expect(corpus.articles.find((a) => a.file === 'a_harbour.txt')!.story).toBe(corpus.stories[0].id);
  });

  it('links the quotation the two reports share', () => {
    const partial = corpus.quotes.find((q) => q.article === slugOf('b_coast.txt') && q.text.includes('chosen dialogue'))!;
    const full = corpus.quotes.find((q) => q.article === slugOf('a_harbour.txt') && q.text.includes('chosen dialogue'))!;
    expect(partial.matches).toContain(full.id);
    expect(full.matches).toContain(partial.id);
  });
});
