import { useId } from 'react';
import type { JournalFilter } from '../../../shared/domain/practice/journal.js';
import { OutcomeOptions } from './OutcomeOptions.js';
import { CategoryOptions } from '../../components/CategoryOptions.js';

/** The filter with one choice set, or left out when the user picks "Any" (''). */
function withChoice<K extends 'outcome' | 'category'>(
  filter: JournalFilter,
  key: K,
  value: JournalFilter[K] | '',
): JournalFilter {
  const entries = Object.entries(filter).filter(([name]) => name !== key);
  return Object.fromEntries(
    value === '' || value === undefined ? entries : [...entries, [key, value]],
  );
}

interface JournalFiltersProps {
  readonly query: string;
  readonly filter: JournalFilter;
  readonly onQuery: (query: string) => void;
  readonly onFilter: (filter: JournalFilter) => void;
}

/** Search over the words written, and the outcome and setting filters. */
export function JournalFilters({ query, filter, onQuery, onFilter }: JournalFiltersProps) {
  const id = useId();
  return (
    <div className="card filters" role="search">
      <div className="field">
        <label htmlFor={`${id}-search`}>Search your reflections</label>
        <input
          id={`${id}-search`}
          type="search"
          value={query}
          maxLength={200}
          onChange={(event) => onQuery(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-outcome`}>Outcome</label>
        <select
          id={`${id}-outcome`}
          value={filter.outcome ?? ''}
          onChange={(event) =>
            onFilter(
              withChoice(filter, 'outcome', event.target.value as JournalFilter['outcome'] | ''),
            )
          }
        >
          <option value="">Any</option>
          <option value="open">Open</option>
          <OutcomeOptions />
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-category`}>Setting</label>
        <select
          id={`${id}-category`}
          value={filter.category ?? ''}
          onChange={(event) =>
            onFilter(
              withChoice(filter, 'category', event.target.value as JournalFilter['category'] | ''),
            )
          }
        >
          <option value="">Any</option>
          <CategoryOptions />
        </select>
      </div>
    </div>
  );
}
