import { MAX_FILE_BYTES } from '../pipeline/01-decode.ts';

/** Parsed command-line options of the ingest CLI. */
export interface IngestOptions {
  input: string;
  output: string;
  topics: string;
  quiet: boolean;
  help: boolean;
  /** Worker threads for the per-article analysis beside the main thread: null = one per other core (none for small inputs), 0 = none. */
  workers: number | null;
}

/** A command line the CLI cannot run: exit status 2, the message and the usage. */
export class UsageError extends Error {}

export const INGEST_USAGE = `usage: npm run ingest -- [--input DIR] [--output DIR] [--topics FILE] [--workers N] [--quiet]

Reads every article file in DIR (plain text, UTF-8 or UTF-16 with BOM, optional YAML front matter)
and writes corpus.json, corpus.schema.json and quotes.csv to the output folder.

  --input DIR    folder of article files (default: content/articles)
  --output DIR   where the corpus files go (default: generated); replaced only when the run succeeds
  --topics FILE  the topic list (default: content/topics.json)
  --workers N    worker threads analysing articles beside the main thread (default: one per other core; 0: none)
  --quiet, -q    print only problems and the summary
  --help, -h     show this help

Problems are printed one per line as "file:line rule message". Content problems are warnings:
the article is still published, or, when it cannot be read (empty, binary, over ${MAX_FILE_BYTES} bytes),
skipped while the others come out. Invalid front matter is an error an editor must fix.

exit status: 0 written (maybe with warnings), 1 input errors (nothing written), 2 bad command line`;

/** Splits `--flag=value`; returns the flag and its inline value. */
const splitFlag = (arg: string): [string, string | undefined] =>
  arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];

/** Reads the value of the flag at argv[i] (inline or next); throws UsageError when missing. */
function takeValue(argv: string[], i: number, flag: string, inline: string | undefined): [string, number] {
  const v = inline ?? argv[i + 1];
  if (v === undefined || v === '' || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
  return [v, inline === undefined ? i + 1 : i];
}

/** Parses the ingest argv (without node and script). Throws UsageError with a readable message on a bad flag. */
export function parseIngestArgs(argv: string[]): IngestOptions {
  const options: IngestOptions = { input: 'content/articles', output: 'generated', topics: 'content/topics.json', quiet: false, help: false, workers: null };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = splitFlag(argv[i]);
    if (flag === '--input' || flag === '--output' || flag === '--topics') {
      let v: string;
      [v, i] = takeValue(argv, i, flag, inline);
      options[flag.slice(2) as 'input' | 'output' | 'topics'] = v;
    } else if (flag === '--workers') {
      let v: string;
      [v, i] = takeValue(argv, i, flag, inline);
      if (!/^\d{1,3}$/.test(v)) throw new UsageError(`--workers needs a whole number (0 analyses in the main thread), not "${v}"`);
      options.workers = Number(v);
    } else if ((flag === '--quiet' || flag === '-q') && inline === undefined) options.quiet = true;
    else if ((flag === '--help' || flag === '-h') && inline === undefined) options.help = true;
    else if (!flag.startsWith('-')) throw new UsageError(`unexpected argument "${argv[i]}" (folders are given with --input DIR)`);
    else throw new UsageError(`unknown option "${argv[i]}"`);
  }
  return options;
}

/** One annotated set for the evaluation: a gold file and the folder of the articles it annotates. */
export interface GoldSet {
  gold: string;
  articles: string;
}

/** Parsed command-line options of the eval CLI. */
export interface EvalOptions {
  /** Gold sets given on the command line; empty means the project's defaults. */
  sets: GoldSet[];
  topics: string;
  json: boolean;
  /** Exit 1 when the overall quote F1 is below this. */
  minF1: number | null;
  /** How many of the worst articles to list. */
  worst: number;
  help: boolean;
}

export const EVAL_USAGE = `usage: npm run eval -- [--gold FILE --articles DIR]... [--topics FILE] [--json] [--min-f1 X] [--worst N]

Runs the analysis over annotated article folders and scores it against their gold files
(the rules of the shared scorer: quotes on word positions with the 80% rule, speakers, titles,
dates, sources, cleaning, topics). Prints the figures per gold set and overall, and the worst articles.

  --gold FILE --articles DIR  an annotated set (repeatable, in pairs); default: the seeds in
                              content/articles with tests/fixtures/gold/seeds.gold.json, and
                              tests/fixtures/articles with tests/fixtures/gold/hard-cases.gold.json
  --topics FILE               the topic list (default: content/topics.json)
  --json                      print the figures as JSON
  --min-f1 X                  exit 1 when the overall quote F1 is below X (0..1)
  --worst N                   list the N worst articles (default 5)
  --help, -h                  show this help

exit status: 0 scored, 1 below --min-f1, 2 bad command line or unreadable gold/articles`;

/** Parses the eval argv. Throws UsageError with a readable message on a bad flag. */
export function parseEvalArgs(argv: string[]): EvalOptions {
  const options: EvalOptions = { sets: [], topics: 'content/topics.json', json: false, minF1: null, worst: 5, help: false };
  const golds: string[] = [];
  const dirs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = splitFlag(argv[i]);
    let v: string;
    if (flag === '--gold') [v, i] = takeValue(argv, i, flag, inline), golds.push(v);
    else if (flag === '--articles') [v, i] = takeValue(argv, i, flag, inline), dirs.push(v);
    else if (flag === '--topics') [options.topics, i] = takeValue(argv, i, flag, inline);
    else if (flag === '--min-f1' || flag === '--worst') {
      [v, i] = takeValue(argv, i, flag, inline);
      const n = Number(v);
      if (flag === '--min-f1') {
        if (!/^\d*\.?\d+$/.test(v) || n > 1) throw new UsageError(`--min-f1 needs a number from 0 to 1, not "${v}"`);
        options.minF1 = n;
      } else {
        if (!/^\d+$/.test(v)) throw new UsageError(`--worst needs a whole number, not "${v}"`);
        options.worst = n;
      }
    } else if (flag === '--json' && inline === undefined) options.json = true;
    else if ((flag === '--help' || flag === '-h') && inline === undefined) options.help = true;
    else throw new UsageError(`unknown option "${argv[i]}"`);
  }
  if (golds.length !== dirs.length) throw new UsageError(`give --gold and --articles in pairs (got ${golds.length} --gold, ${dirs.length} --articles)`);
  options.sets = golds.map((gold, k) => ({ gold, articles: dirs[k] }));
  return options;
}
