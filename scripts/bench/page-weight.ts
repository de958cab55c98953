// Page weight of a built site: per page type, the gzip bytes of the HTML plus the stylesheets it links,
// and the JavaScript it loads (scripts and module preloads). `tsx scripts/bench/page-weight.ts DIST` alone,
// or called by the bench on the whole build's output.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median } from './report.ts';

/** The type of a page, from its path in dist (`articles/x/index.html` → `article`). */
export function pageType(relPath: string): string {
  const p = relPath.split(sep).join('/').replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '');
  if (p === '') return 'home';
  if (p === '404') return '404';
  const parts = p.split('/');
  const section = parts[0];
  const singular: Record<string, string> = { articles: 'article', speakers: 'speaker', topics: 'topic', quotes: 'quote', stories: 'story', sources: 'source' };
  if (parts.length === 1) return section === 'search' ? 'search' : `${section} index`;
  if (parts[1] === 'page') return `${section} index`;
  return singular[section] ?? section;
}

/** What a page loads: stylesheet and script addresses, inline script and style text (JSON-LD is data, not JavaScript). */
export function assetsOf(html: string): { styles: string[]; scripts: string[]; inlineScripts: string[]; inlineStyles: string[] } {
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined) ?? null;
  const styles: string[] = [];
  const scripts: string[] = [];
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(m[0], 'rel') ?? '').toLowerCase();
    const href = attr(m[0], 'href');
    if (!href) continue;
    if (rel === 'stylesheet') styles.push(href);
    if (rel === 'modulepreload') scripts.push(href);
  }
  const inlineScripts: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = (attr(`<x ${m[1]}>`, 'type') ?? '').toLowerCase();
    if (type && !/^(module|text\/javascript|application\/javascript)$/.test(type)) continue;
    const src = attr(`<x ${m[1]}>`, 'src');
    if (src) scripts.push(src);
    else if (m[2].trim()) inlineScripts.push(m[2]);
  }
  const inlineStyles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]);
  return { styles, scripts, inlineScripts, inlineStyles };
}

/** Figures of one page type. */
export interface TypeWeight {
  type: string;
  pages: number;
  sampled: number;
  /** gzip bytes of HTML + linked CSS: median and largest over the sample, and the largest page's path. */
  medianBytes: number;
  maxBytes: number;
  maxPage: string;
  /** gzip bytes of the JavaScript the page loads (largest over the sample), and how many sampled pages load any. */
  maxJsBytes: number;
  pagesWithJs: number;
}

const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;

/** Measures a built site. `perType` pages of each type are sampled, spread evenly over the sorted list. */
export function measurePageWeight(dist: string, perType = 40): TypeWeight[] {
  const byType = new Map<string, string[]>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'pagefind' && e.name !== '_astro') walk(p);
      } else if (e.name.endsWith('.html')) {
        const rel = relative(dist, p);
        const t = pageType(rel);
        const list = byType.get(t);
        if (list) list.push(rel);
        else byType.set(t, [rel]);
      }
    }
  };
  walk(dist);
  const assetCache = new Map<string, number>();
  const assetBytes = (page: string, href: string) => {
    if (/^(https?:)?\/\//.test(href)) return 0;
    const file = href.startsWith('/') ? join(dist, href.split(/[?#]/)[0]) : join(dist, posix.dirname(page.split(sep).join('/')), href.split(/[?#]/)[0]);
    if (!assetCache.has(file)) assetCache.set(file, existsSync(file) ? gz(readFileSync(file)) : 0);
    return assetCache.get(file)!;
  };
  const out: TypeWeight[] = [];
  for (const [type, all] of [...byType].sort((a, b) => a[0].localeCompare(b[0]))) {
    all.sort();
    const step = Math.max(1, Math.floor(all.length / perType));
    const sample = all.filter((_, i) => i % step === 0).slice(0, perType);
    const weights: Array<{ page: string; bytes: number; js: number }> = sample.map((page) => {
      const html = readFileSync(join(dist, page), 'utf8');
      const a = assetsOf(html);
      const css = a.styles.reduce((s, href) => s + assetBytes(page, href), 0);
      const js = a.scripts.reduce((s, src) => s + assetBytes(page, src), 0) + a.inlineScripts.reduce((s, t) => s + gz(t), 0);
      return { page, bytes: gz(html) + css, js };
    });
    const biggest = weights.reduce((x, y) => (y.bytes > x.bytes ? y : x));
    out.push({ type, pages: all.length, sampled: sample.length, medianBytes: median(weights.map((w) => w.bytes)), maxBytes: biggest.bytes, maxPage: biggest.page, maxJsBytes: Math.max(...weights.map((w) => w.js)), pagesWithJs: weights.filter((w) => w.js > 0).length });
  }
  return out;
}

/** The page-weight table as lines of text, with the issue's limits checked (article ≤ 20 KB; no JavaScript except on search). */
export function pageWeightReport(rows: TypeWeight[]): string[] {
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  const lines = ['page weight (gzip, HTML + linked CSS; JavaScript loaded):', `  ${'type'.padEnd(16)} ${'pages'.padStart(7)} ${'median'.padStart(9)} ${'max'.padStart(9)} ${'max JS'.padStart(9)}  with JS  largest`];
  for (const r of rows) lines.push(`  ${r.type.padEnd(16)} ${String(r.pages).padStart(7)} ${kb(r.medianBytes).padStart(9)} ${kb(r.maxBytes).padStart(9)} ${kb(r.maxJsBytes).padStart(9)}  ${`${r.pagesWithJs}/${r.sampled}`.padStart(7)}  ${r.maxPage.split(sep).join('/')}`);
  const article = rows.find((r) => r.type === 'article');
  if (article) lines.push(`  article pages <= 20 KB: ${article.maxBytes <= 20 * 1024 ? 'met' : 'NOT met'} (largest sampled ${kb(article.maxBytes)})`);
  const withJs = rows.filter((r) => r.type !== 'search' && r.pagesWithJs > 0).map((r) => r.type);
  lines.push(`  no JavaScript except search: ${withJs.length ? `NOT met (${withJs.join(', ')})` : 'met'}`);
  return lines;
}

if (process.argv[1] && /page-weight\.ts$/.test(process.argv[1])) {
  const dist = process.argv[2] ?? 'dist';
  for (const line of pageWeightReport(measurePageWeight(dist))) process.stdout.write(`${line}\n`);
}
