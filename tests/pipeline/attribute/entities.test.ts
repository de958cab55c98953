import { describe, expect, it } from 'vitest';
import { readNames, Registry } from '../../../scripts/pipeline/attribute/entities.ts';

/** Every entity readNames registers for one sentence (with the roles it read). */
function registered(sentence: string) {
  const reg = new Registry();
  readNames(reg, sentence, 0, sentence.length, 0);
  return reg.entities;
}

/** The names readNames registers for one sentence, in reading order. */
function names(sentence: string): string[] {
  const reg = new Registry();
  return readNames(reg, sentence, 0, sentence.length, 0).map((n) => reg.entities[n.entity].name);
}

describe('readNames: words that open a sentence are not part of a name', () => {
  it.each([
    ['"Like" before a name', 'Like Instagram head Adam Mosseri, Twitter chief Jack Dorsey has spoken out.', ['Adam Mosseri', 'Jack Dorsey']],
    ['"Unlike" before a name', 'Unlike Boeing chief Dave Calhoun, Airbus chief Guillaume Faury said little.', ['Dave Calhoun', 'Guillaume Faury']],
  ])('%s', (_name, sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });
});

describe('readNames: surnames with particles', () => {
  it.each([
    ['small particles inside a full name', 'European Commission President Ursula von der Leyen arrived on Monday.', ['Ursula von der Leyen']],
    ['a surname that opens with its particles, written small', 'The talks, von der Leyen said, were useful.', ['von der Leyen']],
    ['particles of one word and capitalised particles', 'Charles de Gaulle and Ludwig van Beethoven met Mark Van Dyke.', ['Charles de Gaulle', 'Ludwig van Beethoven', 'Mark Van Dyke']],
    ['a particle-like word that ends a name stays in it', 'Sam Van said so.', ['Sam Van']],
  ])('%s', (_name, sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });
});

describe('readNames: bodies joined by "and"', () => {
  it.each([
    ['one institution with "and" in its name', 'The Food and Drug Administration said so.', ['Food and Drug Administration']],
    ['a foundation with two first names', 'The Bill and Melinda Gates Foundation said so.', ['Bill and Melinda Gates Foundation']],
    ['two companies', 'Big Machine and Dick Clark Productions reached a deal.', ['Big Machine', 'Dick Clark Productions']],
  ])('%s', (_name, sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });
});

describe('readNames: bodies named by their last word', () => {
  it.each([
    ['a journal', 'The case was described in BMJ Case Reports on Monday.', 'BMJ Case Reports'],
    ['a hospital', 'Dr. Owen Dempsey works at the Aberdeen Royal Infirmary in the UK.', 'Aberdeen Royal Infirmary'],
    ['a production company', 'However, Dick Clark Productions denied it.', 'Dick Clark Productions'],
  ])('%s', (_name, sentence, body) => {
    const reg = new Registry();
    const found = readNames(reg, sentence, 0, sentence.length, 0).map((n) => reg.entities[n.entity]);
    expect(found.find((e) => e.name === body)?.kind).toBe('organisation');
  });
});

describe('readNames: places are no one’s name', () => {
  it.each([
    ['a name ending in "City"', '“We came up short,” Oklahoma City coach Billy Donovan said.', ['Billy Donovan']],
    ['a US state', 'The governor of South Dakota, Kristi Noem, defended the campaign.', ['Kristi Noem']],
    ['a county', 'Orange County sheriff Don Barnes said so.', ['Don Barnes']],
    ['a sea feature', 'Scarborough Shoal and the South China Sea were named by Tsai Ing-wen.', ['Tsai Ing-wen']],
  ])('%s', (_name, sentence, expected) => {
    expect(registered(sentence).filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(expected);
  });
});

describe('readNames: a role’s object belongs to the role', () => {
  it.each([
    ['without commas', 'China’s ambassador to Britain Liu Xiaoming has said so.', 'China’s ambassador to Britain'],
    ['between commas', 'China’s ambassador to Britain, Liu Xiaoming, has said so.', 'China’s ambassador to Britain'],
  ])('%s', (_name, sentence, role) => {
    expect(registered(sentence).find((e) => e.name === 'Liu Xiaoming')?.roles).toEqual([role]);
  });
});

describe('readNames: a role after the name', () => {
  it.each([
    ['an appositive with no closing comma ends at the verb', 'Ferdinand Suzuki, a State Department spokesperson said on Monday.', 'a State Department spokesperson'],
    ['a relative clause keeps its verb', 'Ida Berg, a lawyer who called the plan reckless, left.', 'a lawyer who called the plan reckless'],
  ])('%s', (_name, sentence, role) => {
    expect(registered(sentence).find((e) => e.kind === 'person')?.roles).toEqual([role]);
  });
});
