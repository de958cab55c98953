// Builds a site from tests/fixtures/hostile (HTML and script in every field) into a temporary folder and serves it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX_CLI = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** A built and served hostile site. */
export interface HostileSite {
  /** Where the site was written. */
  dir: string;
  /** `http://127.0.0.1:PORT`. */
  origin: string;
  /** Every HTML page as a URL path (`/`, `/quotes/x/`, `/404.html`). */
  pages: string[];
  stop(): void;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    }).on('error', reject);
  });
}

/** Runs `scripts/build.ts --input tests/fixtures/hostile` into a temporary folder, then starts the static server on it. */
export async function buildHostileSite(): Promise<HostileSite> {
  const work = mkdtempSync(join(tmpdir(), 'hostile-site-'));
  const dir = join(work, 'site');
  const built = spawnSync(process.execPath, [TSX_CLI, 'scripts/build.ts', '--input', join('tests', 'fixtures', 'hostile')], {
    cwd: ROOT, env: { ...process.env, OUT_DIR: dir, CORPUS_DIR: join(work, 'data') }, encoding: 'utf8', timeout: 180_000,
  });
  if (built.status !== 0) throw new Error(`hostile site build failed (${built.status ?? built.signal}):\n${built.stdout}\n${built.stderr}`);
  const port = await freePort();
  // Its own process group, so stopping it also stops tsx's child node.
  const server: ChildProcess = spawn(process.execPath, [TSX_CLI, join('tests', 'e2e', 'static-server.ts')], {
    cwd: ROOT, env: { ...process.env, PORT: String(port), SITE_DIR: dir }, stdio: 'ignore', detached: true,
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok) break;
    } catch {
      if (i > 100) throw new Error('the static server did not start');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const pages = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => `/${relative(dir, join(e.parentPath, e.name)).split(sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
  return {
    dir, origin, pages,
    stop() {
      try {
        process.kill(-server.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
      rmSync(work, { recursive: true, force: true });
    },
  };
}
