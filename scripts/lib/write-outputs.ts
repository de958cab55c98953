import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { CorpusSchema, type Corpus } from '../../src/schemas/index.ts';
import { toCsv } from './csv.ts';
import { writeJsonStreamed } from './json-stream.ts';

/** The corpus's JSON Schema, generated from the zod schema. */
export function corpusJsonSchema(): unknown {
  return z.toJSONSchema(CorpusSchema, { io: 'output', unrepresentable: 'any' });
}

/** The quotes as CSV rows, with a header. */
export function quotesCsv(corpus: Corpus): string {
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

/** Writes a file atomically: to a temporary name, then renamed over the old one. */
export function writeAtomic(path: string, content: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

/** Writes corpus.json, corpus.schema.json and quotes.csv into `dir`. */
export function writeOutputs(dir: string, corpus: Corpus): string[] {
  mkdirSync(dir, { recursive: true });
  // Each file is produced only when written; corpus.json is streamed (hundreds of MB at 10,000 articles, never one string).
  const files: Record<string, (path: string) => void> = {
    'corpus.json': (path) => writeJsonStreamed(path, corpus),
    'corpus.schema.json': (path) => writeFileSync(path, JSON.stringify(corpusJsonSchema(), null, 1) + '\n'),
    'quotes.csv': (path) => writeFileSync(path, quotesCsv(corpus)),
  };
  for (const [name, write] of Object.entries(files)) {
    const tmp = join(dir, `.${name}.tmp-${process.pid}`);
    write(tmp);
    renameSync(tmp, join(dir, name));
  }
  return Object.keys(files);
}
