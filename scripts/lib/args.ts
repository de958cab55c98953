/** Parsed command-line options of the ingest CLI. */
export interface IngestOptions {
  input: string;
  output: string;
  topics: string;
  quiet: boolean;
  help: boolean;
}

export const INGEST_USAGE = `usage: npm run ingest -- [--input DIR] [--output DIR] [--topics FILE] [--quiet]

  --input DIR    folder of article files (default: content/articles)
  --output DIR   where corpus.json and the site's entries go (default: generated)
  --topics FILE  the topic list (default: content/topics.json)
  --quiet        print only problems and the summary`;

/** Parses argv (without node and script). Throws an Error with a readable message on a bad flag. */
export function parseIngestArgs(argv: string[]): IngestOptions {
  const options: IngestOptions = { input: 'content/articles', output: 'generated', topics: 'content/topics.json', quiet: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--input') options.input = value();
    else if (flag === '--output') options.output = value();
    else if (flag === '--topics') options.topics = value();
    else if (flag === '--quiet' || flag === '-q') options.quiet = true;
    else if (flag === '--help' || flag === '-h') options.help = true;
    else throw new Error(`unknown option "${arg}"`);
  }
  return options;
}
