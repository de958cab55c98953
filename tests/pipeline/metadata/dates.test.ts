import { describe, expect, it } from 'vitest';
import { dateLabel, findDate, isCalendarWord, isDateOnlyLine, isoDate } from '../../../scripts/pipeline/metadata/dates.ts';

describe('findDate', () => {
  it.each([
    ['Thursday, June 20, 2024', '2024-06-20'],
    ['20 June 2024', '2024-06-20'],
    ['June 20, 2024', '2024-06-20'],
    ['Jun. 20, 2024 10:31 pm', '2024-06-20'],
    ['2024-06-20', '2024-06-20'],
    ['Published: 5 August 2020 12:30 BST', '2020-08-05'],
    ['Updated 21st March 2023', '2023-03-21'],
    ['NOVEMBER 20, 2019 10:43', '2019-11-20'],
    ['Posted 2019-11-20T08:15:00Z', '2019-11-20'],
    ['25/12/2023', '2023-12-25'],
    ['20.06.2024', '2024-06-20'],
    ['04.05.2024', '2024-05-04'],
    ['2024年6月20日', '2024-06-20'],
    ['Published 8:15 AM EDT, Tue June 4, 2024', '2024-06-04'],
  ])('%s -> %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it.each([
    'Le said on Wednesday that talks were possible.',
    'Officials had also warned the US over the trip this week.',
    'the months leading to the US election in November',
    'the first visit by a top US diplomat to China since October 2018',
    'Blinken is visiting China from June 18-19.',
    'Taiwan has been governed by its local administration since 1949.',
    'February 30, 2024',
  ])('states no calendar date: %s', (text) => {
    expect(findDate(text)).toBeNull();
  });

  it('flags day-month order it cannot tell', () => {
    expect(findDate('04/05/2024')).toMatchObject({ ambiguous: true });
    expect(findDate('13/05/2024')).toMatchObject({ iso: '2024-05-13', ambiguous: false });
  });

  it('checks the calendar', () => {
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2023, 2, 29)).toBeNull();
  });
});

describe('isDateOnlyLine / dateLabel', () => {
  it.each([
    ['Thursday, June 20, 2024', true],
    ['Published: 5 August 2020 12:30 BST', true],
    ['11/20/2019 01:14 PM', true],
    ['The talks took place on June 20, 2024 in Geneva.', false],
    ['Thursday', false],
  ])('%s date-only: %s', (line, expected) => {
    expect(isDateOnlyLine(line)).toBe(expected);
  });

  it.each([
    ['Published: 5 August 2020', 'published'],
    ['Last updated: June 3, 2021', 'updated'],
    ['The report was published on Monday.', 'published'],
    ['This article was first published on June 20, 2024.', 'published'],
    ['Officials said the report was ready.', null],
    ['Date 14/09/2021', 'published'],
    ['Date: 2 March 2019', 'published'],
    ['Dated 11 May 2020', 'published'],
    ['Date night is back on the menu', null],
  ])('%s -> %s', (line, expected) => {
    expect(dateLabel(line)).toBe(expected);
  });
});

describe('isCalendarWord', () => {
  it.each([['Monday', true], ['Tues.', true], ['May', true], ['Sept.', true], ['Relations', false], ['Research', false], ['constructor', false]] as const)('%s -> %s', (word, expected) => {
    expect(isCalendarWord(word)).toBe(expected);
  });
});
