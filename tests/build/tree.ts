// Hashes of every file under a folder, to compare two builds (or one build before and after a failed one) byte for byte.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dir` (relative path with `/`) mapped to the SHA-256 of its bytes, in sorted path order. */
export function hashTree(dir: string): Map<string, string> {
  const files = (readdirSync(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  return new Map(files.map((f) => [relative(dir, f).split(sep).join('/'), createHash('sha256').update(readFileSync(f)).digest('hex')]));
}

/** The paths that differ between two trees: changed, only in the first (`-`), only in the second (`+`). */
export function treeDiff(a: Map<string, string>, b: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [path, hash] of a) if (!b.has(path)) out.push(`- ${path}`);
  else if (b.get(path) !== hash) out.push(`~ ${path}`);
  for (const path of b.keys()) if (!a.has(path)) out.push(`+ ${path}`);
  return out.sort();
}
