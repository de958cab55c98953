// The tree comparison the build tests rely on: it must see a changed byte, a missing file and an extra file.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashTree, treeDiff } from './tree.ts';

const work = mkdtempSync(join(tmpdir(), 'tree-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function site(name: string, files: Record<string, string>): string {
  const dir = join(work, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('hashTree and treeDiff', () => {
  it('finds nothing between identical trees and names every changed, missing and extra file', () => {
    const a = site('a', { 'index.html': '<p>x</p>', 'quotes/q1/index.html': 'one', 'pagefind/f.pf_fragment': 'f' });
    const b = site('b', { 'index.html': '<p>x</p>', 'quotes/q1/index.html': 'one', 'pagefind/f.pf_fragment': 'f' });
    const c = site('c', { 'index.html': '<p>y</p>', 'quotes/q2/index.html': 'one', 'pagefind/f.pf_fragment': 'f' });
    expect([...hashTree(a).keys()]).toEqual(['index.html', 'pagefind/f.pf_fragment', 'quotes/q1/index.html']);
    expect(treeDiff(hashTree(a), hashTree(b))).toEqual([]);
    expect(treeDiff(hashTree(a), hashTree(c))).toEqual(['+ quotes/q2/index.html', '- quotes/q1/index.html', '~ index.html']);
  });
});
