import type { PlanItem } from '../../../shared/domain/practice/plans.js';
import { practiceChannels } from '../../../shared/ipc/practiceChannels.js';
import { topLevelField } from '../../components/fieldProblems.js';

/** What a skip is checked with: the very schema main checks `plan.skip` with. */
export const skipSchema = practiceChannels['plan.skip'].request;

/** The reason is the form's one field; a wrong id is main's to answer. */
export const skipFieldOf = topLevelField(['reason'] as const);

/** What the form sends: the reason without the spaces around it. */
export const skipInputOf = (id: PlanItem['id'], reason: string) => ({ id, reason: reason.trim() });
