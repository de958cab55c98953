import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_FILE_BYTES } from '../pipeline/01-decode.ts';

/** An input file's bytes, or why they were not read (`problem` set, bytes empty). */
export interface InputFile {
  file: string;
  bytes: Uint8Array;
  /** Set when the file was not read: too large, or the system refused (permissions…). */
  problem: { rule: 'file-too-large' | 'unreadable-file'; message: string } | null;
}

/** True for a regular file, following symbolic links (a dangling link is not a file). */
function isFile(dir: string, name: string): boolean {
  try {
    return statSync(join(dir, name)).isFile();
  } catch {
    return false;
  }
}

/** Lists the article files of a folder: regular files (or links to them), not hidden, sorted by code unit (so output order never depends on the file system or locale). */
export function listArticleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => !d.name.startsWith('.') && (d.isFile() || (d.isSymbolicLink() && isFile(dir, d.name))))
    .map((d) => d.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Reads one file. Never throws: files over MAX_FILE_BYTES are not read, and a system error becomes `problem`. */
export function readArticleFile(dir: string, file: string): InputFile {
  const path = join(dir, file);
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) {
      return { file, bytes: new Uint8Array(0), problem: { rule: 'file-too-large', message: `the file is ${size} bytes, over the limit of ${MAX_FILE_BYTES} (2 MiB); skipped` } };
    }
    return { file, bytes: readFileSync(path), problem: null };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    return { file, bytes: new Uint8Array(0), problem: { rule: 'unreadable-file', message: `the file cannot be read (${why}); skipped` } };
  }
}
