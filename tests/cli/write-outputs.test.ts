import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/schemas/index.ts';
import { quotesCsv, writeOutputs } from '../../scripts/lib/write-outputs.ts';

const corpus: Corpus = { version: 1, articles: [], speakers: [], quotes: [], topics: [], stories: [], diagnostics: [] };
let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'write-outputs-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeOutputs', () => {
  it('writes the three files and leaves no temporary file', () => {
    const out = join(dir, 'ok');
    expect(writeOutputs(out, corpus)).toEqual(['corpus.json', 'corpus.schema.json', 'quotes.csv']);
    expect(readdirSync(out).sort()).toEqual(['corpus.json', 'corpus.schema.json', 'quotes.csv']);
    expect(JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8'))).toEqual(corpus);
  });

  it('replaces nothing when one file cannot be written, and cleans up what it staged', () => {
    const out = join(dir, 'blocked');
    mkdirSync(out);
    writeFileSync(join(out, 'corpus.json'), 'OLD');
    // A folder where the CSV's temporary file must go makes that write fail after corpus.json was staged.
    mkdirSync(join(out, `.quotes.csv.tmp-${process.pid}`));
    expect(() => writeOutputs(out, corpus)).toThrow();
    rmSync(join(out, `.quotes.csv.tmp-${process.pid}`), { recursive: true, force: true });
    expect(readFileSync(join(out, 'corpus.json'), 'utf8')).toBe('OLD');
    expect(readdirSync(out)).toEqual(['corpus.json']);
    expect(existsSync(join(out, 'corpus.schema.json'))).toBe(false);
  });

  it('writes quotes.csv as rendered ahead when given it, and renders it itself otherwise', () => {
    const ahead = join(dir, 'ahead');
    writeOutputs(ahead, corpus, { 'quotes.csv': 'rendered ahead\n' });
    expect(readFileSync(join(ahead, 'quotes.csv'), 'utf8')).toBe('rendered ahead\n');
    const itself = join(dir, 'itself');
    writeOutputs(itself, corpus);
    expect(readFileSync(join(itself, 'quotes.csv'), 'utf8')).toBe(quotesCsv(corpus));
    const bytes = join(dir, 'bytes');
    writeOutputs(bytes, corpus, { 'quotes.csv': Buffer.from('rendered “ahead” as bytes\n', 'utf8') });
    expect(readFileSync(join(bytes, 'quotes.csv'), 'utf8')).toBe('rendered “ahead” as bytes\n');
  });
});
