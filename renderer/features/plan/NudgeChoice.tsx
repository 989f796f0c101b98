import { useId } from 'react';
import type { PlacementFlow } from './usePlacement.js';

/**
 * Rule 3, reflect afterwards: a challenge can ask for a nudge to call the trusted person
 * an hour after it is logged. The notification never says who, or what was asked.
 */
export function NudgeChoice({ flow }: { readonly flow: PlacementFlow }) {
  const id = useId();
  return (
    <div className="choice">
      <input
        id={id}
        type="checkbox"
        checked={flow.nudge}
        aria-describedby={`${id}-hint`}
        onChange={(event) => flow.setNudge(event.target.checked)}
      />
      <div>
        <label htmlFor={id} className="choice-label">
          Nudge me to call my trusted person afterwards
        </label>
        <span id={`${id}-hint`} className="hint">
          A notification an hour after you log how it went.
        </span>
      </div>
    </div>
  );
}
