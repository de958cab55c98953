import type { Corpus, Diagnostic } from '../../src/schemas/index.ts';

/** Control characters shown as escapes, so text from an article or a file name cannot move the cursor or recolour the terminal. */
const printable = (s: string) => s.replace(/[\u0000-\u001F\u007F-\u009F]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** One problem as one line: `file:line rule message` (no line number when the problem has none). */
export function formatDiagnostic(d: Diagnostic): string {
  return `${printable(d.file)}${d.line === null ? '' : `:${d.line}`} ${d.rule} ${d.severity === 'error' ? 'error: ' : ''}${printable(d.message)}`;
}

/** Counts of a run, for the summary line. */
export interface RunCounts {
  /** Files found in the input folder. */
  files: number;
  articles: number;
  quotes: number;
  speakers: number;
  /** Topics assigned to at least one article. */
  topics: number;
  warnings: number;
  errors: number;
  /** Diagnostics that are neither warnings nor errors (notes). */
  notes: number;
}

/** Counts a corpus's contents and diagnostics. */
export function countRun(corpus: Corpus, files: number): RunCounts {
  return {
    files,
    articles: corpus.articles.length,
    quotes: corpus.quotes.length,
    speakers: corpus.speakers.length,
    topics: new Set(corpus.articles.flatMap((a) => a.topics)).size,
    warnings: corpus.diagnostics.filter((d) => d.severity === 'warning').length,
    errors: corpus.diagnostics.filter((d) => d.severity === 'error').length,
    notes: corpus.diagnostics.filter((d) => d.severity !== 'error' && d.severity !== 'warning').length,
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The run's summary: articles (and files skipped), quotes, speakers, topics, warnings, errors. */
export function summaryLine(c: RunCounts): string {
  const skipped = c.files - c.articles;
  return [
    `${plural(c.articles, 'article')}${skipped ? ` (${skipped} of ${c.files} files skipped)` : ''}`,
    plural(c.quotes, 'quote'),
    plural(c.speakers, 'speaker'),
    plural(c.topics, 'topic'),
    plural(c.warnings, 'warning'),
    ...(c.errors ? [plural(c.errors, 'error')] : []),
    ...(c.notes ? [plural(c.notes, 'note')] : []),
  ].join(', ');
}

/** Whether to print a progress line after `done` of `total` files: only on big runs, about every 5% (and at the end). */
export function progressDue(done: number, total: number, minFiles = 200): boolean {
  if (total < minFiles) return false;
  return done === total || done % Math.max(50, Math.ceil(total / 20 / 50) * 50) === 0;
}
