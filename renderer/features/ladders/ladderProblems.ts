import { practiceChannels } from '../../../shared/ipc/practiceChannels.js';
import { topLevelField, type FieldWordsFor } from '../../components/fieldProblems.js';

export interface LadderFields {
  readonly title: string;
  readonly goal: string;
}

/** What a new ladder is checked with; an edit's request is the same plus the ladder's id. */
export const ladderSchema = practiceChannels['ladders.create'].request;

/** A ladder's request is its fields, as they are named in the form. */
export const ladderFieldOf = topLevelField<keyof LadderFields>(['title', 'goal']);

export const ladderWordsFor: FieldWordsFor<keyof LadderFields> = (field, { problem }) =>
  field === 'title' && problem.kind === 'required'
    ? 'Give the ladder a name — a few words are enough.'
    : undefined;

/** What the form sends: the fields without the spaces around them. */
export const ladderInputOf = ({ title, goal }: LadderFields): LadderFields => ({
  title: title.trim(),
  goal: goal.trim(),
});
