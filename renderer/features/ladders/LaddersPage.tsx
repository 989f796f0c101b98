import { useId } from 'react';

// Scaffold: replaced by the screen's real content (issue 5).
export function LaddersPage() {
  const id = useId();
  return (
    <section className="page" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>Ladders</h1>
    </section>
  );
}
