import { RecoveryKeyActions } from './RecoveryKeyActions.js';
import './recoveryKey.css';

interface RecoveryKeyCardProps {
  /** The key as groups of four joined by hyphens. */
  readonly recoveryKey: string;
}

/**
 * A recovery key, shown once: large, in groups of four, numbered so the confirmation
 * step can ask for "group 7", with ways to keep a copy. Printing prints this card alone.
 */
export function RecoveryKeyCard({ recoveryKey }: RecoveryKeyCardProps) {
  const groups = recoveryKey.split('-');
  return (
    <div className="recovery-key" role="group" aria-label="Recovery key">
      <p className="print-only">Ask Anyway — recovery key</p>
      <ol>
        {groups.map((group, index) => (
          <li key={index}>
            <span className="group-number" aria-hidden="true">
              {index + 1}
            </span>
            <code>{group}</code>
          </li>
        ))}
      </ol>
      <p className="hint">
        Write it on paper and keep it somewhere safe. It opens your journal if you forget your
        passphrase — and it will not be shown again.
      </p>
      <RecoveryKeyActions recoveryKey={recoveryKey} />
    </div>
  );
}
