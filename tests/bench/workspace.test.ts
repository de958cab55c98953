import { describe, expect, it } from 'vitest';
import { baselineMarkdown } from '../../scripts/bench/workspace.ts';

describe('baselineMarkdown', () => {
  it('makes the first paragraph the heading and keeps the rest as paragraphs', () => {
    expect(baselineMarkdown('Talks stall over tariffs\n\nBEIJING (Reuters) - Talks stalled.\n\n“We will not move,” he said.\n')).toBe(
      '# Talks stall over tariffs\n\nBEIJING (Reuters) - Talks stalled.\n\n“We will not move,” he said.\n',
    );
  });

  it('drops front matter, a byte-order mark and CRLF line ends', () => {
    expect(baselineMarkdown('\uFEFF---\ntitle: X\n---\nHeadline\r\n\r\nBody.\r\n')).toBe('# Headline\n\nBody.\n');
  });
});
