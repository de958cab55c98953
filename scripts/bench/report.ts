// The benchmark's options and its figures as text. Pure.

/** Options of `npm run bench`. */
export interface BenchOptions {
  articles: number;
  seed: number;
  /** Where to work (default: a folder under the system's temp dir). */
  work: string | null;
  /** Skip the whole build and the baseline (measure the build script only). */
  ingestOnly: boolean;
  /** Skip the CPU profile of the build script. */
  profile: boolean;
  /** Skip the browser checks (page weight is still measured). */
  browser: boolean;
}

/** Usage of `npm run bench`. */
export const BENCH_USAGE = `usage: npm run bench -- [--articles N] [--seed S] [--work DIR] [--ingest-only] [--no-profile] [--no-browser]`;

/** Parses the bench's arguments; throws with a readable message on a bad one. */
export function parseBenchArgs(argv: string[]): BenchOptions {
  const o: BenchOptions = { articles: 1000, seed: 1, work: null, ingestOnly: false, profile: true, browser: true };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].includes('=') ? [argv[i].slice(0, argv[i].indexOf('=')), argv[i].slice(argv[i].indexOf('=') + 1)] : [argv[i], undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value`);
      return v;
    };
    const count = (v: string) => {
      if (!/^\d+$/.test(v) || Number(v) < 1) throw new Error(`${flag} needs a whole number above 0, not "${v}"`);
      return Number(v);
    };
    if (flag === '--articles' || flag === '-n') o.articles = count(value());
    else if (flag === '--seed') o.seed = count(value());
    else if (flag === '--work') o.work = value();
    else if (flag === '--ingest-only') o.ingestOnly = true;
    else if (flag === '--no-profile') o.profile = false;
    else if (flag === '--no-browser') o.browser = false;
    else throw new Error(`unknown option "${argv[i]}"\n${BENCH_USAGE}`);
  }
  return o;
}

/** Bytes as a short human figure. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

/** The figures of the last line. */
export interface BenchFigures {
  n: number;
  pages: number | null;
  ingestPerSecond: number;
  buildSeconds: number | null;
  baselineSeconds: number | null;
  peakMb: number;
}

/** The closing line for scripts: `BENCH n=… pages=… ingest_per_s=… build_s=… baseline_s=… ratio=… peak_mb=…` (`na` where not measured). */
export function benchLine(f: BenchFigures): string {
  const na = (v: number | null, digits: number) => (v === null || !Number.isFinite(v) ? 'na' : v.toFixed(digits));
  const ratio = f.buildSeconds !== null && f.baselineSeconds ? f.buildSeconds / f.baselineSeconds : null;
  return `BENCH n=${f.n} pages=${f.pages ?? 'na'} ingest_per_s=${na(f.ingestPerSecond, 0)} build_s=${na(f.buildSeconds, 1)} baseline_s=${na(f.baselineSeconds, 1)} ratio=${na(ratio, 2)} peak_mb=${na(f.peakMb, 0)}`;
}

/** The median of a non-empty list. */
export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
