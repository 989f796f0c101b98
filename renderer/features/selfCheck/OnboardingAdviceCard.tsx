import type { OnboardingAdvice } from '../../../shared/domain/practice/selfCheck.js';
import { ProfessionalHelp } from '../guide/ProfessionalHelp.js';

const adviceText: Record<OnboardingAdvice, { title: string; body: readonly string[] }> = {
  ready: {
    title: 'You are ready to begin',
    body: [
      'Start with small, easy requests anyway — a difficulty of 1 to 3 — and climb one rung at a time.',
      'If the practice ever leaves you more anxious instead of less, that is a reason to pause, not to push harder.',
    ],
  },
  start_gently: {
    title: 'Start gently',
    body: [
      'Avoiding people seems to be part of many of your weeks. That is common, and it is exactly what small steps are for.',
      'Begin with the very easiest challenges (difficulty 1 or 2), repeat them until they feel ordinary, and tell a trusted friend what you are doing.',
      'If it feels like too much, a professional can help you find a pace that works.',
    ],
  },
  professional_first: {
    title: 'Talk to a professional first',
    body: [
      'Your answers suggest that worry about other people already holds you back a lot. That is nothing to be ashamed of, and you do not have to face it alone.',
      'We recommend talking to a therapist who specialises in social anxiety before you start these challenges. They can guide this kind of practice safely, at a pace that suits you.',
      'You can still look around and keep a journal: the app will not stop you. Please do not do the challenges on your own for now.',
    ],
  },
};

/** The self-check's advice, said kindly; with professional help, where to find it. */
export function OnboardingAdviceCard({ advice }: { readonly advice: OnboardingAdvice }) {
  const { title, body } = adviceText[advice];
  return (
    <div className="onboarding-advice" data-advice={advice}>
      <h2>{title}</h2>
      {body.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {advice !== 'ready' && (
        <>
          <h3>Where to find professional help</h3>
          <ProfessionalHelp />
        </>
      )}
    </div>
  );
}
