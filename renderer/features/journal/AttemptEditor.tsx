import { useEffect, useState } from 'react';
import type { Attempt } from '../../../shared/domain/practice/attempts.js';
import {
  draftKeyOf,
  type AttemptFields,
  type Draft,
} from '../../../shared/domain/practice/drafts.js';
import { api } from '../../api/client.js';
import { describeError } from '../../api/errorText.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { AttemptForm } from './AttemptForm.js';
import { draftTargetOf, fieldsOf, type FormSubject } from './attemptFields.js';
import { DraftOffer } from './DraftOffer.js';

type Step =
  | { readonly kind: 'checking' }
  | { readonly kind: 'offer'; readonly draft: Draft }
  | {
      readonly kind: 'form';
      readonly subject: FormSubject;
      readonly initial: AttemptFields;
      readonly fromDraft: boolean;
    };

/** The form as it opens when there is no draft to offer, or the user discarded it. */
const blankStep = (subject: FormSubject, request: string | undefined): Step => ({
  kind: 'form',
  subject,
  initial: fieldsOf(subject, request),
  fromDraft: false,
});

interface AttemptEditorProps {
  readonly subject: FormSubject;
  /** The request a new attempt starts with, e.g. the challenge's title. */
  readonly request?: string | undefined;
  readonly onSaved: (attempt: Attempt) => void;
  readonly onClose: () => void;
}

/**
 * The attempt form, preceded by the offer of its unsaved draft when there is one, so
 * words typed before leaving the screen, locking or quitting come back.
 */
export function AttemptEditor({ subject, request, onSaved, onClose }: AttemptEditorProps) {
  const [step, setStep] = useState<Step>({ kind: 'checking' });
  const [error, setError] = useState<string>();
  const key = draftKeyOf(draftTargetOf(subject));
  useEffect(() => {
    let current = true;
    void api.drafts.get({ key }).then((result) => {
      if (!current) return;
      if (!result.ok) setError(describeError(result.error));
      setStep(
        result.ok && result.value
          ? { kind: 'offer', draft: result.value }
          : blankStep(subject, request),
      );
    });
    return () => {
      current = false;
    };
  }, [key, subject, request]);

  const continueDraft = (draft: Draft) =>
    setStep({
      kind: 'form',
      // A new attempt continues at the challenge and plan item the draft was for.
      subject: draft.target.kind === 'new' ? draft.target : subject,
      initial: draft.fields,
      fromDraft: true,
    });

  const discardDraft = async () => {
    const result = await api.drafts.discard({ key });
    if (!result.ok) setError(describeError(result.error));
    setStep(blankStep(subject, request));
  };

  switch (step.kind) {
    case 'checking':
      return <p role="status">Loading…</p>;
    case 'offer':
      return (
        <div className="page">
          <h1>{subject.kind === 'edit' ? 'Edit attempt' : 'New attempt'}</h1>
          <ErrorAlert message={error} />
          <DraftOffer
            draft={step.draft}
            onContinue={() => continueDraft(step.draft)}
            onDiscard={() => void discardDraft()}
          />
        </div>
      );
    case 'form':
      return (
        <>
          <ErrorAlert message={error} />
          <AttemptForm
            subject={step.subject}
            initial={step.initial}
            fromDraft={step.fromDraft}
            onSaved={onSaved}
            onClose={onClose}
          />
        </>
      );
  }
}
