import type { Attempt, AttemptInput } from '../../../shared/domain/practice/attempts.js';
import {
  checkBoundaries,
  type BoundaryAnswers,
} from '../../../shared/domain/practice/boundaryCheck.js';
import {
  addDays,
  isoWeekOf,
  localDateOf,
  mondayOf,
  type IsoWeek,
  type LocalDate,
} from '../../../shared/domain/practice/calendar.js';
import type { Challenge, ChallengeId } from '../../../shared/domain/practice/challenges.js';
import { assessStep, type StepAssessment } from '../../../shared/domain/practice/floodingGuard.js';
import type { PracticeRecord } from '../../../shared/domain/practice/history.js';
import type { InsightRange, Insights } from '../../../shared/domain/practice/insights.js';
import type {
  AttemptFields,
  Draft,
  DraftKey,
  DraftTarget,
} from '../../../shared/domain/practice/drafts.js';
import type {
  JournalFilter,
  JournalPage,
  SearchPage,
} from '../../../shared/domain/practice/journal.js';
import {
  assessWellbeing,
  type WellbeingNotice,
} from '../../../shared/domain/practice/knowWhenToQuit.js';
import type { Ladder } from '../../../shared/domain/practice/ladders.js';
import { suggestNextSteps, type NextStep } from '../../../shared/domain/practice/nextSteps.js';
import type { PlanItem } from '../../../shared/domain/practice/plans.js';
import type { TrustedPerson } from '../../../shared/domain/practice/profile.js';
import {
  assessOnboarding,
  type OnboardingAdvice,
  type SelfCheckAnswers,
  type WeeklyCheck,
} from '../../../shared/domain/practice/selfCheck.js';
import { AppFailure } from '../appFailure.js';
import type { DayFacts } from '../reminders/reminders.js';
import type { ReadDb, WriteTx } from '../database/statements.js';
import * as attempts from './attemptRepository.js';
import * as challenges from './challengeRepository.js';
import * as drafts from './draftRepository.js';
import { insights, streakWeeks } from './insights.js';
import { listAttempts, searchAttempts } from './journalQueries.js';
import * as ladders from './ladderRepository.js';
import * as plans from './planRepository.js';
import * as selfChecks from './selfCheckRepository.js';

/** The journal as the practice uses it: reads, and writes that are saved durably as one. */
export interface Journal {
  readonly read: ReadDb;
  write<T>(work: (tx: WriteTx) => T): Promise<T>;
  /** Resolves once no write is under way, so a read then sees only saved state. */
  settled(): Promise<void>;
}

export interface PracticeDeps {
  readonly journal: Journal;
  readonly now: () => Date;
  /** A new random UUID. */
  readonly newId: () => string;
}

/**
 * How much history the practice rules read: their longest look-back is eight weeks, and
 * a return-of-fear check needs challenges last met more than six weeks ago.
 */
const rulesLookBackDays = 26 * 7;

/** A page of the journal list; small enough to render at once, large enough to scroll. */
export const journalPageSize = 50;
/** A page of search hits: the same, each with its passage. */
export const searchPageSize = 50;

/**
 * The practice: challenges, ladders, weekly plans, attempts and what the rules of
 * domain.md make of them. Each call is one read or one durable write of the journal.
 */
export class PracticeService {
  constructor(private readonly deps: PracticeDeps) {}

  /** The user's calendar day, in the computer's time zone. */
  today(): LocalDate {
    return localDateOf(this.deps.now());
  }

  private stamp(): string {
    return this.deps.now().toISOString();
  }

  private get db(): ReadDb {
    return this.deps.journal.read;
  }

  private write<T>(work: (tx: WriteTx) => T): Promise<T> {
    return this.deps.journal.write(work);
  }

  /**
   * Runs a read once no save is under way: until a save's record is on disk its rows
   * are visible in memory, and a save that then fails takes them back.
   */
  async afterSaves<T>(read: (service: this) => T): Promise<T> {
    await this.deps.journal.settled();
    return read(this);
  }

  // Challenges

