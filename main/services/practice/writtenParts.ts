import type { Attempt, CopingWay } from '../../../shared/domain/practice/attempts.js';

const copingText: Record<CopingWay, string> = {
  wrote_it_down: 'wrote it down',
  called_trusted_person: 'called my trusted person',
  other: 'something else',
};

/** One written part of an attempt, labelled in the writer's voice. */
export interface WrittenPart {
  readonly label: string;
  readonly text: string;
}

/**
 * The words of an attempt, in the order they were written (before, then after), each
 * trimmed; a part without words is left out. The Markdown export and the report read
 * them alike.
 */
export function writtenParts({ before, after }: Attempt): WrittenPart[] {
  const parts: WrittenPart[] = [
    { label: 'What I feared', text: before.fearedConsequence },
    { label: 'Safety behaviours dropped', text: before.safetyBehavioursDropped.join(', ') },
    ...(after
      ? [
          { label: 'What happened', text: after.whatHappened },
          { label: 'What I learned', text: after.learned },
          {
            label: 'How I calmed down',
            text: [...after.coping.map((way) => copingText[way]), after.copingNote.trim()]
              .filter(Boolean)
              .join('; '),
          },
        ]
      : []),
  ];
  return parts
    .map((part) => ({ label: part.label, text: part.text.trim() }))
    .filter((part) => part.text !== '');
}
