import { addDays, type LocalDate } from '../../shared/domain/practice/calendar.js';
import type { Category, Challenge, Difficulty } from '../../shared/domain/practice/challenges.js';
import type { PracticeRecord } from '../../shared/domain/practice/history.js';

/** The rules' tests run on a Thursday in ISO week 2026-W47. */
export const today = '2026-11-19' as LocalDate;
export const daysAgo = (days: number): LocalDate => addDays(today, -days);

/** An attempt as the rules see it: made yesterday, rejected, at difficulty 3. */
export const practiceRecord = (fields: Partial<PracticeRecord> = {}): PracticeRecord => ({
  on: daysAgo(1),
  challengeId: null,
  category: null,
  difficulty: 3,
  outcome: 'rejected',
  anticipatedSuds: 50,
  peakSuds: 40,
  afterSuds: 20,
  forPlanItem: false,
  ...fields,
});

/** A library challenge with just what the rules weigh. */
export const testChallenge = (
  slug: string,
  difficulty: Difficulty,
  category: Category,
): Challenge => ({
  id: `lib.${slug}`,
  title: slug,
  description: '',
  category,
  difficulty,
  boundaryNotes: '',
  source: 'library',
});
