import matter from 'gray-matter';
import { FrontMatterSchema } from '../../src/schemas/index.ts';
import type { Finding, WithFrontMatter } from './types.ts';

/** Splits YAML front matter from the body and validates it. Invalid front matter is an `error` naming the field. */
export function readFrontMatter(text: string): WithFrontMatter {
  if (!/^---[ \t]*\n/.test(text)) return { frontMatter: {}, body: text, lineOffset: 0, findings: [] };
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, {});
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = String((error as Error).message ?? error).split('\n')[0];
    return { frontMatter: {}, body: '', lineOffset: 0, findings: [{ line: mark?.line != null ? mark.line + 2 : 1, rule: 'front-matter-syntax', message: `front matter is not valid YAML: ${reason}`, severity: 'error' }] };
  }
  const lineOffset = text.length - parsed.content.length > 0 ? text.slice(0, text.length - parsed.content.length).split('\n').length - 1 : 0;
  const result = FrontMatterSchema.safeParse(parsed.data ?? {});
  if (!result.success) {
    const findings: Finding[] = result.error.issues.map((issue) => ({
      line: 1,
      rule: 'front-matter-invalid',
      message: `front matter field "${issue.path.join('.') || '(root)'}": ${issue.message}`,
      severity: 'error',
    }));
    return { frontMatter: {}, body: parsed.content, lineOffset, findings };
  }
  return { frontMatter: result.data, body: parsed.content, lineOffset, findings: [] };
}
