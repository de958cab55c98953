// `npm run eval`: runs the analysis in-process over annotated article folders and scores it against their gold
// files (scripts/lib/score.ts, the rules of the shared scorer), per gold set and overall, with the worst articles.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { TopicListSchema } from '../src/schemas/index.ts';
import { EVAL_USAGE, parseEvalArgs, UsageError, type GoldSet } from './lib/args.ts';
import { listArticleFiles } from './lib/read-inputs.ts';
import { analyseFiles } from './lib/run-pipeline.ts';
import { formatMetrics, formatWorst, scoreLine } from './lib/score-report.ts';
import { addTotals, emptyTotals, GoldError, GoldFileSchema, metricsOf, scoreCorpus, worstArticles, type Score } from './lib/score.ts';
import { buildCorpus } from './pipeline/build-corpus.ts';

/** The project's own annotated sets, used when none is given; a set whose files are not there yet is left out. */
const DEFAULT_SETS: GoldSet[] = [
  { gold: 'tests/fixtures/gold/seeds.gold.json', articles: 'content/articles' },
  { gold: 'tests/fixtures/gold/hard-cases.gold.json', articles: 'tests/fixtures/articles' },
  { gold: 'tests/fixtures/holdout/holdout.gold.json', articles: 'tests/fixtures/holdout/articles' },
  { gold: 'tests/fixtures/holdout2/holdout2.gold.json', articles: 'tests/fixtures/holdout2/articles' },
  { gold: 'tests/fixtures/holdout3/holdout3.gold.json', articles: 'tests/fixtures/holdout3/articles' },
];

const articlesWord = (n: number) => `${n} article${n === 1 ? '' : 's'}`;

/** A problem with the eval's own inputs: exit status 2. */
class EvalError extends Error {}

function readJson(path: string, what: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new EvalError(`cannot read the ${what} ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
}

/** Runs the pipeline over one set's folder and scores the result. */
function evaluateSet(set: GoldSet, topicsPath: string): Score {
  const parsed = GoldFileSchema.safeParse(readJson(set.gold, 'gold file'));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EvalError(`${set.gold}: field "${issue.path.join('.')}": ${issue.message}`);
  }
  if (!existsSync(set.articles) || !statSync(set.articles).isDirectory()) throw new EvalError(`articles folder not found: ${set.articles}`);
  const topics = TopicListSchema.parse(readJson(topicsPath, 'topic list'));
  const files = listArticleFiles(set.articles);
  const corpus = buildCorpus(analyseFiles(set.articles, files, topics), topics);
  const sourceOf = (file: string) => {
    try {
      return readFileSync(join(set.articles, file), 'utf8');
    } catch {
      throw new EvalError(`${set.gold} annotates ${file}, which is not in ${set.articles}`);
    }
  };
  try {
    return scoreCorpus(parsed.data, corpus, sourceOf);
  } catch (error) {
    if (error instanceof GoldError) throw new EvalError(`${set.gold}: ${error.message}`);
    throw error;
  }
}

function main(argv: string[]): number {
  const options = parseEvalArgs(argv);
  if (options.help) {
    process.stdout.write(`${EVAL_USAGE}\n`);
    return 0;
  }
  const sets = options.sets.length ? options.sets : DEFAULT_SETS.filter((s) => existsSync(s.gold) && existsSync(s.articles));
  if (sets.length === 0) throw new EvalError('no gold set found: give --gold FILE --articles DIR');
  const results = sets.map((set) => ({ set, name: basename(set.gold).replace(/\.gold\.json$|\.json$/, ''), score: evaluateSet(set, options.topics) }));
  const totals = results.reduce((sum, r) => addTotals(sum, r.score.totals), emptyTotals());
  const overall = metricsOf(totals, results.flatMap((r) => r.score.metrics.splitPeople.map((p) => `${p} (${r.name})`)));
  const articleCount = results.reduce((n, r) => n + r.score.articles.length, 0);
  const worst = worstArticles(results.flatMap((r) => r.score.articles.map((a) => ({ ...a, set: r.name }))), options.worst) as Array<ReturnType<typeof worstArticles>[number] & { set: string }>;

  if (options.json) {
    const sets = Object.fromEntries(results.map((r) => [r.name, { gold: r.set.gold, articles: r.set.articles, ...r.score.metrics, totals: r.score.totals, perArticle: r.score.articles.map((a) => ({ file: a.file, problems: a.problems })) }]));
    process.stdout.write(`${JSON.stringify({ overall: { ...overall, totals }, sets, worst: worst.map((w) => ({ set: w.set, file: w.file, problems: w.problems })) }, null, 1)}\n`);
  } else {
    const out: string[] = [];
    for (const r of results) {
      out.push(`== ${r.name} (${articlesWord(r.score.articles.length)}: ${r.set.gold} on ${r.set.articles})`, ...formatMetrics(r.score.metrics, r.score.totals, r.score.articles.length), '');
    }
    if (results.length > 1) out.push(`== overall (${articlesWord(articleCount)})`, ...formatMetrics(overall, totals, articleCount), '');
    out.push(worst.length ? `worst articles:` : 'worst articles: none, every article scores 100%', ...formatWorst(worst), '', scoreLine(overall));
    process.stdout.write(`${out.join('\n')}\n`);
  }
  if (options.minF1 !== null && overall.quoteF1 < options.minF1) {
    process.stderr.write(`eval: quote F1 ${overall.quoteF1.toFixed(3)} is below --min-f1 ${options.minF1}\n`);
    return 1;
  }
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) process.stderr.write(`eval: ${error.message}\n${EVAL_USAGE.split('\n')[0]}\n(npm run eval -- --help shows every option)\n`);
  else if (error instanceof EvalError) process.stderr.write(`eval: ${error.message}\n`);
  else process.stderr.write(`eval: internal error: ${(error as Error)?.message ?? error}${process.env.EVAL_DEBUG ? `\n${(error as Error)?.stack}` : ''}\n`);
  process.exitCode = 2;
}