  listChallenges(): Challenge[] {
    return challenges.allChallenges(this.db);
  }

  /** Saves a challenge of the user's own, only once every boundary question is answered safely. */
  async createChallenge(
    draft: Omit<Challenge, 'id' | 'source'>,
    answers: BoundaryAnswers,
  ): Promise<Challenge> {
    const check = checkBoundaries(answers);
    if (!check.ok) {
      throw AppFailure.boundary(
        check.failures.map((failure) => failure.id),
        check.failures.map((failure) => `${failure.id}: ${failure.why}`).join('\n'),
      );
    }
    const challenge: Challenge = { ...draft, id: `custom.${this.deps.newId()}`, source: 'custom' };
    await this.write((tx) => challenges.insertCustomChallenge(tx, challenge, this.stamp()));
    return challenge;
  }

  async deleteChallenge(id: ChallengeId): Promise<void> {
    await this.write((tx) => challenges.deleteCustomChallenge(tx, id));
  }

  // Ladders

  listLadders(): Ladder[] {
    return ladders.allLadders(this.db);
  }

  createLadder(title: string, goal: string): Promise<Ladder> {
    return this.write((tx) => {
      const id = this.deps.newId();
      ladders.insertLadder(tx, { id, title, goal }, this.stamp());
      return ladders.requireLadder(tx, id);
    });
  }

  updateLadder(id: string, title: string, goal: string): Promise<Ladder> {
    return this.write((tx) => {
      ladders.updateLadder(tx, { id, title, goal }, this.stamp());
      return ladders.requireLadder(tx, id);
    });
  }

  async deleteLadder(id: string): Promise<void> {
    await this.write((tx) => ladders.deleteLadder(tx, id));
  }

  addRung(
    ladderId: string,
    challengeId: ChallengeId,
    anticipatedSuds: number | null,
  ): Promise<Ladder> {
    return this.write((tx) => {
      challenges.requireChallenge(tx, challengeId);
      const rungId = this.deps.newId();
      ladders.addRung(tx, ladderId, { id: rungId, challengeId }, this.stamp());
      if (anticipatedSuds !== null) {
        ladders.rateRungs(
          tx,
          ladderId,
          [{ rungId, suds: anticipatedSuds }],
          this.today(),
          this.stamp(),
        );
      }
      return ladders.requireLadder(tx, ladderId);
    });
  }

  moveRung(ladderId: string, rungId: string, toIndex: number): Promise<Ladder> {
    return this.write((tx) => {
      ladders.moveRung(tx, ladderId, rungId, toIndex, this.stamp());
      return ladders.requireLadder(tx, ladderId);
    });
  }

  removeRung(ladderId: string, rungId: string): Promise<Ladder> {
    return this.write((tx) => {
      ladders.removeRung(tx, ladderId, rungId, this.stamp());
      return ladders.requireLadder(tx, ladderId);
    });
  }

  rateLadder(
    ladderId: string,
    ratings: readonly { rungId: string; suds: number }[],
  ): Promise<Ladder> {
    return this.write((tx) => {
      ladders.rateRungs(tx, ladderId, ratings, this.today(), this.stamp());
      return ladders.requireLadder(tx, ladderId);
    });
  }

  // Plans

  weekPlan(week: IsoWeek): PlanItem[] {
    return plans.weekPlan(this.db, week);
  }

  /** The flooding guard's advice on planning `challengeId`, before the user commits. */
  assessStep(challengeId: ChallengeId, day: LocalDate): StepAssessment {
    const challenge = challenges.requireChallenge(this.db, challengeId);
    return assessStep({
      challenge,
      today: day,
      history: this.history(day),
      ladders: ladders.allLadders(this.db),
      library: challenges.allChallenges(this.db),
    });
  }

  planChallenge(
    day: LocalDate,
    challengeId: ChallengeId,
    nudgeTrustedPerson: boolean,
  ): Promise<PlanItem> {
    return this.write((tx) => {
      challenges.requireChallenge(tx, challengeId);
      const id = this.deps.newId();
      plans.insertPlanItem(tx, { id, day, challengeId, nudgeTrustedPerson }, this.stamp());
      return plans.requirePlanItem(tx, id);
    });
  }

