// The build script's CLI: read article files -> run the pipeline -> write corpus.json and the site's entries.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { TopicListSchema, type Diagnostic, type Topic } from '../src/schemas/index.ts';
import { INGEST_USAGE, parseIngestArgs } from './lib/args.ts';
import { formatDiagnostic, summaryLine } from './lib/report.ts';
import { listArticleFiles, readArticleFile } from './lib/read-inputs.ts';
import { writeOutputs } from './lib/write-outputs.ts';
import { MAX_FILE_BYTES } from './pipeline/01-decode.ts';
import { analyseArticle } from './pipeline/analyse-article.ts';
import { buildCorpus } from './pipeline/build-corpus.ts';
import type { ArticleAnalysis } from './pipeline/types.ts';

function fail(message: string): never {
  process.stderr.write(`ingest: ${message}\n`);
  process.exit(1);
}

function loadTopics(path: string): Topic[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    fail(`cannot read the topic list ${path}: ${(error as Error).message}`);
  }
  const result = TopicListSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    fail(`${path}: topic list field "${issue.path.join('.')}": ${issue.message}`);
  }
  return result.data;
}

function main(): void {
  let options;
  try {
    options = parseIngestArgs(process.argv.slice(2));
  } catch (error) {
    fail(`${(error as Error).message}\n${INGEST_USAGE}`);
  }
  if (options.help) {
    process.stdout.write(`${INGEST_USAGE}\n`);
    return;
  }
  if (!existsSync(options.input) || !statSync(options.input).isDirectory()) fail(`input folder not found: ${options.input}`);
  const topics = loadTopics(options.topics);
  const files = listArticleFiles(options.input);
  if (files.length === 0) fail(`no article files in ${options.input}`);

  const started = performance.now();
  const showProgress = !options.quiet && files.length >= 200;
  const analyses: ArticleAnalysis[] = [];
  files.forEach((file, i) => {
    const input = readArticleFile(options.input, file);
    if (input.tooLarge !== null) {
      analyses.push({
        file, frontMatter: {}, cleaned: { title: null, titleLine: null, standfirst: [], dateline: null, byline: null, paragraphs: [], removed: [], findings: [] },
        meta: { date: null, dateText: null, source: null, byline: null, findings: [] }, mentions: [], quotes: [], topics: [], quoteTopics: [],
        findings: [{ line: null, rule: 'file-too-large', message: `the file is ${input.tooLarge} bytes, over the limit of ${MAX_FILE_BYTES}; skipped`, severity: 'warning' }],
        unreadable: true,
      });
    } else {
      try {
        analyses.push(analyseArticle(file, input.bytes, topics));
      } catch (error) {
        // A bug in a stage must not hide the other articles: report it against the file.
        analyses.push({ ...analyseArticle(file, new Uint8Array(0), topics), findings: [{ line: null, rule: 'internal-error', message: `the analysis failed: ${(error as Error).message}`, severity: 'error' }] });
      }
    }
    if (showProgress && ((i + 1) % 500 === 0 || i + 1 === files.length)) process.stderr.write(`  analysed ${i + 1}/${files.length} files\n`);
  });

  const corpus = buildCorpus(analyses, topics);
  const errors: Diagnostic[] = corpus.diagnostics.filter((d) => d.severity === 'error');
  for (const d of corpus.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
  if (errors.length) fail(`${errors.length} error(s): fix the files named above; nothing was written`);
  const written = writeOutputs(options.output, { ...corpus, diagnostics: corpus.diagnostics });
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${summaryLine(corpus, files.length)} in ${seconds.toFixed(2)} s\n`);
  if (!options.quiet) process.stdout.write(`wrote ${written.map((f) => `${options.output}/${f}`).join(', ')}\n`);
}

main();
