import { useId, useRef, useState } from 'react';
import type { Ladder } from '../../../shared/domain/practice/ladders.js';
import type { Result } from '../../../shared/ipc/result.js';
import { api } from '../../api/client.js';
import { describeError } from '../../api/errorText.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { LadderForm } from './LadderForm.js';
import { LadderView } from './LadderView.js';
import { LadderList } from './LadderList.js';
import { useLadders } from './useLadders.js';
import './ladders.css';

const emptyLadder = { title: '', goal: '' };

/**
 * Ladders (fear hierarchies): the user's own ordered challenges towards a goal, each
 * rated by how distressing they expect it to be. The list, or one ladder opened.
 */
export function LaddersPage() {
  const { state, challenges, challengesError, apply, remove } = useLadders();
  const [openId, setOpenId] = useState<string>();
  const [error, setError] = useState<string>();
  const [announcement, setAnnouncement] = useState('');
  // Back on the list, focus returns to the ladder the user came from.
  const [returnedFrom, setReturnedFrom] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();

  const change = async (call: () => Promise<Result<Ladder>>): Promise<boolean> => {
    const result = await apply(call);
    setError(result.ok ? undefined : describeError(result.error));
    return result.ok;
  };

  const create = async (fields: { title: string; goal: string }): Promise<boolean> => {
    const result = await apply(() => api.ladders.create(fields));
    setError(result.ok ? undefined : describeError(result.error));
    if (result.ok) setOpenId(result.value.id);
    return result.ok;
  };

  const deleteLadder = async (ladder: Ladder): Promise<void> => {
    const result = await remove(ladder.id);
    if (!result.ok) {
      setError(describeError(result.error));
      return;
    }
    setError(undefined);
    setOpenId(undefined);
    setAnnouncement(`Deleted “${ladder.title}”.`);
    heading.current?.focus();
  };

  const open = state.status === 'ready' ? state.ladders.find(({ id }) => id === openId) : undefined;

  return (
    <section className="page ladders-page" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`} ref={heading} tabIndex={-1}>
        Ladders
      </h1>
      <p role="status" className="status saved">
        {announcement}
      </p>
      <ErrorAlert message={error} />
      <ErrorAlert message={challengesError && describeError(challengesError)} />
      {state.status === 'loading' && <p className="hint">Loading your ladders…</p>}
      {state.status === 'failed' && <ErrorAlert message={describeError(state.error)} />}
      {state.status === 'ready' &&
        (open ? (
          <LadderView
            key={open.id}
            ladder={open}
            challenges={challenges}
            change={change}
            announce={setAnnouncement}
            onDelete={() => void deleteLadder(open)}
            onBack={() => {
              setOpenId(undefined);
              setReturnedFrom(open.id);
              setAnnouncement('');
            }}
          />
        ) : (
          <>
            <LadderList ladders={state.ladders} returnedFrom={returnedFrom} onOpen={setOpenId} />
            <section className="card" aria-labelledby={`${id}-new`}>
              <h2 id={`${id}-new`}>New ladder</h2>
              <LadderForm initial={emptyLadder} submitLabel="Create ladder" onSubmit={create} />
            </section>
          </>
        ))}
    </section>
  );
}