  movePlanItem(id: string, to: LocalDate): Promise<PlanItem> {
    return this.write((tx) => {
      const newId = this.deps.newId();
      plans.movePlanItem(tx, id, to, newId, this.stamp());
      return plans.requirePlanItem(tx, newId);
    });
  }

  skipPlanItem(id: string, reason: string): Promise<PlanItem> {
    return this.write((tx) => {
      plans.skipPlanItem(tx, id, reason, this.stamp());
      return plans.requirePlanItem(tx, id);
    });
  }

  async removePlanItem(id: string): Promise<void> {
    await this.write((tx) => plans.deletePlanItem(tx, id));
  }

  suggestNextSteps(): NextStep[] {
    const today = this.today();
    return suggestNextSteps({
      today,
      history: this.history(today),
      ladders: ladders.allLadders(this.db),
      library: challenges.allChallenges(this.db),
    });
  }

  // Attempts

  /**
   * Saves a new attempt; with `planItemId`, the planned challenge it is for takes its
   * status from it (begun, done or not tried). The new attempt's autosaved draft goes in
   * the same write: it has become the attempt.
   */
  createAttempt(input: AttemptInput, planItemId: string | null): Promise<Attempt> {
    return this.write((tx) => {
      if (input.before.challengeId !== null)
        challenges.requireChallenge(tx, input.before.challengeId, [
          'attempt',
          'before',
          'challengeId',
        ]);
      const at = this.stamp();
      const attempt: Attempt = { ...input, id: this.deps.newId(), createdAt: at, updatedAt: at };
      attempts.insertAttempt(tx, attempt);
      if (planItemId !== null) plans.attachAttempt(tx, planItemId, attempt, at);
      drafts.deleteDraft(tx, 'new');
      return attempts.requireAttempt(tx, attempt.id);
    });
  }

  /**
   * Rewrites an attempt, its plan item's status following it, and discards its autosaved
   * draft in the same write.
   */
  updateAttempt(id: string, input: AttemptInput): Promise<Attempt> {
    return this.write((tx) => {
      attempts.requireAttempt(tx, id);
      if (input.before.challengeId !== null)
        challenges.requireChallenge(tx, input.before.challengeId, [
          'attempt',
          'before',
          'challengeId',
        ]);
      const at = this.stamp();
      attempts.updateAttempt(tx, id, input, at);
      plans.followAttempt(tx, id, input, at);
      drafts.deleteDraft(tx, id);
      return attempts.requireAttempt(tx, id);
    });
  }

  /**
   * Deletes an attempt for good and returns it, so the user can undo by restoring it. Its
   * plan item is planned again: without the attempt, nothing says the ask happened.
   */
  deleteAttempt(id: string): Promise<Attempt> {
    return this.write((tx) => {
      const attempt = attempts.requireAttempt(tx, id);
      attempts.deleteAttempt(tx, id);
      plans.followAttempt(tx, id, null, this.stamp());
      return attempt;
    });
  }

  /**
   * Undo of a delete: writes the attempt back under its own id and times, and its plan
   * item, unless skipped or moved since, takes its status from it again.
   */
  restoreAttempt(attempt: Attempt): Promise<Attempt> {
    return this.write((tx) => {
      if (attempts.findAttempt(tx, attempt.id))
        throw AppFailure.invalid(
          ['attempt', 'id'],
          { kind: 'not_now', reason: 'already_in_journal' },
          'this attempt is already in the journal',
        );
      if (attempt.before.challengeId !== null)
        challenges.requireChallenge(tx, attempt.before.challengeId, [
          'attempt',
          'before',
          'challengeId',
        ]);
      attempts.insertAttempt(tx, attempt);
      plans.followAttempt(tx, attempt.id, attempt, this.stamp());
      return attempts.requireAttempt(tx, attempt.id);
    });
  }

