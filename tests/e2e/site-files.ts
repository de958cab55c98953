// The built site on disk, for checks that read files rather than drive a browser.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The built site's folder (SITE_DIR, default dist/). */
export const DIST = join(process.cwd(), process.env.SITE_DIR ?? 'dist');

/** Every HTML file under `dir`, Pagefind's own folder left out. */
export function htmlFiles(dir: string = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}
