import { useEffect, useState } from 'react';
import { ratePassphrase, type StrengthRating } from './passphraseStrength.js';

/** Live strength feedback for a new passphrase; weak ones are warned about, not refused. */
export function StrengthMeter({
  passphrase,
  id,
}: {
  readonly passphrase: string;
  readonly id: string;
}) {
  // Each rating remembers what it rated, so a stale one is never shown for newer text.
  const [rated, setRated] = useState<{ passphrase: string; rating: StrengthRating }>();

  useEffect(() => {
    if (passphrase === '') return;
    let current = true;
    void ratePassphrase(passphrase).then((rating) => {
      if (current) setRated({ passphrase, rating });
    });
    return () => {
      current = false;
    };
  }, [passphrase]);

  const rating = rated?.passphrase === passphrase ? rated.rating : undefined;
  if (!rating) {
    return (
      <p id={id} className="hint">
        Use four or more unrelated words, or a long sentence only you would write.
      </p>
    );
  }
  return (
    <div id={id} className="strength" data-score={rating.score}>
      <meter
        min={0}
        max={4}
        low={2}
        high={3}
        optimum={4}
        value={rating.score}
        aria-label="Passphrase strength"
      />
      <span className="strength-label">{rating.label}</span>
      {rating.score < 3 && (
        <p className="hint warning">
          {rating.warning || 'This would be quick to guess.'} {rating.suggestions.join(' ')}
        </p>
      )}
    </div>
  );
}
