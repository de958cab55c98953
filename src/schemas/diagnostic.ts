import { z } from 'astro/zod';

/** How bad a problem is: an `error` stops the run (front matter an editor must fix); a `warning` is reported and the article still comes out. */
export const SeveritySchema = z.enum(['error', 'warning']);

/** A problem found in an input file, reported as data (never thrown). */
export const DiagnosticSchema = z.object({
  /** The input file's name, e.g. `000_57f9dc8533c1c050.txt`. */
  file: z.string(),
  /** 1-based line in the input file, when the problem has one. */
  line: z.number().int().positive().nullable(),
  /** Stable rule id, kebab-case, e.g. `unclosed-quote`, `front-matter-type`. */
  rule: z.string(),
  /** One sentence a user can act on. */
  message: z.string(),
  severity: SeveritySchema,
});

export type Severity = z.infer<typeof SeveritySchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
