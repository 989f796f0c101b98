import { useId } from 'react';

// Scaffold: replaced by the screen's real content (issue 5).
export function PlanPage() {
  const id = useId();
  return (
    <section className="page" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>Plan</h1>
    </section>
  );
}
