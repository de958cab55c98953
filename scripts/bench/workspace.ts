// Throw-away projects for the benchmark: a copy of this project with the generated articles in place of
// content/articles, and the bare Astro baseline. Both share the installed packages through symlinks, but
// each keeps its own node_modules/.astro and .vite caches, so runs never reuse or disturb another's cache.
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Top-level entries of the project that a build does not need or must not share. */
const SKIP = new Set(['node_modules', '.git', 'dist', '.astro', 'generated', 'tests', 'test-results', 'playwright-report', '.ci']);
/** Caches inside node_modules that belong to one project. */
const CACHES = new Set(['.astro', '.vite', '.cache', '.vite-temp']);

/** Gives `dir` a node_modules whose packages link to `sourceModules`, without its caches. */
export function linkNodeModules(sourceModules: string, dir: string): void {
  const target = join(dir, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(sourceModules)) {
    if (CACHES.has(name)) continue;
    symlinkSync(join(sourceModules, name), join(target, name));
  }
}

/** Copies the project at `root` into `dir` (fresh), minus tests, caches and outputs; content/articles is left empty. */
export function makeWorkspace(root: string, dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(root)) {
    if (SKIP.has(name)) continue;
    cpSync(join(root, name), join(dir, name), { recursive: true, filter: (src) => !src.endsWith('/content/articles') });
  }
  mkdirSync(join(dir, 'content', 'articles'), { recursive: true });
  linkNodeModules(join(root, 'node_modules'), dir);
  return join(dir, 'content', 'articles');
}

/** A page of the baseline: the article's text as plain Markdown, title as a heading, no layout. */
export function baselineMarkdown(text: string): string {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n').replace(/^---\n[\s\S]*?\n---\n/, '');
  const paragraphs = body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const title = paragraphs.shift() ?? 'Untitled';
  return `# ${title}\n\n${paragraphs.join('\n\n')}\n`;
}

/**
 * Creates the bare Astro baseline project in `dir`: `pages` Markdown files cycling through `texts`, in a glob()
 * content collection rendered by one route with nothing but the Markdown's HTML (Astro's usual way to publish
 * many Markdown pages; one .md file per page under src/pages makes every page a Vite module and took several
 * times longer and over 3 GB at 12,000 pages, which would flatter the ratio).
 */
export function makeBaseline(root: string, dir: string, texts: string[], pages: number): void {
  rmSync(dir, { recursive: true, force: true });
  const contentDir = join(dir, 'src', 'content', 'p');
  mkdirSync(contentDir, { recursive: true });
  mkdirSync(join(dir, 'src', 'pages', 'p'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }, null, 1));
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n");
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { p: defineCollection({ loader: glob({ pattern: '*.md', base: './src/content/p' }) }) };\n",
  );
  writeFileSync(
    join(dir, 'src', 'pages', 'p', '[id].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('p')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));\n}\nconst { Content } = await render(Astro.props.entry);\n---\n<Content />\n",
  );
  for (let i = 0; i < pages; i++) writeFileSync(join(contentDir, `${i}.md`), baselineMarkdown(texts[i % texts.length]));
  linkNodeModules(join(root, 'node_modules'), dir);
}
