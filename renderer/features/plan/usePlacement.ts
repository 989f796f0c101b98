import { useRef, useState } from 'react';
import type { LocalDate } from '../../../shared/domain/practice/calendar.js';
import type { Challenge } from '../../../shared/domain/practice/challenges.js';
import type { StepAssessment } from '../../../shared/domain/practice/floodingGuard.js';
import type { PlanItem } from '../../../shared/domain/practice/plans.js';
import { api } from '../../api/client.js';
import { describeError } from '../../api/errorText.js';

/** The flooding guard's warning: a step it would not call fine. */
export type StepWarning = Exclude<StepAssessment, { readonly verdict: 'fine' }>;

/** Where placing a challenge on a day has got to. */
export type Placement =
  | { readonly kind: 'idle' }
  | { readonly kind: 'checking'; readonly challenge: Challenge; readonly day: LocalDate }
  | {
      readonly kind: 'advised';
      readonly challenge: Challenge;
      readonly day: LocalDate;
      readonly warning: StepWarning;
    }
  | { readonly kind: 'placed'; readonly item: PlanItem }
  | { readonly kind: 'failed'; readonly message: string };

export interface PlacementFlow {
  readonly placement: Placement;
  /** Whether the next placement asks for a nudge to call the trusted person (rule 3). */
  readonly nudge: boolean;
  setNudge(nudge: boolean): void;
  /** Asks the flooding guard first; a fine step is planned at once, a jump waits for the user. */
  propose(challenge: Challenge, day: LocalDate): Promise<void>;
  /** After a warning: plan a gentler challenge on the same day instead. */
  choose(gentler: Challenge): Promise<void>;
  /** After a warning: the user decides to keep the step they chose. */
  keep(): Promise<void>;
  dismiss(): void;
}

/**
 * Placing a challenge on a day of the plan, shared by the Plan and Challenges screens:
 * rule 1 advises before anything is committed, and the user decides.
 */
export function usePlacement(onPlaced: (item: PlanItem) => void): PlacementFlow {
  const [placement, setPlacement] = useState<Placement>({ kind: 'idle' });
  const [nudge, setNudge] = useState(false);
  // Counts proposals, so an answer to an earlier one cannot overwrite a newer one.
  const latest = useRef(0);

  const commit = async (challenge: Challenge, day: LocalDate, ticket: number) => {
    const result = await api.plan.add({
      day,
      challengeId: challenge.id,
      nudgeTrustedPerson: nudge,
    });
    if (ticket !== latest.current) return;
    if (!result.ok) {
      setPlacement({ kind: 'failed', message: describeError(result.error) });
      return;
    }
    setPlacement({ kind: 'placed', item: result.value });
    onPlaced(result.value);
  };

  const propose = async (challenge: Challenge, day: LocalDate) => {
    const ticket = ++latest.current;
    setPlacement({ kind: 'checking', challenge, day });
    const result = await api.plan.assess({ challengeId: challenge.id, day });
    if (ticket !== latest.current) return;
    if (!result.ok) {
      setPlacement({ kind: 'failed', message: describeError(result.error) });
    } else if (result.value.verdict === 'fine') {
      await commit(challenge, day, ticket);
    } else {
      setPlacement({ kind: 'advised', challenge, day, warning: result.value });
    }
  };

  const afterWarning = async (pick: (advised: { challenge: Challenge }) => Challenge) => {
    if (placement.kind !== 'advised') return;
    const ticket = ++latest.current;
    await commit(pick(placement), placement.day, ticket);
  };

  return {
    placement,
    nudge,
    setNudge,
    propose,
    choose: (gentler) => afterWarning(() => gentler),
    keep: () => afterWarning((advised) => advised.challenge),
    dismiss: () => {
      latest.current += 1;
      setPlacement({ kind: 'idle' });
    },
  };
}
