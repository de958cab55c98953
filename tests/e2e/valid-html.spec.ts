// Every built page is valid HTML by html-validate's recommended rules (read from dist/, no browser).
import { relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST, htmlFiles } from './site-files.ts';
import { HtmlValidate } from 'html-validate';


test('every page passes html-validate', async () => {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  const problems: string[] = [];
  for (const file of htmlFiles(DIST)) {
    const report = await validator.validateFile(file);
    for (const r of report.results) for (const m of r.messages) problems.push(`${relative(DIST, file)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
  }
  expect(problems).toEqual([]);
});
