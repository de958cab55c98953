import { describe, expect, it } from 'vitest';
import { lineFeatures } from '../../../scripts/pipeline/clean/features.ts';
import { bylineName, isAuthorBio, isHeadlineLike, isMastheadText, isNameList, splitDateline, splitPageTitle, stripHomeLink } from '../../../scripts/pipeline/clean/header.ts';

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

describe('isNameList', () => {
  it.each([
    ['Marta Kowalski and Dev Rao', true],
    ['Marta Kowalski, Dev Rao and Lin Wei', true],
    ['Marta Kowalski in Gdansk and Dev Rao in Mumbai', true],
    ['Marta Kowalski', false],
    ['China, the United States and Japan', false],
    ['Biden and Xi', false],
    ['Marta Kowalski and Dev Rao, Harbour Gazette staff writers', false],
  ])('%s -> %s', (line, expected) => {
    expect(isNameList(line)).toBe(expected);
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
    // several writers on one line, with a writer's mark: a role, where each filed from, capitals, an initial
    ['PRIYA RAMAN and OMAR L. SAID, Valley Courier staff writers', 'PRIYA RAMAN and OMAR L. SAID'],
    ['Marta Kowalski-Berg in Warsaw and Dev Anand Rao in New Delhi', 'Marta Kowalski-Berg and Dev Anand Rao'],
    ['Lena Hartmann, Peter J. Okafor', 'Lena Hartmann, Peter J. Okafor'],
    ['Sofia Reyes and Tom Ng, Harbour correspondents', 'Sofia Reyes and Tom Ng'],
    ['SOFIA REYES, TOM NG', 'SOFIA REYES, TOM NG'],
    // title-case headlines and name pairs without a writer's mark stay lines of text
    ['Port Workers Strike and Ferries Stop', null],
    ['Xi Jinping and Joe Biden, the two leaders', null],
    ['Rail Unions Reject Offer, Strike Goes Ahead', null],
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
    ['(VNT) — A ferry ran aground off the northern coast early on Sunday, officials said.', '(VNT) —', 'A ferry ran aground off the northern coast early on Sunday, officials said.'],
    ['Kaohsiung, (PNA) The port authority on Friday reopened two berths closed by the storm.', 'Kaohsiung, (PNA)', 'The port authority on Friday reopened two berths closed by the storm.'],
  ])('%s', (text, dateline, rest) => {
    expect(splitDateline(text)).toEqual({ dateline, rest });
  });

  it.each([
    'US - China relations have reached a new low, analysts say.',
    'The minister said: “We will not move an inch.”',
    'Relations between the two states have reached crisis levels this year.',
    'UN envoy: talks must continue despite the violence in the region.',
    'Officials (who declined to be named) said the talks had stalled over the summer.',
    'The ministry, (in a rare move) Published its own figures on Monday.',
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
    // A site's menu has the shape of "Headline | Site" but is only section labels.
    ['Home | World | Asia | Business', null],
    ['News | World | China', null],
    ['China warns US over chips | World | Example News', { headline: 'China warns US over chips | World', site: 'Example News' }],
  ])('%s', (text, expected) => {
    expect(splitPageTitle(text)).toEqual(expected);
  });
});

describe('isMastheadText', () => {
  it.each([
    ['The Valley Courier', true],
    ['THE HARBOUR LEDGER', true],
    ['VNT', true],
    ['Newsroom Weekly - Back to home', true],
    ['Consulate General of the Republic of Example in Northport', false],
    ['Tram line approved after decade of argument', false],
    ['Markets | World | Sport', false],
    ['Thursday, June 20, 2024', false],
    ['Sign up for our newsletter.', false],
  ])('%s -> %s', (line, expected) => {
    expect(isMastheadText(line)).toBe(expected);
  });

  it('allows a longer name when the footer repeats it', () => {
    expect(isMastheadText('Consulate General of the Republic of Example in Northport', 14)).toBe(true);
  });

  it('takes the home-link label off a site name', () => {
    expect(stripHomeLink('The Valley Courier - Back to home')).toBe('The Valley Courier');
    expect(stripHomeLink('The Valley Courier')).toBe('The Valley Courier');
  });
});

describe('isAuthorBio', () => {
  it.each([
    ['Maria Ortiz is a staff writer at Harbour Weekly.', null, true],
    ['Maria Ortiz covers transport for the Valley Courier. Twitter: @mortiz', null, true],
    ['Omar Said is a senior fellow at the Northport Institute. Follow him @osaid', null, true],
    ['Omar Said is a senior fellow at the Northport Institute.', 'Omar Said', true],
    ['Omar Said is a senior fellow at the Northport Institute.', 'Jane Doe', false],
    ['Wang Lei is the port’s chief engineer and has worked there since 2004.', 'Jane Doe', false],
    ['The mayor said the tram would open next spring.', 'Jane Doe', false],
  ])('%s (byline %s) -> %s', (line, byline, expected) => {
    expect(isAuthorBio(line, byline)).toBe(expected);
  });
});

