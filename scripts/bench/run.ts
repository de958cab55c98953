// `npm run bench -- --articles N`: generates N synthetic articles and measures the build script, the whole
// build, peak memory, output size and a bare Astro baseline of as many pages; ends with one BENCH line.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateArticles, topicWords } from './generate.ts';
import { echoFilter } from './echo.ts';
import { dirStats, runMeasured, type Measured } from './measure.ts';
import { stageTimes, type CpuProfile } from './profile.ts';
import { lighthouseReport, measureLighthouse } from './lighthouse.ts';
import { measurePageWeight, pageWeightReport } from './page-weight.ts';
import { benchLine, BENCH_USAGE, formatBytes, parseBenchArgs } from './report.ts';
import { measureSearch, pickQueries, searchReport } from './search-latency.ts';
import { makeBaseline, makeWorkspace } from './workspace.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const started = performance.now();
const say = (message: string) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s] ${message}\n`);
/** The browser that search latency and Lighthouse drive (Debian's package). */
const CHROMIUM = '/usr/bin/chromium';
const out = (line: string) => process.stdout.write(`${line}\n`);

async function step(name: string, work: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Measured> {
  say(`${name}: ${command} ${args.join(' ')}`);
  const log: string[] = [];
  const filter = echoFilter();
  const onLine = (line: string, t: number) => {
    log.push(`${t.toFixed(2)}\t${line}`);
    const shown = filter.show(line, t);
    if (shown !== null) process.stderr.write(`    | ${shown}\n`);
  };
  const m = await runMeasured(command, args, { cwd, env, onLine });
  const hidden = filter.hidden();
  if (hidden) process.stderr.write(`    | ${hidden}\n`);
  writeFileSync(join(work, `${name}.log`), log.join('\n') + '\n');
  say(`${name}: ${m.code === 0 ? 'done' : `FAILED (exit ${m.code})`} in ${m.seconds.toFixed(1)} s (CPU ${m.cpuSeconds.toFixed(1)} s), peak ${m.peakMb.toFixed(0)} MB (log: ${name}.log)`);
  return m;
}

/** The folder Astro wrote: dist, unless the project's config names another with more pages. */
function findOutput(dir: string): string | null {
  const candidates = ['dist', 'build', 'public-dist'].map((d) => join(dir, d)).filter(existsSync);
  return candidates.sort((a, b) => dirStats(b).pages - dirStats(a).pages)[0] ?? null;
}

/** Per step of the build (between its `build: <step> done in` lines): highest summed RSS and CPU seconds used. */
function byStep(m: Measured): Array<{ name: string; peakMb: number; cpuSeconds: number }> {
  const ends = m.lines.filter(([, l]) => /^build: .+ done in /.test(l)).map(([t, l]) => [t, /^build: (.+?) done in/.exec(l)![1]] as [number, string]);
  const out: Array<{ name: string; peakMb: number; cpuSeconds: number }> = [];
  let from = 0;
  let cpuAt = 0;
  for (const [t, name] of [...ends, [Infinity, 'after the last step'] as [number, string]]) {
    const inside = m.memory.filter(([s]) => s >= from && s <= t);
    const cpuEnd = inside.at(-1)?.[2] ?? cpuAt;
    if (inside.length) out.push({ name, peakMb: Math.max(...inside.map(([, mb]) => mb)), cpuSeconds: cpuEnd - cpuAt });
    cpuAt = cpuEnd;
    from = t;
  }
  return out;
}

async function main(): Promise<void> {
  let options;
  try {
    options = parseBenchArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`bench: ${(e as Error).message}\n`);
    process.exit(2);
  }
  const n = options.articles;
  const work = resolve(options.work ?? join(tmpdir(), `quote-ledger-bench-${n}`));
  mkdirSync(work, { recursive: true });
  const site = join(work, 'site');
  const bin = join(site, 'node_modules', '.bin');
  const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };

  say(`work folder ${work}; ${n} articles, seed ${options.seed}; load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  const articlesDir = makeWorkspace(root, site);
  const topics = topicWords(JSON.parse(readFileSync(join(root, 'content', 'topics.json'), 'utf8')));
  const tGen = performance.now();
  const texts: string[] = [];
  let inputBytes = 0;
  for (const a of generateArticles({ articles: n, seed: options.seed, topics })) {
    writeFileSync(join(articlesDir, a.file), a.text);
    inputBytes += Buffer.byteLength(a.text);
    if (texts.length < 2000) texts.push(a.text);
  }
  say(`generated ${n} articles (${formatBytes(inputBytes)}) in ${((performance.now() - tGen) / 1000).toFixed(1)} s`);

  // (a) The build script alone.
  const ingestOut = join(work, 'ingest-out');
  const ingest = await step('ingest', work, join(bin, 'tsx'), ['scripts/ingest.ts', '--input', 'content/articles', '--output', ingestOut, '--quiet'], site, env);
  if (ingest.code !== 0) throw new Error(`the build script failed:\n${ingest.tail.join('\n')}`);
  const summary = ingest.lines.map(([, l]) => l).find((l) => /\bin [\d.]+ s\b/.test(l)) ?? '';
  const inner = Number(/\bin ([\d.]+) s\b/.exec(summary)?.[1] ?? NaN);
  const ingestPerSecond = n / ingest.seconds;
  const corpusBytes = existsSync(join(ingestOut, 'corpus.json')) ? dirStats(ingestOut).bytes : 0;
  const warnings = ingest.lines.filter(([, l]) => /^\S+:\S* \S+ /.test(l) && !l.startsWith('wrote')).length;

  let stages: Array<[string, number]> = [];
  if (options.profile) {
    const profDir = join(work, 'profile');
    rmSync(profDir, { recursive: true, force: true });
    const prof = await step('ingest-profiled', work, join(bin, 'tsx'), ['--cpu-prof', `--cpu-prof-dir=${profDir}`, 'scripts/ingest.ts', '--input', 'content/articles', '--output', join(work, 'ingest-out-profiled'), '--quiet'], site, env);
    const files = existsSync(profDir) ? readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile')) : [];
    if (prof.code === 0 && files.length) {
      // One profile per thread (the build script analyses articles in worker threads): stage times summed over all.
      const totals = new Map<string, number>();
      for (const f of files) for (const [stage, ms] of stageTimes(JSON.parse(readFileSync(join(profDir, f), 'utf8')) as CpuProfile)) totals.set(stage, (totals.get(stage) ?? 0) + ms);
      stages = [...totals].filter(([stage]) => stage !== '(idle)').sort((a, b) => b[1] - a[1]);
    }
  }

  out('');
  out(`machine: ${cpus().length} CPUs; load average now ${loadavg().map((l) => l.toFixed(1)).join(' ')} (other work on the machine slows wall times; CPU times are steadier)`);
  out(`== benchmark: ${n} articles (seed ${options.seed}), ${formatBytes(inputBytes)} of input ==`);
  out(`build script alone: ${ingest.seconds.toFixed(2)} s wall (${Number.isFinite(inner) ? `${inner.toFixed(2)} s inside the script, ` : ''}incl. start-up) = ${ingestPerSecond.toFixed(0)} articles/s; CPU ${ingest.cpuSeconds.toFixed(2)} s = ${(n / ingest.cpuSeconds).toFixed(0)} articles per CPU-second; peak ${ingest.peakMb.toFixed(0)} MB; output ${formatBytes(corpusBytes)}`);
  if (summary) out(`  its summary: ${summary.trim()}`);
  out(`  problem lines printed: ${warnings}`);
  if (stages.length) {
    // The profile's sample times count time the process waited for the CPU too, so shares are shown, and each share of the measured CPU time.
    const total = stages.reduce((sum, [, ms]) => sum + ms, 0);
    out(`  per stage (CPU profile of a second run; each sample charged to the nearest project file on its stack; CPU ms = share x ${ingest.cpuSeconds.toFixed(1)} s of CPU):`);
    for (const [stage, ms] of stages.slice(0, 22)) {
      const share = ms / total;
      out(`    ${stage.padEnd(26)} ${(100 * share).toFixed(1).padStart(5)} %  ${((share * ingest.cpuSeconds * 1000) / n).toFixed(2).padStart(6)} CPU ms/article`);
    }
  }

  let pages: number | null = null;
  let build: Measured | null = null;
  let baseline: Measured | null = null;
  let peak = ingest.peakMb;
  if (!options.ingestOnly) {
    // (b) The whole build, through the project's own `npm run build`.
    build = await step('build', work, 'npm', ['run', '-s', 'build'], site, env);
    if (build.code !== 0) throw new Error(`the whole build failed:\n${build.tail.join('\n')}`);
    peak = Math.max(peak, build.peakMb);
    const dist = findOutput(site);
    if (!dist) throw new Error('the whole build wrote no dist folder');
    const size = dirStats(dist);
    pages = size.pages;
    out(`whole build (npm run build): ${build.seconds.toFixed(1)} s (CPU ${build.cpuSeconds.toFixed(1)} s); peak ${build.peakMb.toFixed(0)} MB; ${size.pages} pages, ${size.files} files, ${formatBytes(size.bytes)}`);
    out(`  pages per article: ${(size.pages / n).toFixed(2)}; bytes per article: ${formatBytes(size.bytes / n)}`);
    const pagefind = join(dist, 'pagefind');
    if (existsSync(pagefind)) {
      const pf = dirStats(pagefind);
      out(`  pagefind index: ${pf.files} files, ${formatBytes(pf.bytes)}`);
    } else out('  pagefind index: none written');
    out(`  by step of the build (peak summed RSS; CPU seconds, sampled): ${byStep(build).map((st) => `${st.name}: ${st.peakMb.toFixed(0)} MB, ${st.cpuSeconds.toFixed(1)} s CPU`).join('; ')}`);
    const marks = build.lines.filter(([, l]) => /pagefind|astro|building|generating|complete|ingest|summary|articles,/i.test(l) && !/\(\+\d+ms\)/.test(l)).slice(0, 40);
    if (marks.length) {
      out('  time line of the build (seconds since start):');
      for (const [t, l] of marks) out(`    ${t.toFixed(1).padStart(7)}  ${l.trim().slice(0, 110)}`);
    }

    // Page weight, search latency and Lighthouse on the whole build's output.
    say('page weight');
    for (const line of pageWeightReport(measurePageWeight(dist))) out(line);
    if (options.browser && !existsSync(CHROMIUM)) {
      out(`search latency and lighthouse: not measured, no Chromium at ${CHROMIUM} (apt-get install chromium, as .ci/run does)`);
    } else if (options.browser && existsSync(join(dist, 'search', 'index.html')) && existsSync(join(dist, 'pagefind'))) {
      const corpusPath = [join(dist, 'data', 'corpus.json'), join(ingestOut, 'corpus.json')].find(existsSync)!;
      const quotes = (JSON.parse(readFileSync(corpusPath, 'utf8')) as { quotes: Array<{ text: string }> }).quotes.map((q) => q.text);
      say('search latency in headless Chromium (20 queries)');
      try {
        for (const line of searchReport(await measureSearch(dist, 4391, pickQueries(quotes, 20, options.seed)))) out(line);
      } catch (e) {
        out(`search latency: could not be measured: ${(e as Error).message.split('\n')[0]}`);
      }
      say('lighthouse on one page of each type');
      try {
        for (const line of lighthouseReport(await measureLighthouse(dist, 4393))) out(line);
      } catch (e) {
        out(`lighthouse: could not run: ${(e as Error).message.split('\n')[0]}`);
      }
    }

    // (e) The baseline: a bare Astro build of as many plain Markdown pages.
    const baseDir = join(work, 'baseline');
    say(`baseline: writing ${pages} Markdown pages`);
    makeBaseline(root, baseDir, texts, pages);
    baseline = await step('baseline', work, join(bin, 'astro'), ['build'], baseDir, { ...env, PATH: `${join(baseDir, 'node_modules', '.bin')}:${process.env.PATH}` });
    if (baseline.code !== 0) throw new Error(`the baseline build failed:\n${baseline.tail.join('\n')}`);
    const bsize = dirStats(join(baseDir, 'dist'));
    out(`baseline (bare Astro, ${bsize.pages} Markdown pages of the same text, no layout): ${baseline.seconds.toFixed(1)} s (CPU ${baseline.cpuSeconds.toFixed(1)} s); peak ${baseline.peakMb.toFixed(0)} MB; ${formatBytes(bsize.bytes)}`);
    out(`ratio whole build / baseline: ${(build.seconds / baseline.seconds).toFixed(2)} wall, ${(build.cpuSeconds / baseline.cpuSeconds).toFixed(2)} CPU (target <= 1.5)`);
  }
  out(`peak memory (build script and whole build): ${peak.toFixed(0)} MB (target <= 2048)`);
  out(`targets: ingest >= 1000 articles/s: ${ingestPerSecond >= 1000 ? 'met' : 'NOT met'}${build && baseline ? `; ratio <= 1.5: ${build.seconds / baseline.seconds <= 1.5 ? 'met' : 'NOT met'}` : ''}; peak <= 2 GB: ${peak <= 2048 ? 'met' : 'NOT met'}`);
  out(benchLine({ n, pages, ingestPerSecond, buildSeconds: build?.seconds ?? null, baselineSeconds: baseline?.seconds ?? null, peakMb: peak }));
}

main().catch((e) => {
  process.stderr.write(`bench: ${(e as Error).message}\n${BENCH_USAGE}\n`);
  process.exit(1);
});
