import matter from 'gray-matter';
import { FrontMatterSchema } from '../../src/schemas/index.ts';
import type { Finding, WithFrontMatter } from './types.ts';
import { wordTable } from './word-table.ts';

/** The keys an editor may write, for "did you mean" hints. */
const KNOWN_KEYS = Object.keys(FrontMatterSchema.shape);

/** Keys editors commonly write for a field under another name. */
const ALIASES: Readonly<Record<string, string>> = wordTable({ author: 'byline', authors: 'byline', headline: 'title', outlet: 'source', publisher: 'source', link: 'url', published: 'date', tags: 'topics' });

/** A zod issue as much as this stage reads of it. */
interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
  expected?: string;
  keys?: string[];
  errors?: Issue[][];
}

const error = (line: number, rule: string, message: string): Finding => ({ line, rule, message, severity: 'error' });

/** A value as an editor would recognise it in their YAML. */
function shown(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${value}`;
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  return Array.isArray(value) ? 'a list' : 'a mapping';
}

/** A zod type name in an editor's words. */
const typeName = (t: string | undefined) => ({ string: 'text', object: 'a mapping', array: 'a list', number: 'a number', boolean: 'true or false', date: 'a date' })[t ?? ''] ?? t ?? '';

/** Edit distance, for suggesting the key an editor probably meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j];
      row[j] = next;
    }
  }
  return row[b.length];
}

/** What is wrong with one field, in an editor's words. */
function describe(issue: Issue): string {
  if (issue.code === 'unrecognized_keys') {
    return (issue.keys ?? []).map((k) => {
      const near = issue.path.length === 0 ? ALIASES[k.toLowerCase()] ?? KNOWN_KEYS.find((known) => distance(k.toLowerCase(), known) <= 2) : undefined;
      return `unknown field "${k}"${near ? ` (did you mean "${near}"?)` : ''}`;
    }).join(', ') + (issue.path.length === 0 ? `; the fields are ${KNOWN_KEYS.join(', ')}` : '');
  }
  if (issue.code === 'invalid_union' && issue.errors) {
    // Prefer the branch that got past the type check: its message says what the value should look like.
    const specific = issue.errors.flat().find((e) => e.code !== 'invalid_type' && e.path.length === 0);
    if (specific) return `${specific.message.replace(/^Invalid string: /, '')}, not ${shown(issue.input)}`;
    const types = issue.errors.flat().map((e) => typeName(e.expected)).filter(Boolean);
    return `should be ${[...new Set(types)].join(' or ')}, not ${shown(issue.input)}`;
  }
  if (issue.code === 'invalid_type') return `should be ${typeName(issue.expected)}, not ${shown(issue.input)}`;
  // The schema's own messages are lower-case descriptions ("a date written YYYY-MM-DD"); zod's defaults are sentences.
  if (/^[a-z]/.test(issue.message)) return `should be ${issue.message}, not ${shown(issue.input)}`;
  return `${issue.message}${'input' in issue ? `: ${shown(issue.input)}` : ''}`;
}

/** The 1-based file line where a field's key is written (the line after `---` when it cannot be found). */
function lineOf(yamlLines: string[], path: PropertyKey[]): number {
  let from = 0;
  let found = -1;
  for (const key of path) {
    if (typeof key !== 'string') continue;
    const re = new RegExp(`^\\s*(?:-\\s*)?["']?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:`);
    const at = yamlLines.findIndex((l, i) => i >= from && re.test(l));
    if (at < 0) break;
    found = from = at;
  }
  return found < 0 ? 2 : found + 2;
}

/** Splits YAML front matter from the body and validates it. Invalid front matter is an `error` naming the field and its line. */
export function readFrontMatter(text: string): WithFrontMatter {
  const none = (findings: Finding[] = []): WithFrontMatter => ({ frontMatter: {}, body: text, lineOffset: 0, findings });
  if (!/^---[ \t]*\n/.test(text)) return none();
  const lines = text.split('\n');
  const close = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(l));
  if (close < 0) {
    // A lone `---` at the top is a rule line in pasted text, not an editor's block: keep it as text, but say so.
    return none([{ line: 1, rule: 'front-matter-unclosed', message: 'the file starts with "---" but no closing "---" line follows, so it is read as article text, not front matter', severity: 'warning' }]);
  }
  const yamlLines = lines.slice(1, close);
  const body = lines.slice(close + 1).join('\n');
  const lineOffset = close + 1;
  let data: unknown;
  try {
    // Only the block between the markers goes to the parser; gray-matter reads YAML (never the `---js` engine).
    data = matter(`---\n${yamlLines.join('\n')}\n---\n`, {}).data;
  } catch (e) {
    const mark = (e as { mark?: { line?: number } }).mark;
    const reason = String((e as { reason?: string }).reason ?? (e as Error).message ?? e).split('\n')[0];
    const line = Math.min(mark?.line != null ? mark.line + 1 : 2, close + 1);
    return { frontMatter: {}, body, lineOffset, findings: [error(line, 'front-matter-syntax', `front matter is not valid YAML: ${reason}`)] };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { frontMatter: {}, body, lineOffset, findings: [error(2, 'front-matter-invalid', `front matter must be "field: value" lines, not ${shown(data)}`)] };
  }
  const result = FrontMatterSchema.safeParse(data, { reportInput: true });
  if (!result.success) {
    // One finding per unknown key, so each points at its own line.
    const issues = (result.error.issues as unknown as Issue[]).flatMap((issue) =>
      issue.code === 'unrecognized_keys' ? (issue.keys ?? []).map((k) => ({ ...issue, keys: [k] })) : [issue]);
    const findings = issues.map((issue) => {
      const unknown = issue.code === 'unrecognized_keys';
      const where = unknown && !issue.path.length ? 'front matter: ' : `front matter field "${issue.path.join('.')}": `;
      return error(lineOf(yamlLines, unknown ? [...issue.path, ...(issue.keys ?? [])] : issue.path), 'front-matter-invalid', `${where}${describe(issue)}`);
    });
    return { frontMatter: {}, body, lineOffset, findings };
  }
  return { frontMatter: result.data, body, lineOffset, findings: [] };
}
