import { describe, expect, it } from 'vitest';
import { sourceFromBio, sourceFromByline, sourceFromCopyright, sourceFromDateline, sourceFromDomainLine, sourceFromHomeLink, sourceFromMoreFrom, sourceFromSiteName, sourceFromSourceLine, sourceFromTrust } from '../../../scripts/pipeline/metadata/sources.ts';

describe('source statements', () => {
  it.each([
    [sourceFromSourceLine, 'source: express.co.uk', 'express.co.uk'],
    [sourceFromSourceLine, 'Source: Reuters', 'Reuters'],
    [sourceFromSourceLine, 'Source: Gulf Daily and news agencies', 'Gulf Daily'],
    [sourceFromSourceLine, 'This article was originally published on The Conversation', 'The Conversation'],
    [sourceFromTrust, 'Why you can trust SCMP', 'SCMP'],
    [sourceFromCopyright, '© 2024 Reuters', 'Reuters'],
    [sourceFromCopyright, 'Copyright 2020 The Associated Press. All rights reserved.', 'Associated Press'],
    [sourceFromCopyright, '© 2005-2019 Gadget Weekly, All Rights Reserved.', 'Gadget Weekly'],
    [sourceFromDateline, 'BEIJING (Reuters) -', 'Reuters'],
    [sourceFromDateline, 'WASHINGTON (AP) —', 'Associated Press'],
    [sourceFromDomainLine, 'www.harbourdaily.com', 'harbourdaily.com'],
    // Abbreviations with full stops are part of the name, not a sentence end.
    [sourceFromSiteName, 'U.S. Office of Fisheries Enforcement', 'U.S. Office of Fisheries Enforcement'],
    [sourceFromSourceLine, 'Source: U.K. Ministry of Rivers', 'U.K. Ministry of Rivers'],
    [sourceFromCopyright, '© 2022 U.S. Coastal Survey Agency. All rights reserved.', 'U.S. Coastal Survey Agency'],
    [sourceFromSourceLine, 'Source: Lakeside Daily. Edited by staff', 'Lakeside Daily'],
  ] as const)('%#: %s', (fn, line, name) => {
    expect(fn(line)?.name).toBe(name);
  });

  it('gives a domain its address', () => {
    expect(sourceFromSourceLine('source: express.co.uk')).toEqual({ name: 'express.co.uk', url: 'https://express.co.uk' });
  });

  it.each([
    [sourceFromSourceLine, 'Sources close to the minister said the plan was dead.'],
    [sourceFromCopyright, 'The band sued over copyright infringement in 2019 and lost.'],
    [sourceFromDomainLine, 'The ministry said talks would resume.'],
  ] as const)('%#: no source in %s', (fn, line) => {
    expect(fn(line)).toBeNull();
  });
});

describe('outlet names are tidied', () => {
  it.each([
    ['© Copyright Gannett 2018', 'Gannett'],
    ['© 2003 - 2019 Science Wire, powered by Example Network', 'Science Wire'],
    ['© 2019 Futurism. Read the original article here.', 'Futurism'],
    ['© 2011-2019 The Hiking Mum', 'The Hiking Mum'],
  ])('%s -> %s', (line, name) => {
    expect(sourceFromCopyright(line)?.name).toBe(name);
  });

  it('takes no date for a name', () => {
    expect(sourceFromSourceLine('Source: November 19, 2019 / 8:16 AM')).toBeNull();
  });
});

describe('the outlet named by its own furniture', () => {
  it.each([
    // bylines that name an organisation, an outlet after the names, or the writer's outlet
    [sourceFromByline, 'By Harbour Times', 'Harbour Times'],
    [sourceFromByline, 'By Jane Doe and Omar Said, VNT', 'VNT'],
    [sourceFromByline, 'By JANE DOE Associated Press', 'Associated Press'],
    [sourceFromByline, 'By OMAR SAID, TRANSPORT EDITOR FOR VALLEYNEWS.CO.UK', 'valleynews.co.uk'],
    [sourceFromByline, 'By Maria Ortiz, a staff writer at Harbour Weekly.', 'Harbour Weekly'],
    [sourceFromByline, 'By AFP', 'AFP'],
    [sourceFromByline, 'By Reuters Staff', 'Reuters'],
    [sourceFromByline, 'By VNT’s Jane Doe and Omar Said', 'VNT'],
    // a note about the writer
    [sourceFromBio, 'Maria Ortiz is a staff writer at Harbour Weekly. Twitter: @mortiz', 'Harbour Weekly'],
    [sourceFromBio, 'Omar Said is a correspondent for the Valley Courier and writes on transport.', 'Valley Courier'],
    // the site promoting its own stories, a home link, a long copyright holder
    [sourceFromMoreFrom, 'MORE FROM VALLEYWIRE', 'VALLEYWIRE'],
    [sourceFromMoreFrom, 'Most Read from Harbour Weekly', 'Harbour Weekly'],
    [sourceFromHomeLink, 'The Valley Courier - Back to home', 'The Valley Courier'],
    [sourceFromCopyright, 'Copyright © Consulate General of the Republic of Example in Northport', 'Consulate General of the Republic of Example in Northport'],
    [sourceFromDateline, '(VNT) —', 'VNT'],
  ] as const)('%#: %s', (fn, line, name) => {
    expect(fn(line)?.name).toBe(name);
  });

  it.each([
    [sourceFromByline, 'By Jane Doe'],
    [sourceFromByline, 'By Jane Doe, PhD'],
    [sourceFromByline, 'By Jane O’Neil'],
    [sourceFromByline, 'By Megan Rowe meganr@example.com'],
    [sourceFromByline, 'By the time the polls closed, turnout was high.'],
    [sourceFromBio, 'He is a fellow at the institute.'],
    [sourceFromMoreFrom, 'More from the web'],
    [sourceFromMoreFrom, 'MORE ON THIS STORY'],
    [sourceFromMoreFrom, 'More from this author'],
    [sourceFromMoreFrom, 'More from our partners'],
    [sourceFromHomeLink, 'Back to home'],
  ] as const)('%#: no outlet in %s', (fn, line) => {
    expect(fn(line)).toBeNull();
  });
});