  getAttempt(id: string): Attempt {
    return attempts.requireAttempt(this.db, id);
  }

  listAttempts(
    filter: JournalFilter,
    cursor: { occurredAt: string; id: string } | null,
  ): JournalPage {
    return listAttempts(this.db, filter, cursor, journalPageSize);
  }

  search(
    text: string,
    filter: JournalFilter,
    cursor: { occurredAt: string; id: string } | null = null,
  ): SearchPage {
    return searchAttempts(this.db, text, filter, cursor, searchPageSize);
  }

  // Autosaved drafts of the attempt form

  /** The autosaved draft of a new attempt ('new') or of an attempt's edit, or null. */
  getDraft(key: DraftKey): Draft | null {
    return drafts.findDraft(this.db, key);
  }

  /**
   * Autosaves the attempt form over its earlier draft. Ids are checked as an attempt's
   * would be, so a draft never points at something that is not there.
   */
  saveDraft(target: DraftTarget, fields: AttemptFields): Promise<Draft> {
    return this.write((tx) => {
      if (target.kind === 'edit')
        attempts.requireAttempt(tx, target.attemptId, ['target', 'attemptId']);
      else {
        if (target.origin.challengeId !== null)
          challenges.requireChallenge(tx, target.origin.challengeId, [
            'target',
            'origin',
            'challengeId',
          ]);
        if (target.planItemId !== null)
          plans.requirePlanItem(tx, target.planItemId, ['target', 'planItemId']);
      }
      const draft: Draft = { target, fields, savedAt: this.stamp() };
      drafts.saveDraft(tx, draft);
      return draft;
    });
  }

  async discardDraft(key: DraftKey): Promise<void> {
    await this.write((tx) => drafts.deleteDraft(tx, key));
  }

  // Self-checks, the trusted person, and rule 4

  async recordOnboardingCheck(answers: SelfCheckAnswers): Promise<OnboardingAdvice> {
    await this.write((tx) =>
      selfChecks.insertOnboardingCheck(
        tx,
        { id: this.deps.newId(), on: this.today(), answers },
        this.stamp(),
      ),
    );
    return assessOnboarding(answers);
  }

  async recordWeeklyCheck(anxiety: number): Promise<void> {
    await this.write((tx) =>
      selfChecks.recordWeeklyCheck(
        tx,
        this.deps.newId(),
        { on: this.today(), anxiety },
        this.stamp(),
      ),
    );
  }

  /** What today's reminders need from the plan (no text: notifications never show any). */
  reminderFacts(day: LocalDate): DayFacts {
    return plans.reminderFacts(this.db, day);
  }

  /** This ISO week's check, if it was taken: the home screen asks once a week. */
  thisWeeksCheck(): WeeklyCheck | null {
    const today = this.today();
    return selfChecks.weeklyChecksSince(this.db, mondayOf(isoWeekOf(today))).at(-1) ?? null;
  }

  trustedPerson(): TrustedPerson | null {
    return selfChecks.trustedPerson(this.db);
  }

  async setTrustedPerson(person: TrustedPerson | null): Promise<void> {
    await this.write((tx) => selfChecks.setTrustedPerson(tx, person));
  }

  /** The know-when-to-quit notice, or null when all looks well. */
  wellbeing(): WellbeingNotice | null {
    const today = this.today();
    const from = addDays(today, -rulesLookBackDays);
    return assessWellbeing({
      today,
      history: this.history(today),
      weeklyChecks: selfChecks.weeklyChecksSince(this.db, from),
      plan: plans.planBetween(this.db, from, today),
    });
  }

  insights(range: InsightRange): Insights {
    return insights(this.db, range, this.today());
  }

  /** The streak alone, for the home screen: one walk back through the weekly summaries. */
  streakWeeks(): number {
    return streakWeeks(this.db, this.today());
  }

  /** The attempts the rules weigh, from the look-back window up to `today`. */
  private history(today: LocalDate): PracticeRecord[] {
    return attempts.practiceRecords(this.db, addDays(today, -rulesLookBackDays), today);
  }
}
