import { describe, expect, it } from 'vitest';
import { findQuotes, isQuotation, scanMarks, transcriptLines } from '../../scripts/pipeline/05-quotes.ts';
import type { Paragraph } from '../../src/schemas/index.ts';

const paras = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ id: `p${i + 1}`, text, line: i * 2 + 1, role: 'body' }));
const texts = (...ps: string[]) => findQuotes(paras(...ps)).quotes.map((q) => q.text);

describe('findQuotes: marks', () => {
  it.each([
    ['curly double quotes', '“We will not back down,” the minister said.', ['We will not back down,']],
    ['straight double quotes', '"We will not back down," the minister said.', ['We will not back down,']],
    ['guillemets', '«We will not give in», the minister said.', ['We will not give in']],
    ['spaced guillemets', '« We will not give in », the minister said.', ['We will not give in']],
    ['low-high German marks', '„Wir brauchen eine Lösung“, she told the broadcaster ZDF.', ['Wir brauchen eine Lösung']],
    ['a closing mark used as opener', 'He said Lam was ”directly responsible” for the crackdown.', ['directly responsible']],
    ['single quotes as outer marks', "Marsh said engagement was 'not a reward but a necessity', she added.", ['not a reward but a necessity']],
    ['nested single inside double', '“There should be no ‘radio silence’ between the ministries,” he said.', ['There should be no ‘radio silence’ between the ministries,']],
    ['full stop kept inside the marks', 'Washington insisted the balloon collected “sensitive information.”', ['sensitive information.']],
    ['a double quotation inside a single-quoted one', "'The so-called \"freedom to travel\" cannot be a cover,' the spokesman said.", ['The so-called "freedom to travel" cannot be a cover,']],
    ['a plural possessive inside single quotes', "'It's the MPs' right to travel wherever they choose,' he said.", ["It's the MPs' right to travel wherever they choose,"]],
    ['a cue before an abbreviation', 'Mao said the U.S. should "stop smearing China" and look at home.', ['stop smearing China']],
    ['two quotes in one sentence', 'She said progress was made “on a number of fronts,” with a “desire to reduce tensions,” an official said.', ['on a number of fronts,', 'desire to reduce tensions,']],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it.each([
    ['contractions', 'We won’t back down and China’s leaders don’t either, he said.'],
    ['a decade', "Relations have been tense since the '90s, he said."],
    ['a decade with a curly mark', 'Relations have been tense since the ’90s, he said.'],
    ['plural possessives', "The workers' union and the ministers’ meeting went ahead, he said."],
  ])('apostrophes do not open quotations: %s', (_name, text) => {
    expect(texts(text)).toEqual([]);
  });
});

describe('findQuotes: quotations over several paragraphs', () => {
  it('gives each paragraph of a running quotation its own span, closed only at the end', () => {
    const found = findQuotes(paras('He said: “First, keep the lines open.', '“Dialogue should not be put on hold.', '“I stand ready for talks.”', 'He left.'));
    expect(found.quotes.map((q) => [q.paragraph, q.text, q.closed])).toEqual([
      [0, 'First, keep the lines open.', false],
      [1, 'Dialogue should not be put on hold.', false],
      [2, 'I stand ready for talks.', true],
    ]);
    expect(found.findings).toEqual([]);
  });

  it('reports a quotation cut off by the end of the text and does not count it', () => {
    const found = findQuotes(paras('The paper wrote that Japan was “playing with fire” and warned that “those who'));
    expect(found.quotes.map((q) => q.text)).toEqual(['playing with fire']);
    expect(found.findings.map((f) => [f.rule, f.line])).toEqual([['unclosed-quote', 1]]);
  });

  it('keeps a quotation paragraph that only lacks its closing mark, with a warning', () => {
    const found = findQuotes(paras('“We will respond firmly to any provocation.', 'The talks ended on Friday.'));
    expect(found.quotes.map((q) => q.text)).toEqual(['We will respond firmly to any provocation.']);
    expect(found.findings.map((f) => f.rule)).toEqual(['unclosed-quote']);
  });

  it('does not crash on thousands of marks', () => {
    expect(() => findQuotes(paras('“'.repeat(5000), '"a" '.repeat(5000)))).not.toThrow();
  });
});

describe('isQuotation: words someone said versus terms and scare quotes', () => {
  it.each([
    ['a partial quote in reported speech', 'give an inch', 'the official made it clear that Beijing would not ', '', true],
    ['a short quote with a speaker after it', 'Profound differences', '', ' between the two, however, were clear, the official added.', true],
    ['a whole sentence', 'Peace must be backed by strength.', '', '', true],
    ['a short sentence standing alone', 'Not ordinary people.', '', '', true],
    ['a term after so-called', 'Taiwan independence', 'He opposed so-called ', '', false],
    ['a term after dubbed', 'Wolf Warrior', 'a style of diplomacy dubbed ', '', false],
    ['a short term with no speaker in the sentence', 'one country, two systems', 'Hong Kong is governed under the ', ' framework.', false],
    ['a title-case name of a thing', 'Belt and Road', 'Italy joined the ', ' scheme in 2019 and later said it would leave.', false],
  ])('%s', (_name, text, before, after, expected) => {
    expect(isQuotation(text, before, after)).toBe(expected);
  });

  it('drops scare quotes inside whole paragraphs', () => {
    expect(texts('Beijing regards the island as a "renegade province" under its "one China" policy.')).toEqual([]);
  });
});

describe('scanMarks', () => {
  it('pairs marks in one pass and marks an open quotation at the end', () => {
    expect(scanMarks('a “b” c “d')).toEqual([{ open: 2, close: 4 }, { open: 8, close: null }]);
  });
});

describe('transcriptLines', () => {
  it('reads speaker labels when the article is laid out as a transcript', () => {
    const ps = paras('The following is an excerpt of the briefing by spokesperson Nora Quist.', 'MS. QUIST: Good afternoon.', 'QUESTION: Any news on sanctions?', 'MS. QUIST: Not today.');
    expect([...transcriptLines(ps)].map(([i, t]) => [i, t.label])).toEqual([[1, 'MS. QUIST'], [3, 'MS. QUIST']]);
    const q = findQuotes(ps).quotes;
    expect(q.map((x) => [x.text, x.label])).toEqual([['Good afternoon.', 'MS. QUIST'], ['Not today.', 'MS. QUIST']]);
  });

  it('takes outlets as question labels, not speakers', () => {
    const ps = paras('Spokesperson Mao Ning took questions.', 'Reuters: The U.S. hoped the island would remain “a model for democracy.” What is your response?', 'Mao Ning: We are strongly dissatisfied.', 'AFP: Anything else?', 'Mao Ning: No.');
    expect([...transcriptLines(ps).keys()]).toEqual([2, 4]);
    expect(findQuotes(ps).quotes.map((q) => q.text)).toEqual(['a model for democracy.', 'We are strongly dissatisfied.', 'No.']);
  });

  it('ignores one-word labels the article never introduces, and an interview’s Q and A turns', () => {
    expect(transcriptLines(paras('Notes from the page.', 'Text: first part', 'Text: second part')).size).toBe(0);
    expect(transcriptLines(paras('An interview with the chief executive.', 'Q: Why now?', 'A: Because the market is ready.')).size).toBe(0);
  });

  it('ignores a single labelled line and promotion labels', () => {
    expect(transcriptLines(paras('JUST IN: China vs India: drills begin', 'Le said: “We will not back down.”')).size).toBe(0);
    expect(transcriptLines(paras('READ MORE: Trade talks', 'WATCH: The summit', 'Body text.')).size).toBe(0);
  });
});
