import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../scripts/pipeline/02-front-matter.ts';

describe('readFrontMatter', () => {
  it('returns the text unchanged when there is no front matter', () => {
    expect(readFrontMatter('Headline\n\nBody.')).toEqual({ frontMatter: {}, body: 'Headline\n\nBody.', lineOffset: 0, findings: [] });
  });

  it.each([
    ['a title and an ISO date', '---\ntitle: Talks resume\ndate: 2024-06-20\n---\nBody', { title: 'Talks resume', date: '2024-06-20' }, 'Body', 4],
    ['a quoted date string', '---\ndate: "2021-03-18"\n---\nBody', { date: '2021-03-18' }, 'Body', 3],
    ['a source with a URL', '---\nsource:\n  name: Example Post\n  url: https://example.com/a\n---\nBody', { source: { name: 'Example Post', url: 'https://example.com/a' } }, 'Body', 5],
    ['an empty block', '---\n---\nBody', {}, 'Body', 2],
    ['a closing line with trailing spaces', '---\ntitle: T\n---  \nBody', { title: 'T' }, 'Body', 3],
  ])('reads %s', (_name, text, frontMatter, body, lineOffset) => {
    const out = readFrontMatter(text);
    expect(out.findings).toEqual([]);
    expect(out.frontMatter).toEqual(frontMatter);
    expect(out.body).toBe(body);
    expect(out.lineOffset).toBe(lineOffset);
  });

  it.each([
    ['a number where text is needed', '---\ntitle: 5\n---\nB', 2, '"title": should be text, not number 5'],
    ['a date in words', '---\ntitle: T\ndate: "yesterday"\n---\nB', 3, '"date": should be a date written YYYY-MM-DD, not "yesterday"'],
    ['a misspelt key, with a suggestion', '---\ntitle: T\ntitel: T\n---\nB', 3, 'unknown field "titel" (did you mean "title"?)'],
    ['a key from another system, with its name here', '---\nauthor: Jane Doe\n---\nB', 2, 'unknown field "author" (did you mean "byline"?)'],
    ['a bad URL inside source', '---\nsource:\n  name: X\n  url: not a url\n---\nB', 4, '"source.url"'],
    ['a nested wrong type', '---\ncorrections:\n  speakers:\n    Li: 5\n---\nB', 4, '"corrections.speakers.Li": should be text'],
    ['a list instead of fields', '---\n- a\n- b\n---\nB', 2, 'must be "field: value" lines, not a list'],
    ['plain text between the markers', '---\njust words\n---\nB', 2, 'must be "field: value" lines'],
  ])('reports %s as an error on its line, naming the field', (_name, text, line, message) => {
    const out = readFrontMatter(text);
    expect(out.frontMatter).toEqual({});
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]).toMatchObject({ line, rule: 'front-matter-invalid', severity: 'error' });
    expect(out.findings[0].message).toContain(message);
  });

  it.each([['constructor'], ['toString'], ['__proto__'], ['hasOwnProperty']])('reports the key "%s" (a name every object has) as unknown, suggesting no code', (key) => {
    const out = readFrontMatter(`---\ntitle: T\n${key}: x\n---\nB`);
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0].message).toContain(`unknown field "${key}"; the fields are`);
  });

  it('reports each wrong field separately', () => {
    const out = readFrontMatter('---\ntitle: 5\ndate: soon\nfoo: 1\n---\nB');
    expect(out.findings.map((f) => f.line)).toEqual([2, 3, 4]);
  });

  it('reports broken YAML with its line and keeps the body', () => {
    const out = readFrontMatter('---\ntitle: T\nsource: [Example\ndate: 2024-01-01\n---\nBody');
    expect(out.findings).toMatchObject([{ rule: 'front-matter-syntax', severity: 'error' }]);
    expect(out.findings[0].line).toBeGreaterThanOrEqual(3);
    expect(out.findings[0].line).toBeLessThanOrEqual(5);
    expect(out.body).toBe('Body');
  });

  it('reads an unclosed block as article text, with a warning on line 1', () => {
    const out = readFrontMatter('---\nHeadline\n\nBody.');
    expect(out.body).toBe('---\nHeadline\n\nBody.');
    expect(out.findings).toMatchObject([{ line: 1, rule: 'front-matter-unclosed', severity: 'warning' }]);
  });

  it('never runs a ---js block (it is not front matter)', () => {
    const text = '---js\n{ title: (() => { throw new Error("ran") })() }\n---\nBody';
    expect(readFrontMatter(text)).toEqual({ frontMatter: {}, body: text, lineOffset: 0, findings: [] });
  });
});
