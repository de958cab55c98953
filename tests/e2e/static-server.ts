// A tiny static server for the built site (dist/), used by the browser tests: right content types, 404 page, no caching.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve(process.env.SITE_DIR ?? 'dist');
const PORT = Number(process.env.PORT ?? 4400);
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.png': 'image/png',
};

/** The file a URL path maps to inside ROOT, or null (never outside ROOT). */
function fileFor(pathname: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const full = normalize(join(ROOT, path));
  if (!full.startsWith(ROOT)) return null;
  if (existsSync(full) && statSync(full).isDirectory()) return existsSync(join(full, 'index.html')) ? join(full, 'index.html') : null;
  return existsSync(full) && statSync(full).isFile() ? full : null;
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const file = fileFor(url.pathname);
  if (file && statSync(resolve(ROOT, '.' + decodeURIComponent(url.pathname))).isDirectory() && !url.pathname.endsWith('/')) {
    res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const target = file ?? join(ROOT, '404.html');
  res.writeHead(file ? 200 : 404, { 'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
  createReadStream(target).pipe(res);
}).listen(PORT, '127.0.0.1', () => process.stdout.write(`serving ${ROOT} at http://127.0.0.1:${PORT}/\n`));
