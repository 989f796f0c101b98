import { useId, useState } from 'react';
import type { OnboardingAdvice } from '../../../shared/domain/practice/selfCheck.js';
import { focusWhenShown } from '../../components/focusWhenShown.js';
import { OnboardingAdviceCard } from '../selfCheck/OnboardingAdviceCard.js';
import { SelfCheck } from '../selfCheck/SelfCheck.js';
import './guide.css';

type Stage =
  | { readonly name: 'closed' }
  | { readonly name: 'asking' }
  | { readonly name: 'advice'; readonly advice: OnboardingAdvice };

/**
 * The first run's self-check, offered again at any time: skipped then, or wanted again
 * now that the practice has begun (docs/practice.md, rule 4).
 */
export function SelfCheckAgain() {
  const [stage, setStage] = useState<Stage>({ name: 'closed' });
  const id = useId();
  return (
    <section className="self-check-again" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Check in with yourself</h2>
      <p>
        The six questions from the first run, whenever you like. Your answers only shape advice on
        how to go on, and are kept in your encrypted journal.
      </p>
      {stage.name === 'closed' && (
        <div className="actions">
          <button type="button" className="secondary" onClick={() => setStage({ name: 'asking' })}>
            Take the self-check
          </button>
        </div>
      )}
      {stage.name === 'asking' && (
        <SelfCheck
          onAdvice={(advice) => setStage({ name: 'advice', advice })}
          onSkip={() => setStage({ name: 'closed' })}
          skipLabel="Not now"
        />
      )}
      {stage.name === 'advice' && (
        <div ref={focusWhenShown} tabIndex={-1}>
          <OnboardingAdviceCard advice={stage.advice} />
          <div className="actions">
            <button
              type="button"
              className="secondary"
              onClick={() => setStage({ name: 'closed' })}
            >
              Done
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
