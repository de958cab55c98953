import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_FILE_BYTES } from '../pipeline/01-decode.ts';

/** An input file: its name and bytes, or why it was not read. */
export interface InputFile {
  file: string;
  bytes: Uint8Array;
}

/** Lists the article files of a folder: regular files, not hidden, sorted by name (so output order never depends on the file system). */
export function listArticleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && !d.name.startsWith('.'))
    .map((d) => d.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Reads one file; files over the size limit are not read (their bytes are left empty and `tooLarge` set). */
export function readArticleFile(dir: string, file: string): InputFile & { tooLarge: number | null } {
  const path = join(dir, file);
  const size = statSync(path).size;
  if (size > MAX_FILE_BYTES) return { file, bytes: new Uint8Array(0), tooLarge: size };
  return { file, bytes: readFileSync(path), tooLarge: null };
}
