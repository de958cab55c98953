import { describe, expect, it } from 'vitest';
import { formatDiagnostic, progressDue, summaryLine } from '../../scripts/lib/report.ts';
import { csvField, toCsv } from '../../scripts/lib/csv.ts';

describe('formatDiagnostic', () => {
  it.each([
    [{ file: 'a.txt', line: 12, rule: 'unclosed-quote', message: 'never closed', severity: 'warning' as const }, 'a.txt:12 unclosed-quote never closed'],
    [{ file: 'a b.txt', line: null, rule: 'empty-file', message: 'the file is empty; skipped', severity: 'warning' as const }, 'a b.txt empty-file the file is empty; skipped'],
    [{ file: 'fm.txt', line: 2, rule: 'front-matter-invalid', message: 'bad', severity: 'error' as const }, 'fm.txt:2 front-matter-invalid error: bad'],
  ])('prints file:line rule message', (d, line) => expect(formatDiagnostic(d)).toBe(line));

  it('shows control characters from a file name or article text as escapes', () => {
    expect(formatDiagnostic({ file: 'a\nb.txt', line: 1, rule: 'r', message: 'x\u001b[31my', severity: 'warning' })).toBe('a\\u000ab.txt:1 r x\\u001b[31my');
  });
});

describe('summaryLine', () => {
  const counts = { files: 7, articles: 5, quotes: 34, speakers: 9, topics: 11, warnings: 1, errors: 0, notes: 0 };
  it('names every count, and the files skipped', () => {
    expect(summaryLine(counts)).toBe('5 articles (2 of 7 files skipped), 34 quotes, 9 speakers, 11 topics, 1 warning');
  });
  it('uses the singular for one, and adds notes when there are any', () => {
    expect(summaryLine({ ...counts, files: 1, articles: 1, quotes: 1, speakers: 1, topics: 1, warnings: 0, notes: 2 })).toBe('1 article, 1 quote, 1 speaker, 1 topic, 0 warnings, 2 notes');
  });
});

describe('progressDue', () => {
  it('is silent on small runs', () => expect(Array.from({ length: 199 }, (_, i) => progressDue(i + 1, 199)).some(Boolean)).toBe(false));
  it('reports every 50 files on 250, and the last', () => {
    expect(Array.from({ length: 251 }, (_, i) => i + 1).filter((n) => progressDue(n, 251))).toEqual([50, 100, 150, 200, 250, 251]);
  });
  it('reports about 20 times on 10,000 files', () => expect(Array.from({ length: 10_000 }, (_, i) => i + 1).filter((n) => progressDue(n, 10_000))).toHaveLength(20));
});

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['he said "no"', '"he said ""no"""'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['line\nbreak', '"line\nbreak"'],
  ])('%j -> %j', (value, out) => expect(csvField(value)).toBe(out));
  it('ends rows with CRLF', () => expect(toCsv([['a', 1], [null, 'b']])).toBe('a,1\r\n,b\r\n'));
});
