import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../scripts/pipeline/03-clean.ts';
import { extractMetadata } from '../../scripts/pipeline/04-metadata.ts';

const meta = (body: string) => extractMetadata(body, cleanArticle(body, 0));
const story = 'The council voted 31 to 12 to approve the long-delayed tram line across the river, ending a decade of argument.\n\nWork is due to start next spring.';

describe('extractMetadata: date', () => {
  it.each([
    ['a date line above the headline', `Thursday, June 20, 2024\n\nTram line approved\n\n${story}`, '2024-06-20', 'Thursday, June 20, 2024'],
    ['a published line under the byline', `Tram line approved\n\nBy Jane Doe\nPublished: 5 August 2020 12:30 BST\n\n${story}`, '2020-08-05', '5 August 2020'],
    ['published preferred over updated', `Tram line approved\n\nUpdated: 7 August 2020\nPublished: 5 August 2020\n\n${story}`, '2020-08-05', '5 August 2020'],
    ['an ISO date in the head', `Tram line approved\n2021-03-04\n\n${story}`, '2021-03-04', '2021-03-04'],
    ['a date line under the last paragraph', `Tram line approved\n\n${story}\n\nThursday, June 20, 2024`, '2024-06-20', 'Thursday, June 20, 2024'],
    ['a first-published note at the foot', `Tram line approved\n\n${story}\n\nThis article was first published on 3 May 2022.`, '2022-05-03', '3 May 2022'],
    ['an ISO date in a pipe-separated source line', `Tram line approved\n\nSource: VNT | 2023-09-07 08:15:40 | Editor: Omar Said\n\n${story}`, '2023-09-07', '2023-09-07'],
  ])('%s', (_name, body, iso, text) => {
    expect(meta(body)).toMatchObject({ date: iso, dateText: text });
  });

  it.each([
    ['weekdays and months without a year', 'Tram line approved\n\nThe mayor said on Wednesday that work would begin in November, and the line would open this week next year.\n\nShe spoke after the vote.'],
    ['a range without a year', 'Tram line approved\n\nThe mayor is visiting the depot from June 18-19, her office said in a statement.\n\nShe spoke after the vote.'],
    ['a year in a body sentence', 'Tram line approved\n\nThe city has planned a tram since 1949 and last had one in October 2018, historians say.\n\nShe spoke after the vote.'],
    ['a full date inside a body sentence', 'Tram line approved\n\nThe first tram ran on June 20, 1901, and the last on March 3, 1958, according to the city museum.\n\nShe spoke after the vote.'],
  ])('invents none from %s', (_name, body) => {
    expect(meta(body).date).toBeNull();
  });

  it('warns about a published line it cannot read', () => {
    const out = meta(`Tram line approved\n\nPublished: yesterday evening\n\n${story}`);
    expect(out.date).toBeNull();
    expect(out.findings.map((f) => f.rule)).toContain('date-unparsed');
  });

  it.each([
    ['a day-first date labelled "Date" below the foot furniture', `Tram line approved\n\n${story}\n\nEdited by: Omar Said\n\nSend us your feedback\n\nDate 14/09/2021\nRelated topics`, '2021-09-14'],
    ['a "Date:" line with the month in words', `Tram line approved\n\nDate: 2 March 2019\n\n${story}`, '2019-03-02'],
  ])('%s', (_name, body, iso) => {
    expect(meta(body).date).toBe(iso);
  });

  it('keeps a labelled day/month date null when both orders are possible', () => {
    const out = meta(`Tram line approved\n\n${story}\n\nEdited by: Omar Said\n\nDate 04/05/2021\nRelated topics`);
    expect(out.date).toBeNull();
    expect(out.findings.map((f) => f.rule)).toContain('date-ambiguous');
  });

  it('warns when day and month order is ambiguous', () => {
    const out = meta(`Tram line approved\n\nPublished: 04/05/2024\n\n${story}`);
    expect(out.date).toBeNull();
    expect(out.findings.map((f) => f.rule)).toContain('date-ambiguous');
  });
});

