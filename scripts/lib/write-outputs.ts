import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { CorpusSchema, type Corpus } from '../../src/schemas/index.ts';
import { toCsv } from './csv.ts';
import { completeItem, renderItem, renderItemAhead, writeJsonStreamed, type RenderedItem } from './json-stream.ts';

/** The corpus's JSON Schema, generated from the zod schema. */
export function corpusJsonSchema(): unknown {
  return z.toJSONSchema(CorpusSchema, { io: 'output', unrepresentable: 'any' });
}

/** The quotes as CSV rows, with a header. (It reads no quote links or stories: it can be made before the corpus is finished.) */
export function quotesCsv(corpus: Pick<Corpus, 'articles' | 'speakers' | 'quotes'>): string {
  const speakers = new Map(corpus.speakers.map((s) => [s.id, s.name]));
  const articles = new Map(corpus.articles.map((a) => [a.slug, a]));
  return toCsv([
    ['id', 'speaker_id', 'speaker', 'kind', 'text', 'article', 'title', 'source', 'date', 'topics'],
    ...corpus.quotes.map((q) => {
      const a = articles.get(q.article);
      return [q.id, q.speaker, q.speaker ? speakers.get(q.speaker) ?? null : null, q.kind, q.text, q.article, a?.title ?? null, a?.source?.name ?? null, a?.date ?? null, q.topics.join(' ')];
    }),
  ]);
}

/**
 * corpus.json's longest lists rendered ahead (renderCorpusAhead), as UTF-8 bytes (held until written, and half the
 * memory of the text): the speakers whole, the articles and quotes but for their last field.
 */
export interface CorpusAhead {
  articles: Uint8Array[];
  speakers: Uint8Array[];
  quotes: Uint8Array[];
}

/**
 * Renders corpus.json's articles, speakers and quotes while the quotes are still being linked in another thread:
 * nearly all of the file's text. Left for the end are the fields that wait on the links: each article's story
 * and each quote's matches, their last fields (see completeItem).
 */
export function renderCorpusAhead(corpus: Pick<Corpus, 'articles' | 'speakers' | 'quotes'>): CorpusAhead {
  const bytes = (text: string) => Buffer.from(text, 'utf8');
  return {
    articles: corpus.articles.map((a) => bytes(renderItemAhead(a, 'story'))),
    speakers: corpus.speakers.map((s) => bytes(renderItem(s))),
    quotes: corpus.quotes.map((q) => bytes(renderItemAhead(q, 'matches'))),
  };
}

/** The lists rendered ahead, completed with the corpus's stories and matches: corpus.json's items as writeJsonStreamed writes them. */
function completeCorpus(ahead: CorpusAhead, corpus: Corpus): Record<string, RenderedItem[]> {
  return {
    articles: corpus.articles.map((a, i) => completeItem(ahead.articles[i], a.story)),
    speakers: ahead.speakers,
    quotes: corpus.quotes.map((q, i) => completeItem(ahead.quotes[i], q.matches)),
  };
}

/** Writes a file atomically: to a temporary name, then renamed over the old one. */
export function writeAtomic(path: string, content: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

/**
 * Writes corpus.json, corpus.schema.json and quotes.csv into `dir`. All three are first written to temporary
 * names and only then renamed, so a failure while writing (disk full, permissions) leaves the old files as they were.
 * `rendered`: quotes.csv made ahead from this corpus (quotesCsv, as text or UTF-8 bytes), while a thread was busy, to be written as it is;
 * corpus.json's lists rendered ahead from it (renderCorpusAhead), to be completed with the stories and matches.
 */
export function writeOutputs(dir: string, corpus: Corpus, rendered: { 'quotes.csv'?: string | Uint8Array; 'corpus.json'?: CorpusAhead } = {}): string[] {
  mkdirSync(dir, { recursive: true });
  // Each file is produced only when written; corpus.json is streamed (hundreds of MB at 10,000 articles, never one string).
  const files: Record<string, (path: string) => void> = {
    'corpus.json': (path) => writeJsonStreamed(path, corpus, 1, rendered['corpus.json'] ? completeCorpus(rendered['corpus.json'], corpus) : {}),
    'corpus.schema.json': (path) => writeFileSync(path, JSON.stringify(corpusJsonSchema(), null, 1) + '\n'),
    'quotes.csv': (path) => writeFileSync(path, rendered['quotes.csv'] ?? quotesCsv(corpus)),
  };
  const staged: Array<[string, string]> = [];
  try {
    for (const [name, write] of Object.entries(files)) {
      const tmp = join(dir, `.${name}.tmp-${process.pid}`);
      // Staged before writing, so a file that fails half-written is removed too.
      staged.push([tmp, join(dir, name)]);
      write(tmp);
    }
  } catch (error) {
    for (const [tmp] of staged) {
      try {
        rmSync(tmp, { force: true });
      } catch {
        // Best effort: the error that matters is the one being rethrown.
      }
    }
    throw error;
  }
  for (const [tmp, path] of staged) renameSync(tmp, path);
  return Object.keys(files);
}
