import { practiceChannels } from '../../../shared/ipc/practiceChannels.js';
import { topLevelField, type FieldWordsFor } from '../../components/fieldProblems.js';

/** What a custom challenge is checked with: the very schema main checks it with. */
export const customChallengeSchema = practiceChannels['challenges.create'].request;

/** The form's text fields, named as in the request. */
export type CustomChallengeField = 'title' | 'description' | 'boundaryNotes';

/**
 * The text fields only: the choices cannot be wrong, and the boundary answers are
 * judged by main's boundary check, which says why beside each question.
 */
export const customChallengeFieldOf = topLevelField<CustomChallengeField>([
  'title',
  'description',
  'boundaryNotes',
]);

export const customChallengeWordsFor: FieldWordsFor<CustomChallengeField> = (field, { problem }) =>
  field === 'title' && problem.kind === 'required'
    ? 'Write what you will ask for — a few words are enough.'
    : undefined;
