import type { Corpus, Diagnostic } from '../../src/schemas/index.ts';

/** One problem as one line: `file:line rule message` (no line number when the problem has none). */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}${d.line === null ? '' : `:${d.line}`} ${d.rule} ${d.severity === 'error' ? 'error: ' : ''}${d.message}`;
}

/** The run's summary: articles, quotes, speakers, topics, warnings. */
export function summaryLine(corpus: Corpus, files: number): string {
  const warnings = corpus.diagnostics.filter((d) => d.severity === 'warning').length;
  const topics = new Set(corpus.articles.flatMap((a) => a.topics)).size;
  const skipped = files - corpus.articles.length;
  return `${corpus.articles.length} articles${skipped ? ` (${skipped} skipped)` : ''}, ${corpus.quotes.length} quotes, ${corpus.speakers.length} speakers, ${topics} topics, ${warnings} warnings`;
}
