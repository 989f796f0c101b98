import { useId } from 'react';
import { categoryNames, type Challenge } from '../../../shared/domain/practice/challenges.js';
import { writeDragged } from '../plan/dragData.js';
import type { DifficultyGroup } from './challengeFilters.js';

/**
 * The library grouped by difficulty, then setting. Choosing a challenge opens its
 * details; dragging it onto a day of the week strip plans it.
 */
export function ChallengeList({
  groups,
  selectedId,
  onSelect,
}: {
  readonly groups: readonly DifficultyGroup[];
  readonly selectedId: string | null;
  readonly onSelect: (challenge: Challenge) => void;
}) {
  const id = useId();
  if (groups.length === 0)
    return <p className="hint">No challenge matches. Try fewer words or another setting.</p>;
  return (
    <div className="challenge-groups">
      {groups.map((group) => (
        <section
          key={group.difficulty}
          className="difficulty-group"
          aria-labelledby={`${id}-${group.difficulty}`}
        >
          <h2 id={`${id}-${group.difficulty}`}>Difficulty {group.difficulty}</h2>
          {group.categories.map(({ category, challenges }) => (
            <div key={category} className="category-group">
              <h3 id={`${id}-${group.difficulty}-${category}`}>{categoryNames[category]}</h3>
              <ul
                aria-labelledby={`${id}-${group.difficulty} ${id}-${group.difficulty}-${category}`}
              >
                {challenges.map((challenge) => (
                  // Dragging onto the week strip is the pointer shortcut; the details'
                  // "Add to plan" is the keyboard path.
                  // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
                  <li
                    key={challenge.id}
                    draggable
                    onDragStart={(event) => {
                      writeDragged(event.dataTransfer, {
                        kind: 'challenge',
                        challengeId: challenge.id,
                      });
                      event.dataTransfer.effectAllowed = 'copy';
                    }}
                  >
                    <button
                      type="button"
                      className="challenge-choice"
                      aria-pressed={challenge.id === selectedId}
                      onClick={() => onSelect(challenge)}
                    >
                      {challenge.title}
                      {challenge.source === 'custom' && <span className="own-mark">Your own</span>}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
