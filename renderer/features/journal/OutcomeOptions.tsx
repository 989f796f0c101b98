import { outcomeNames, outcomes } from '../../../shared/domain/practice/attempts.js';

/** The outcomes as `<option>`s, in the order the practice names them. */
export function OutcomeOptions() {
  return outcomes.map((outcome) => (
    <option key={outcome} value={outcome}>
      {outcomeNames[outcome]}
    </option>
  ));
}