describe('extractMetadata: source', () => {
  it.each([
    ['a source line', `Tram line approved\n\n${story}\n\nsource: valleycourier.co.uk`, /valleycourier/],
    ['a source line with an address', `Tram line approved\n\n${story}\n\nSource: https://www.valleycourier.co.uk/news/local/tram-123`, /^valleycourier\.co\.uk$/],
    ['a trust blurb', `Tram line approved\n\nWhy you can trust TVC\n${story}`, /^TVC$/],
    ['an agency dateline', `Tram line approved\n\nLEEDS (Reuters) - ${story}`, /^Reuters$/],
    ['a copyright line', `Tram line approved\n\n${story}\n\nCopyright 2024 The Associated Press. All rights reserved.`, /Associated Press/],
    ['the page title’s site name', `Tram line approved - The Valley Courier\n\nHome\nNews\nSport\n\nTram line approved\n\n${story}`, /^The Valley Courier$/],
    ['an outlet alone in brackets before the lead', `Tram line approved\n\n(VNT) — ${story}`, /^VNT$/],
    ['a place and an agency without a dash', `Tram line approved\n\nLeeds, (PNA) ${story}`, /^PNA$/],
    ['a home link at the top', `The Valley Courier - Back to home\nNews\nSport\nCulture\n\nTram line approved\n\n${story}`, /^The Valley Courier$/],
    ['a "More from" list at the foot', `Tram line approved\n\n${story}\n\nMORE FROM VALLEYWIRE\nFerry fares to rise in spring\nBridge repairs run late`, /^VALLEYWIRE$/],
    ['an organisation as the byline', `Tram line approved\n\nBy Harbour Times\n\n${story}`, /^Harbour Times$/],
    ['an outlet after the byline’s names', `Tram line approved\n\nBy Jane Doe and Omar Said, VNT\n\n${story}`, /^VNT$/],
    ['a domain in the byline', `Tram line approved\n\nBy OMAR SAID, TRANSPORT EDITOR FOR VALLEYNEWS.CO.UK\n\n${story}`, /^valleynews\.co\.uk$/],
    ['a note about the writer', `Tram line approved\n\nBy Maria Ortiz\n\n${story}\n\nMaria Ortiz is a staff writer at Harbour Weekly.`, /^Harbour Weekly$/],
    ['a masthead above the menu', `THE HARBOUR LEDGER\nTransport | Politics | Business\n\nTram line approved\n\n${story}`, /^THE HARBOUR LEDGER$/],
    ['a masthead above a run of menu labels', `VALLEYWIRE\nCouncil Transport Business Sport Weather\n\nTram line approved\n\n${story}`, /^VALLEYWIRE$/],
    ['a long site name the copyright line repeats', `Consulate General of the Republic of Example in Northport\n\nTram line approved\n\n${story}\n\nCopyright © Consulate General of the Republic of Example in Northport`, /^Consulate General/],
  ])('from %s', (_name, body, name) => {
    expect(meta(body).source?.name).toMatch(name);
  });

  it('prefers a source line over an agency in the dateline', () => {
    expect(meta(`Tram line approved\n\nLEEDS (Reuters) - ${story}\n\nSource: The Valley Courier`).source?.name).toBe('The Valley Courier');
  });

  it('prefers a copyright line over the masthead', () => {
    expect(meta(`VALLEYWIRE\nCouncil | Transport | Sport\n\nTram line approved\n\n${story}\n\n© 2024 Valley Wire Media Ltd`).source?.name).toBe('Valley Wire Media Ltd');
  });

  it('takes no headline for a masthead', () => {
    expect(meta(`Tram Line Approved\n\nBy Jane Doe\n\n${story}`).source).toBeNull();
  });

  it('is null when the text names no outlet', () => {
    expect(meta(`Tram line approved\n\n${story}`).source).toBeNull();
  });

  it('does not take a photo credit for the outlet', () => {
    expect(meta(`Tram line approved\n\n${story}\nThe mayor at the depot. Photo: Reuters\n\nShe spoke after the vote on Monday evening in the town hall.`).source).toBeNull();
  });
});

describe('extractMetadata: byline', () => {
  it.each([
    ['Tram line approved\n\nBy Jane Doe\n\n' + story, 'Jane Doe'],
    ['Tram line approved\n\nOmar Said, Transport Correspondent\n\n' + story, 'Omar Said'],
    ['Tram line approved\n\n' + story, null],
  ])('%#', (body, byline) => {
    expect(meta(body).byline).toBe(byline);
  });
});
