// Writes large JSON without building it as one string: at 10,000 articles corpus.json is hundreds of MB,
// and JSON.stringify of the whole corpus would hold it (twice, as UTF-16) in memory at once.
import { closeSync, openSync, writeSync } from 'node:fs';

/** Depth from which values are written whole: the top object and its lists are walked, their items are not. */
const WHOLE_DEPTH = 2;

/** Writes `value` to `path` exactly as `JSON.stringify(value, null, indent)` would, array item by array item. */
export function writeJsonStreamed(path: string, value: unknown, indent = 1): void {
  const fd = openSync(path, 'w');
  try {
    let buffer = '';
    const flush = () => {
      if (buffer) writeSync(fd, buffer);
      buffer = '';
    };
    const emit = (s: string) => {
      buffer += s;
      if (buffer.length > 1 << 20) flush();
    };
    const pad = (depth: number) => ' '.repeat(indent * depth);
    const write = (v: unknown, depth: number): void => {
      // Deeper down, a value is one item of the corpus's lists (an article, a quote, a speaker): small enough to
      // stringify whole, and JSON.stringify does that far faster than this walk. Its lines are indented to where it
      // sits (a line break in JSON.stringify's output is always layout: breaks inside strings are escaped).
      if (depth >= WHOLE_DEPTH && indent > 0) return emit((JSON.stringify(v, null, indent) ?? 'null').replace(/\n/g, `\n${pad(depth)}`));
      // Only arrays and plain objects are opened up; everything else is stringified whole (the same rules as JSON.stringify).
      if (Array.isArray(v)) {
        if (v.length === 0) return emit('[]');
        emit('[');
        v.forEach((item, i) => {
          emit(`${i ? ',' : ''}\n${pad(depth + 1)}`);
          if (item === undefined || typeof item === 'function' || typeof item === 'symbol') emit('null');
          else write(item, depth + 1);
        });
        return emit(`\n${pad(depth)}]`);
      }
      if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON !== 'function') {
        const entries = Object.entries(v).filter(([, x]) => x !== undefined && typeof x !== 'function' && typeof x !== 'symbol');
        if (entries.length === 0) return emit('{}');
        emit('{');
        entries.forEach(([k, x], i) => {
          emit(`${i ? ',' : ''}\n${pad(depth + 1)}${JSON.stringify(k)}: `);
          write(x, depth + 1);
        });
        return emit(`\n${pad(depth)}}`);
      }
      emit(JSON.stringify(v) ?? 'null');
    };
    write(value, 0);
    emit('\n');
    flush();
  } finally {
    closeSync(fd);
  }
}
