import { useEffect, useId, useRef } from 'react';
import type { Draft } from '../../../shared/domain/practice/drafts.js';
import { format } from '../../app/format.js';

/** When a draft was saved, in the user's own words for dates and times. */
export const describeSavedAt = (savedAt: string): string => format.moment(new Date(savedAt));

interface DraftOfferProps {
  readonly draft: Draft;
  readonly onContinue: () => void;
  readonly onDiscard: () => void;
}

/** Offers back an attempt form left unsaved: go on with it, or start afresh. */
export function DraftOffer({ draft, onContinue, onDiscard }: DraftOfferProps) {
  const id = useId();
  // The offer replaces the button that opened the form: focus goes to its first choice.
  const continueButton = useRef<HTMLButtonElement>(null);
  useEffect(() => continueButton.current?.focus(), []);
  const request = draft.fields.request.trim();
  return (
    <section className="card draft-offer" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        You have an unsaved draft from{' '}
        <time dateTime={draft.savedAt}>{describeSavedAt(draft.savedAt)}</time>
      </h2>
      {request.length > 0 && <p className="draft-request">“{request}”</p>}
      <div className="actions">
        <button type="button" ref={continueButton} onClick={onContinue}>
          Continue
        </button>
        <button type="button" className="secondary" onClick={onDiscard}>
          Discard
        </button>
      </div>
    </section>
  );
}
