// Lighthouse on one page of each type of a built site, with the local Chromium, through the lighthouse CLI.
// `tsx scripts/bench/lighthouse.ts DIST [PORT]` alone, or called by the bench.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from './serve.ts';

/** Scores (0-100) of one page. */
export interface LighthouseRow {
  type: string;
  path: string;
  scores: Record<string, number | null>;
  /** Audits that cost a category points (accessibility, best practices, SEO): what to fix when a score is below 100. */
  failing: string[];
  error: string | null;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** One page of each type to audit: home, search, and the largest article, speaker, topic, quote and story page in
 * dist (the most HTML to lay out is the hardest case; ties go to the first name). */
export function pagesToAudit(dist: string): Array<{ type: string; path: string }> {
  const largest = (section: string) => {
    let best: { name: string; bytes: number } | null = null;
    try {
      for (const e of readdirSync(join(dist, section), { withFileTypes: true })) {
        if (!e.isDirectory() || e.name === 'page') continue;
        let bytes = 0;
        try {
          bytes = statSync(join(dist, section, e.name, 'index.html')).size;
        } catch {
          continue;
        }
        if (!best || bytes > best.bytes || (bytes === best.bytes && e.name < best.name)) best = { name: e.name, bytes };
      }
    } catch {
      return null;
    }
    return best ? `/${section}/${best.name}/` : null;
  };
  const pages = [{ type: 'home', path: '/' }, { type: 'search', path: '/search/' }];
  for (const [type, section] of [['article', 'articles'], ['speaker', 'speakers'], ['topic', 'topics'], ['quote', 'quotes'], ['story', 'stories']]) {
    const path = largest(section);
    if (path) pages.push({ type, path });
  }
  return pages;
}

/** Reads the category scores of a Lighthouse JSON report (0-100; null when a category could not be scored). */
export function scoresOf(report: { categories?: Record<string, { score: number | null }>; runtimeError?: { message?: string } }): Record<string, number | null> {
  return Object.fromEntries(CATEGORIES.map((c) => [c, report.categories?.[c]?.score == null ? null : Math.round(report.categories[c].score! * 100)]));
}

interface LighthouseReport {
  categories?: Record<string, { score: number | null; auditRefs?: Array<{ id: string; weight: number }> }>;
  audits?: Record<string, { score: number | null; scoreDisplayMode?: string }>;
}

/** The weighted audits of the accessibility, best-practices and SEO categories that did not pass, as `category:audit-id`. */
export function failingAudits(report: LighthouseReport): string[] {
  const out: string[] = [];
  for (const c of CATEGORIES.slice(1)) {
    for (const ref of report.categories?.[c]?.auditRefs ?? []) {
      const audit = report.audits?.[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) out.push(`${c}:${ref.id}`);
    }
  }
  return out;
}

function runLighthouse(url: string, output: string): Promise<string | null> {
  return new Promise((resolve) => {
    const child = spawn(join('node_modules', '.bin', 'lighthouse'), [url, '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run', '--output=json', `--output-path=${output}`, `--only-categories=${CATEGORIES.join(',')}`, '--quiet'], {
      env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', (e) => resolve(e.message));
    child.on('close', (code) => resolve(code === 0 ? null : `lighthouse exited with ${code}: ${err.trim().split('\n').slice(-2).join(' ')}`));
  });
}

/** Serves dist and audits one page of each type (mobile emulation, Lighthouse's default). */
export async function measureLighthouse(dist: string, port: number): Promise<LighthouseRow[]> {
  const server = await serveStatic(dist, port);
  const tmp = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  const rows: LighthouseRow[] = [];
  try {
    for (const { type, path } of pagesToAudit(dist)) {
      const output = join(tmp, `${type}.json`);
      const error = await runLighthouse(`http://127.0.0.1:${port}${path}`, output);
      let scores: Record<string, number | null> = {};
      let failing: string[] = [];
      let problem = error;
      if (!error) {
        const report = JSON.parse(readFileSync(output, 'utf8'));
        scores = scoresOf(report);
        failing = failingAudits(report);
        if (report.runtimeError?.message) problem = report.runtimeError.message;
      }
      rows.push({ type, path, scores, failing, error: problem });
    }
  } finally {
    server.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  return rows;
}

/** The Lighthouse table as lines of text, with the issue's bar checked (100 for accessibility, best practices and SEO; ≥ 95 for performance). */
export function lighthouseReport(rows: LighthouseRow[]): string[] {
  const lines = [`lighthouse (mobile, local Chromium): ${CATEGORIES.join(' / ')}`];
  let met = true;
  for (const r of rows) {
    const s = CATEGORIES.map((c) => r.scores[c] ?? null);
    const ok = !r.error && s[0] !== null && s[0] >= 95 && s.slice(1).every((v) => v === 100);
    met &&= ok;
    lines.push(`  ${r.type.padEnd(8)} ${s.map((v) => String(v ?? 'na').padStart(3)).join(' / ')}  ${ok ? '' : 'below the bar '}${r.path}${r.error ? `  (${r.error})` : ''}`);
    if (r.failing.length) lines.push(`           failing: ${r.failing.join(', ')}`);
  }
  lines.push(`  bar (100 / 100 / 100, performance >= 95) on every page type: ${met ? 'met' : 'NOT met'}`);
  return lines;
}

if (process.argv[1] && /lighthouse\.ts$/.test(process.argv[1])) {
  measureLighthouse(process.argv[2] ?? 'dist', Number(process.argv[3] ?? 4393)).then((rows) => {
    for (const line of lighthouseReport(rows)) process.stdout.write(`${line}\n`);
  }, (e: unknown) => {
    process.stderr.write(`lighthouse: ${(e as Error).message}\n`);
    process.exit(1);
  });
}
