import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselineMarkdown, makeBaseline } from '../../scripts/bench/workspace.ts';

describe('baselineMarkdown', () => {
  it('makes the first paragraph the heading and keeps the rest as paragraphs', () => {
    expect(baselineMarkdown('Talks stall over tariffs\n\nBEIJING (Reuters) - Talks stalled.\n\n“We will not move,” he said.\n')).toBe(
      '# Talks stall over tariffs\n\nBEIJING (Reuters) - Talks stalled.\n\n“We will not move,” he said.\n',
    );
  });

  it('drops front matter, a byte-order mark and CRLF line ends', () => {
    expect(baselineMarkdown('\uFEFF---\ntitle: X\n---\nHeadline\r\n\r\nBody.\r\n')).toBe('# Headline\n\nBody.\n');
  });
});

describe('makeBaseline', () => {
  it('writes one Markdown entry per page, cycling through the texts, and a route that renders nothing else', () => {
    const root = mkdtempSync(join(tmpdir(), 'root-'));
    mkdirSync(join(root, 'node_modules', 'astro'), { recursive: true });
    mkdirSync(join(root, 'node_modules', '.astro'), { recursive: true });
    const dir = join(tmpdir(), `baseline-${process.pid}`);
    makeBaseline(root, dir, ['First\n\nA.', 'Second\n\nB.'], 5);
    expect(readdirSync(join(dir, 'src', 'content', 'p')).sort()).toEqual(['0.md', '1.md', '2.md', '3.md', '4.md']);
    expect(readFileSync(join(dir, 'src', 'content', 'p', '3.md'), 'utf8')).toBe('# Second\n\nB.\n');
    expect(readFileSync(join(dir, 'src', 'pages', 'p', '[id].astro'), 'utf8')).toMatch(/<Content \/>\n$/);
    // The installed packages are shared; the content cache is not.
    expect(readdirSync(join(dir, 'node_modules'))).toEqual(['astro']);
  });
});
