import { useId } from 'react';
import { useNavigate } from '../../app/navigation.js';
import type { ThisWeek } from './useThisWeek.js';
import { wellbeingReasonText, wellbeingSuggestionText } from './weekText.js';

/** Rule 4, know when to quit: said kindly, with what might help, never as a verdict. */
export function WellbeingNotice({
  notice,
}: {
  readonly notice: NonNullable<ThisWeek['wellbeing']>;
}) {
  const navigate = useNavigate();
  const id = useId();
  return (
    <section className="card wellbeing" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>A gentle check-in</h2>
      <ul>
        {notice.reasons.map((reason) => (
          <li key={reason}>{wellbeingReasonText[reason]}</li>
        ))}
      </ul>
      <p>That happens, and it is not a failure. You might:</p>
      <ul>
        {notice.suggestions.map((suggestion) => (
          <li key={suggestion}>{wellbeingSuggestionText[suggestion]}</li>
        ))}
      </ul>
      {notice.suggestions.includes('professional_help') && (
        <button type="button" className="secondary" onClick={() => navigate({ screen: 'guide' })}>
          Where to find help
        </button>
      )}
    </section>
  );
}
