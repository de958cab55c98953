// Reads corpus.json once per build, validates it with the build script's zod schemas and indexes it (every page calls this).
// Why not content collections: Astro's data store keeps a serialised copy of every entry and the file() loader keeps the
// text and the parsed corpus besides; at 10,000 articles (100,000 quotes) that tripled the build's memory. Pages get ids
// from getStaticPaths and look everything else up in these maps while rendering.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CorpusSchema } from '../schemas/index.ts';
import { buildSiteIndex, type SiteIndex } from './site-index.ts';
import { parseTopLevelObject } from './read-corpus.ts';

/** Where the corpus is read from: CORPUS_DIR (tests, benchmarks) or generated/. */
export const corpusPath = (): string => resolve(process.cwd(), process.env.CORPUS_DIR ?? 'generated', 'corpus.json');

let loading: Promise<SiteIndex> | null = null;

/** The indexed corpus, read and validated on first use; a corpus that fails its schema stops the build with zod's message. */
export function loadSite(): Promise<SiteIndex> {
  loading ??= Promise.resolve().then(() => {
    const parsed = CorpusSchema.safeParse(parseTopLevelObject(readFileSync(corpusPath())));
    if (!parsed.success) throw new Error(`${corpusPath()} does not match the corpus schema: ${parsed.error.message.slice(0, 2000)}`);
    return buildSiteIndex(parsed.data);
  });
  return loading;
}
