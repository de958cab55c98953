// The analysis scored against the project's hand-annotated sets, through the same rules as the shared scorer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TopicListSchema } from '../../src/schemas/index.ts';
import { listArticleFiles } from '../../scripts/lib/read-inputs.ts';
import { analyseFiles } from '../../scripts/lib/run-pipeline.ts';
import { GoldFileSchema, scoreCorpus, type Score } from '../../scripts/lib/score.ts';
import { buildCorpus } from '../../scripts/pipeline/build-corpus.ts';

const topics = TopicListSchema.parse(JSON.parse(readFileSync('content/topics.json', 'utf8')));

function score(goldPath: string, dir: string): Score {
  const gold = GoldFileSchema.parse(JSON.parse(readFileSync(goldPath, 'utf8')));
  const corpus = buildCorpus(analyseFiles(dir, listArticleFiles(dir), topics), topics);
  return scoreCorpus(gold, corpus, (file) => readFileSync(join(dir, file), 'utf8'));
}

describe('the seeds against their gold annotation', () => {
  const { metrics, articles } = score('tests/fixtures/gold/seeds.gold.json', 'content/articles');

  it('reports no problem on any article', () => {
    expect(articles.flatMap((a) => a.problems.map((p) => `${a.file}: ${p}`))).toEqual([]);
  });

  it.each([
    'quoteP', 'quoteR', 'wordAttribP', 'wordAttribR', 'title', 'date', 'source', 'topics', 'boilerplateRemoved', 'bodyKept',
  ] as const)('scores 100%% on %s', (metric) => {
    expect(metrics[metric]).toBe(1);
  });

  it('finds the stated date, invents none, keeps no duplicate paragraph and splits nobody', () => {
    expect(metrics.datedRight).toBe(metrics.datedArticles);
    expect(metrics.datesInvented).toBe(0);
    expect(metrics.duplicateParagraphs).toBe(0);
    expect(metrics.topicsWrong).toBe(0);
    expect(metrics.splitPeople).toEqual([]);
  });
});

describe('articles written for the hard cases', () => {
  it('finds every quote with its speaker and nothing extra', () => {
    const { metrics } = score('tests/fixtures/gold/hard-cases.gold.json', 'tests/fixtures/articles');
    expect([metrics.quoteP, metrics.quoteR, metrics.splitPeople]).toEqual([1, 1, []]);
  });
});

describe.each([
  ['holdout', 'tests/fixtures/holdout/holdout.gold.json', 'tests/fixtures/holdout/articles'],
  ['holdout2', 'tests/fixtures/holdout2/holdout2.gold.json', 'tests/fixtures/holdout2/articles'],
  ['holdout3', 'tests/fixtures/holdout3/holdout3.gold.json', 'tests/fixtures/holdout3/articles'],
])('held-out set %s (written apart from the code; a regression floor, not a target)', (_name, gold, dir) => {
  const { metrics } = score(gold, dir);

  it('keeps quote F1 with the right speaker at or above 0.95', () => {
    expect(metrics.quoteF1).toBeGreaterThanOrEqual(0.95);
  });

  it('invents no date, keeps every body sentence and splits nobody', () => {
    expect(metrics.datesInvented).toBe(0);
    expect(metrics.bodyKept).toBe(1);
    expect(metrics.splitPeople).toEqual([]);
  });
});
