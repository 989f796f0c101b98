import { useId } from 'react';

// Scaffold: replaced by the screen's real content (issue 5).
export function ChallengesPage() {
  const id = useId();
  return (
    <section className="page" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>Challenges</h1>
    </section>
  );
}
