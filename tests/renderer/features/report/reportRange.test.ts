import { describe, expect, it } from 'vitest';
import {
  defaultReportRange,
  keepOffered,
  readRangeInput,
} from '../../../../renderer/features/report/reportRange.js';
import type { LocalDate } from '../../../../shared/domain/practice/calendar.js';

describe('defaultReportRange', () => {
  it.each([
    ['2026-11-25', '2026-10-29'],
    ['2026-03-01', '2026-02-02'],
    ['2028-03-01', '2028-02-03'],
  ])('ends on %s and covers the four weeks up to it, from %s', (today, from) => {
    expect(defaultReportRange(today as LocalDate)).toEqual({ from, to: today });
  });
});

describe('readRangeInput', () => {
  it.each([
    ['2026-11-01', '2026-11-25', { ok: true, range: { from: '2026-11-01', to: '2026-11-25' } }],
    ['2026-11-25', '2026-11-25', { ok: true, range: { from: '2026-11-25', to: '2026-11-25' } }],
    ['', '2026-11-25', { ok: false, problem: 'Choose the first day.' }],
    ['2026-11-01', '2026-02-30', { ok: false, problem: 'Choose the last day.' }],
    ['2026-11-26', '2026-11-25', { ok: false, problem: 'The first day is after the last.' }],
    // 366 days, both ends counted, and one more.
    ['2025-11-25', '2026-11-25', { ok: true, range: { from: '2025-11-25', to: '2026-11-25' } }],
    ['2025-11-24', '2026-11-25', { ok: false, problem: 'A report covers at most 366 days.' }],
  ])('reads %j to %j', (from, to, expected) => {
    expect(readRangeInput(from, to)).toEqual(expected);
  });
});

describe('keepOffered', () => {
  it('keeps the ticked reflections still offered, and drops the rest', () => {
    const offered = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect([...keepOffered(new Set(['c', 'x', 'a']), offered)]).toEqual(['a', 'c']);
    expect([...keepOffered(new Set(), offered)]).toEqual([]);
  });
});
