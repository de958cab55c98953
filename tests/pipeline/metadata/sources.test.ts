import { describe, expect, it } from 'vitest';
import { sourceFromCopyright, sourceFromDateline, sourceFromDomainLine, sourceFromSourceLine, sourceFromTrust } from '../../../scripts/pipeline/metadata/sources.ts';

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
