// The build script's CLI: read article files -> run the pipeline -> write corpus.json and the site's entries.
// Every failure ends in a one-line message and an exit status, never a stack trace (INGEST_DEBUG=1 shows it).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { TopicListSchema, type Topic } from '../src/schemas/index.ts';
import { INGEST_USAGE, parseIngestArgs, UsageError } from './lib/args.ts';
import { analyseFilesParallel, workerCount } from './lib/analyse-pool.ts';
import { buildCorpusThreaded, startLinkThread } from './lib/link-thread.ts';
import { analyseFiles } from './lib/run-pipeline.ts';
import { listArticleFiles } from './lib/read-inputs.ts';
import { countRun, formatDiagnostic, progressDue, summaryLine } from './lib/report.ts';
import { quotesCsv, renderCorpusAhead, writeOutputs, type CorpusAhead } from './lib/write-outputs.ts';
import { buildCorpus } from './pipeline/build-corpus.ts';

/** A failure of the run as a whole: printed as `ingest: message`, exit status 1 (2 for usage). */
class RunError extends Error {}

/** Reads and validates the topic list; every problem names the file and the topic's field. */
function loadTopics(path: string): Topic[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new RunError(`cannot read the topic list ${path}: ${why} (choose another with --topics FILE)`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new RunError(`the topic list ${path} is not valid JSON: ${(error as Error).message}`);
  }
  const result = TopicListSchema.safeParse(raw);
  if (!result.success) {
    const lines = result.error.issues.slice(0, 10).map((issue) => {
      const [index, ...field] = issue.path;
      const slug = typeof index === 'number' ? (raw as Array<{ slug?: unknown }>)[index]?.slug : undefined;
      const where = typeof index === 'number' ? `topic ${index + 1}${typeof slug === 'string' ? ` ("${slug}")` : ''}${field.length ? ` field "${field.join('.')}"` : ''}` : 'the list';
      return `${path}: ${where}: ${issue.message}`;
    });
    throw new RunError(`the topic list is invalid:\n${lines.join('\n')}`);
  }
  return result.data;
}

/** Checks the folders before any work, so a typo costs a second, not a whole run. */
function checkFolders(input: string, output: string): void {
  if (!existsSync(input)) throw new RunError(`input folder not found: ${input} (give the folder of article files with --input DIR)`);
  if (!statSync(input).isDirectory()) throw new RunError(`--input must be a folder, but ${input} is a file`);
  if (resolve(input) === resolve(output)) throw new RunError('--output must not be the input folder (the corpus files would be read as articles next time)');
  if (existsSync(output) && !statSync(output).isDirectory()) throw new RunError(`--output must be a folder, but ${output} is a file`);
}

async function main(argv: string[]): Promise<number> {
  const options = parseIngestArgs(argv);
  if (options.help) {
    process.stdout.write(`${INGEST_USAGE}\n`);
    return 0;
  }
  checkFolders(options.input, options.output);
  const topics = loadTopics(options.topics);
  let files: string[];
  try {
    files = listArticleFiles(options.input);
  } catch (error) {
    throw new RunError(`cannot list the input folder ${options.input}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (files.length === 0) throw new RunError(`no article files in ${options.input}`);

  const started = performance.now();
  const progress = (done: number) => {
    if (!options.quiet && progressDue(done, files.length)) process.stderr.write(`ingest: analysed ${done}/${files.length} files\n`);
  };
  // With threads at all, the quote-linking one is started now: it loads while the articles are analysed.
  const threaded = workerCount(files.length, options.workers) > 0;
  const linkThread = threaded ? startLinkThread() : undefined;
  let analyses;
  try {
    analyses = await analyseFilesParallel(options.input, files, topics, progress, { workers: options.workers });
  } catch (error) {
    // The threads themselves failed (not an article: those are findings): the same work, in this thread.
    process.stderr.write(`ingest: worker threads failed (${(error as Error).message.split('\n')[0]}); analysing in the main thread\n`);
    analyses = analyseFiles(options.input, files, topics, progress);
  }
  const analysed = performance.now();
  // With threads at all (as for the analysis), the quotes are linked in one while this thread does the rest,
  // quotes.csv included (it needs no links), and corpus.json's lists but for the links and stories.
  let csv: Uint8Array | undefined;
  let ahead: CorpusAhead | undefined;
  const corpus = threaded
    ? await buildCorpusThreaded(analyses, topics, (error) => process.stderr.write(`ingest: the quote-linking thread failed (${error.message.split('\n')[0]}); linking in the main thread\n`), (early) => {
        // Encoded now too (the text, with curly quotes, would take twice the memory until written).
        csv = Buffer.from(quotesCsv(early), 'utf8');
        ahead = renderCorpusAhead(early);
      }, linkThread)
    : buildCorpus(analyses, topics);
  const built = performance.now();
  // Grouped by file (stable, so each file's lines stay in their order) to read like a compiler's output.
  const byFile = [...corpus.diagnostics].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const d of byFile) process.stderr.write(`${formatDiagnostic(d)}\n`);
  const counts = countRun(corpus, files.length);
  if (counts.errors) {
    const failed = new Set(corpus.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file)).size;
    throw new RunError(`${counts.errors} error(s) in ${failed} file(s): fix the front matter named above; nothing was written${existsSync(options.output) ? ` (${options.output} is unchanged)` : ''}`);
  }
  if (counts.articles === 0) throw new RunError(`none of the ${files.length} file(s) in ${options.input} could be read as an article (see above); nothing was written`);
  let written: string[];
  try {
    written = writeOutputs(options.output, corpus, { 'quotes.csv': csv, 'corpus.json': ahead });
  } catch (error) {
    throw new RunError(`cannot write to ${options.output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}; the previous output is unchanged`);
  }
  const seconds = (performance.now() - started) / 1000;
  // For measuring (npm run bench, issue 7): where the run's time went, on stderr so the output is unchanged.
  if (process.env.INGEST_TIMINGS) {
    const ms = (a: number, b: number) => `${(b - a).toFixed(0)} ms`;
    process.stderr.write(`ingest timings: start-up ${ms(0, started)}, analysis ${ms(started, analysed)}, cross-article ${ms(analysed, built)}, writing ${ms(built, performance.now())}\n`);
  }
  process.stdout.write(`${summaryLine(counts)} in ${seconds.toFixed(2)} s\n`);
  if (!options.quiet) process.stdout.write(`wrote ${written.map((f) => `${options.output}/${f}`).join(', ')}\n`);
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`ingest: ${error.message}\n${INGEST_USAGE.split('\n')[0]}\n(npm run ingest -- --help shows every option)\n`);
    process.exitCode = 2;
  } else if (error instanceof RunError) {
    process.stderr.write(`ingest: ${error.message}\n`);
    process.exitCode = 1;
  } else {
    // A bug, not bad input: still no stack trace for the user, but a way to get one.
    process.stderr.write(`ingest: internal error: ${(error as Error)?.message ?? error}${process.env.INGEST_DEBUG ? `\n${(error as Error)?.stack}` : ' (run with INGEST_DEBUG=1 to see where)'}\n`);
    process.exitCode = 1;
  }
}
