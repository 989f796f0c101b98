import { categories, categoryNames } from '../../shared/domain/practice/challenges.js';

/** An option per setting (category), in the library's order, for any select of one. */
export function CategoryOptions() {
  return categories.map((category) => (
    <option key={category} value={category}>
      {categoryNames[category]}
    </option>
  ));
}
