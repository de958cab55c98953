// The corpus the built site was made from: the browser tests compare pages with it, never with copied values.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../../src/schemas/index.ts';

/** The corpus the built site was made from (published as open data; generated/ may have moved on since). */
export function loadCorpus(): Corpus {
  return JSON.parse(readFileSync(join(process.cwd(), process.env.SITE_DIR ?? 'dist', 'data', 'corpus.json'), 'utf8')) as Corpus;
}

/** The labels the site uses for kinds, speakers and topics (same words as the search filters). */
export const KIND = { article: 'Article', direct: 'Direct quote', partial: 'Partial quote', indirect: 'Reported speech' } as const;

/** A sorted copy, for set comparisons with readable diffs. */
export const sorted = (values: Iterable<string>): string[] => [...values].sort();
