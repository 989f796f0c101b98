import { useId } from 'react';
import { type Category, type Difficulty } from '../../../shared/domain/practice/challenges.js';
import type { ChallengeFilter } from './challengeFilters.js';
import { CategoryOptions } from '../../components/CategoryOptions.js';

const difficulties: readonly Difficulty[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** Search and the two filters over the library. */
export function ChallengeFilters({
  filter,
  onChange,
}: {
  readonly filter: ChallengeFilter;
  readonly onChange: (filter: ChallengeFilter) => void;
}) {
  const id = useId();
  return (
    <div className="card filters" role="search">
      <div className="field">
        <label htmlFor={`${id}-text`}>Search challenges</label>
        <input
          id={`${id}-text`}
          type="search"
          value={filter.text}
          maxLength={200}
          onChange={(event) => onChange({ ...filter, text: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-category`}>Setting</label>
        <select
          id={`${id}-category`}
          value={filter.category ?? ''}
          onChange={(event) =>
            onChange({
              ...filter,
              category: event.target.value === '' ? null : (event.target.value as Category),
            })
          }
        >
          <option value="">Any</option>
          <CategoryOptions />
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-difficulty`}>Difficulty</label>
        <select
          id={`${id}-difficulty`}
          value={filter.difficulty ?? ''}
          onChange={(event) =>
            onChange({
              ...filter,
              difficulty: event.target.value === '' ? null : Number(event.target.value),
            })
          }
        >
          <option value="">Any</option>
          {difficulties.map((difficulty) => (
            <option key={difficulty} value={difficulty}>
              {difficulty}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
