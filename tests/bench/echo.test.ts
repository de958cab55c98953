import { describe, expect, it } from 'vitest';
import { echoFilter, PAGE_LINE_EVERY_S, PROBLEM_LINES_SHOWN } from '../../scripts/bench/echo.ts';

// Lines as a 10,000-article bench run printed them.
const problems = [
  '00001_76d9dc66a6bda436.txt:55 unclosed-quote quotation opened here is never closed: “Our government should review constructiv…”',
  '00024_e80f8c130d76e656.txt:3 no-title no headline found above the first paragraph',
  '00042_17efdf58edb8f4ef.txt duplicate-slug another article has the slug "home-world-asia"; this one is "home-world-asia-2"',
  'my article.txt:5 invalid-utf8 2 bad byte sequence(s) replaced',
];

describe('bench echo filter', () => {
  it.each([
    ['build: astro build done in 158.9 s'],
    ['10000 articles, 104174 quotes, 11948 speakers, 12 topics, 2690 warnings in 39.26 s'],
    ['18:05:20 [build] Building static entrypoints...'],
    ['Error: ENOENT: no such file or directory'],
  ])('shows progress and error lines: %s', (line) => {
    const f = echoFilter();
    for (let i = 0; i < 50; i++) f.show(problems[i % problems.length], i);
    expect(f.show(line, 100)).toBe(line);
  });

  it(`shows the first ${PROBLEM_LINES_SHOWN} problem lines, then counts the rest`, () => {
    const f = echoFilter();
    const shown = Array.from({ length: 40 }, (_, i) => f.show(problems[i % problems.length], i)).filter((l) => l !== null);
    expect(shown).toHaveLength(PROBLEM_LINES_SHOWN);
    expect(f.hidden()).toBe('(35 more problem line(s) of the build script not shown; all are in the log)');
  });

  it(`shows one of Astro's page lines every ${PAGE_LINE_EVERY_S} s`, () => {
    const f = echoFilter();
    const page = (i: number) => `  ├─ /quotes/q${i}/index.html (+3ms)`;
    const shown = [0, 1, 2, 5.5, 6, 11].map((t, i) => f.show(page(i), t));
    expect(shown.map((l) => l !== null)).toEqual([true, false, false, true, false, true]);
    expect(f.hidden()).toBe('(3 page line(s) of Astro not shown; all are in the log)');
  });

  it('says nothing was left out when nothing was, and drops blank lines', () => {
    const f = echoFilter();
    expect(f.show('   ', 0)).toBeNull();
    expect(f.show('x'.repeat(300), 0)).toHaveLength(160);
    expect(f.hidden()).toBeNull();
  });
});
