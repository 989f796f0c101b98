import { format } from '../../app/format.js';
import { useId, useMemo, useRef, useState } from 'react';
import { categoryNames, type Challenge } from '../../../shared/domain/practice/challenges.js';
import { searchChallenges } from './challengeSearch.js';

interface ChallengePickerProps {
  /** The library and the user's own challenges; `undefined` while they load. */
  readonly challenges: readonly Challenge[] | undefined;
  readonly alreadyOnLadder: ReadonlySet<string>;
  readonly full: boolean;
  readonly onPick: (challenge: Challenge) => void;
}

/**
 * Adding a rung: a search over the challenges not yet on the ladder, easiest first, each
 * with its own Add button, so Tab and Enter are all a keyboard needs.
 */
export function ChallengePicker({
  challenges,
  alreadyOnLadder,
  full,
  onPick,
}: ChallengePickerProps) {
  const [query, setQuery] = useState('');
  const search = useRef<HTMLInputElement>(null);
  const id = useId();
  const matches = useMemo(
    () => (challenges ? searchChallenges(challenges, query, alreadyOnLadder) : []),
    [challenges, query, alreadyOnLadder],
  );

  if (full) {
    return <p className="hint">This ladder is full. Remove a rung to add another.</p>;
  }
  return (
    <div className="challenge-picker">
      <div className="field">
        <label htmlFor={`${id}-search`}>Search challenges</label>
        <input
          ref={search}
          id={`${id}-search`}
          type="search"
          value={query}
          aria-describedby={`${id}-count`}
          onChange={(event) => setQuery(event.target.value)}
        />
        <p id={`${id}-count`} className="hint" aria-live="polite">
          {challenges === undefined
            ? 'Loading challenges…'
            : `${format.count(matches.length, { one: 'challenge', other: 'challenges' })}, easiest first.`}
        </p>
      </div>
      {challenges !== undefined && matches.length === 0 && (
        <p className="hint">
          No challenge matches “{query}”. Try fewer words, or write your own on the Challenges
          screen.
        </p>
      )}
      {matches.length > 0 && (
        <ul className="rung-picker-results" aria-label="Challenges to add">
          {matches.map((challenge) => (
            <li key={challenge.id}>
              <span className="difficulty" title="Difficulty, 1 to 10">
                <span className="visually-hidden">Difficulty </span>
                {challenge.difficulty}
              </span>
              <span className="rung-picker-title">
                {challenge.title}
                <span className="hint">{categoryNames[challenge.category]}</span>
              </span>
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  onPick(challenge);
                  // Its button leaves the list with it: focus goes back to the search, ready
                  // for the next rung, rather than to the top of the page.
                  search.current?.focus();
                }}
              >
                Add<span className="visually-hidden"> “{challenge.title}”</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
