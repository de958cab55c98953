// Every built page is valid HTML by html-validate's recommended rules (read from dist/, no browser).
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';

const DIST = join(process.cwd(), process.env.SITE_DIR ?? 'dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

test('every page passes html-validate', async () => {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  const problems: string[] = [];
  for (const file of htmlFiles(DIST)) {
    const report = await validator.validateFile(file);
    for (const r of report.results) for (const m of r.messages) problems.push(`${relative(DIST, file)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
  }
  expect(problems).toEqual([]);
});
