import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// A stage bug is simulated: the analysis throws on one file.
vi.mock('../../scripts/pipeline/analyse-article.ts', () => ({
  analyseArticle: (file: string) => {
    if (file === 'crash.txt') throw new TypeError("Cannot read properties of undefined (reading 'text')");
    return { file, frontMatter: {}, cleaned: {}, meta: {}, mentions: [], quotes: [], topics: [], quoteTopics: [], findings: [], unreadable: false };
  },
}));
const { analyseFiles } = await import('../../scripts/lib/run-pipeline.ts');
const { listArticleFiles, readArticleFile } = await import('../../scripts/lib/read-inputs.ts');
const { MAX_FILE_BYTES } = await import('../../scripts/pipeline/01-decode.ts');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'run-pipeline-'));
  for (const f of ['b.txt', 'a.txt', 'crash.txt', 'Zed.txt', '.DS_Store']) writeFileSync(join(dir, f), 'Headline\n\nBody.\n');
  writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(MAX_FILE_BYTES + 1, 0x61));
  mkdirSync(join(dir, 'sub'));
  symlinkSync(join(dir, 'a.txt'), join(dir, 'link.txt'));
  symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('listArticleFiles', () => {
  it('lists regular files and links to them, sorted by code unit, without hidden files, folders or dangling links', () => {
    expect(listArticleFiles(dir)).toEqual(['Zed.txt', 'a.txt', 'b.txt', 'crash.txt', 'huge.txt', 'link.txt']);
  });
});

describe('readArticleFile', () => {
  it('does not read a file over the limit', () => {
    expect(readArticleFile(dir, 'huge.txt')).toMatchObject({ bytes: new Uint8Array(0), problem: { rule: 'file-too-large' } });
  });
  it('turns a system error into a problem, not an exception', () => {
    expect(readArticleFile(dir, 'missing.txt').problem).toMatchObject({ rule: 'unreadable-file' });
  });
});

describe('analyseFiles', () => {
  it('reports a file the analysis throws on, with where, and still analyses the others', () => {
    const done: number[] = [];
    const out = analyseFiles(dir, ['a.txt', 'crash.txt', 'huge.txt', 'b.txt'], [], (n) => done.push(n));
    expect(out.map((a) => [a.file, a.unreadable])).toEqual([['a.txt', false], ['crash.txt', true], ['huge.txt', true], ['b.txt', false]]);
    expect(out[1].findings).toMatchObject([{ rule: 'internal-error', severity: 'warning', line: null }]);
    expect(out[1].findings[0].message).toMatch(/^the analysis failed on this file, a bug in the build script: Cannot read properties of undefined \(reading 'text'\).*; skipped$/);
    expect(out[2].findings).toMatchObject([{ rule: 'file-too-large' }]);
    expect(done).toEqual([1, 2, 3, 4]);
  });
});
