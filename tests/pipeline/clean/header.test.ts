import { describe, expect, it } from 'vitest';
import { lineFeatures } from '../../../scripts/pipeline/clean/features.ts';
import { bylineName, isHeadlineLike, splitDateline, splitPageTitle } from '../../../scripts/pipeline/clean/header.ts';

describe('isHeadlineLike', () => {
  it.each([
    ['Harbour strike ends after nine days of talks', true],
    ['Minister warns of ‘hard winter’ as fuel prices climb', true],
    ['Will the ceasefire hold? What we know so far', true],
    ['The minister said the talks would resume in the spring.', false],
    ['• Talks to resume in spring after long pause', false],
    ['Home', false],
    ['WORLD', false],
    ['Leave a Comment:', false],
  ])('%s -> %s', (line, expected) => {
    expect(isHeadlineLike(lineFeatures(line))).toBe(expected);
  });
});

describe('bylineName', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['By JANE DOE', 'JANE DOE'],
    ['By Jane Doe and Omar Said', 'Jane Doe and Omar Said'],
    ['Written by Maria de la Cruz', 'Maria de la Cruz'],
    ['Jane Doe, Reporter', 'Jane Doe'],
    ['By Priya Raman, Political Correspondent', 'Priya Raman'],
    ['Omar Said, Transport Correspondent', 'Omar Said'],
    ['Omar Said, Senior Political Correspondent', 'Omar Said'],
    ['Chris Lane - Nov 19, 2019, 10:31 pm CST', 'Chris Lane'],
    ['By the time the polls closed, turnout was high.', null],
    ['By Kim Lane On 11/20/19 at 5:07 AM EST', 'Kim Lane'],
    ['By Sean Hart Sean Hart', 'Sean Hart'],
    ['By Staff Writer', 'Staff Writer'],
    ['By our foreign staff', 'our foreign staff'],
    ['By Megan Rowe meganr@example.com', 'Megan Rowe'],
    ['By Tom Ray, Example News Staff', 'Tom Ray'],
    ['Published Wed, Nov 20 2019 5:38 AM EST', null],
    ['New Delhi, Nov 19, 2019', null],
    ['China, the United States and Japan', null],
    ['The minister said the talks would resume.', null],
  ])('%s -> %s', (line, expected) => {
    expect(bylineName(line)).toBe(expected);
  });
});

describe('splitDateline', () => {
  it.each([
    ['BEIJING (Reuters) - China said on Monday it would resume talks.', 'BEIJING (Reuters) -', 'China said on Monday it would resume talks.'],
    ['WASHINGTON, June 5 (AP) — The Senate passed the bill late on Tuesday night.', 'WASHINGTON, June 5 (AP) —', 'The Senate passed the bill late on Tuesday night.'],
    ['HONG KONG: Police closed three roads near the harbour after the protest.', 'HONG KONG:', 'Police closed three roads near the harbour after the protest.'],
    ['Defense Weekly ,Manila :- Officials met in the capital to discuss the patrols.', 'Defense Weekly ,Manila :-', 'Officials met in the capital to discuss the patrols.'],
    ['Seoul (Yonhap) -- The two leaders spoke by phone for an hour.', 'Seoul (Yonhap) --', 'The two leaders spoke by phone for an hour.'],
    ['June 20, 2024 — Beijing said it would send a delegation to the talks.', 'June 20, 2024 —', 'Beijing said it would send a delegation to the talks.'],
  ])('%s', (text, dateline, rest) => {
    expect(splitDateline(text)).toEqual({ dateline, rest });
  });

  it.each([
    'US - China relations have reached a new low, analysts say.',
    'The minister said: “We will not move an inch.”',
    'Relations between the two states have reached crisis levels this year.',
    'UN envoy: talks must continue despite the violence in the region.',
  ])('leaves a sentence alone: %s', (text) => {
    expect(splitDateline(text)).toBeNull();
  });
});

describe('splitPageTitle', () => {
  it.each([
    ['Harbour strike ends after nine days - The Daily Ledger', { headline: 'Harbour strike ends after nine days', site: 'The Daily Ledger' }],
    ['Harbour strike ends | World | Example News', { headline: 'Harbour strike ends | World', site: 'Example News' }],
    ['Harbour strike ends after nine days', null],
    ['Taiwan election – what you need to know', null],
    ['Biden - Xi talks: what to expect', null],
    ['Markets slide again - example.co.uk', { headline: 'Markets slide again', site: 'example.co.uk' }],
  ])('%s', (text, expected) => {
    expect(splitPageTitle(text)).toEqual(expected);
  });
});
