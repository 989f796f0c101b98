import { useCallback, useEffect, useRef, useState } from 'react';
import {
  draftKeyOf,
  type AttemptFields,
  type DraftTarget,
} from '../../../shared/domain/practice/drafts.js';
import { api } from '../../api/client.js';
import { describeError } from '../../api/errorText.js';
import { oweDraftSaves } from './pendingDrafts.js';

/** How long after the last keystroke the draft is saved: one save per pause, not per key. */
export const autosaveDelayMs = 1_000;

/** The last autosave, as the form reports it. */
export type AutosaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saved'; readonly savedAt: string }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * Autosaves the attempt form into the journal (encrypted like the rest of it) a moment
 * after typing stops, and at once when the form goes away or the journal is about to be
 * locked (`saveOwedDrafts`) with changes not yet saved; a failed save is tried again.
 * Nothing is kept in the renderer's storage: a draft exists only inside the vault.
 */
export function useDraftAutosave(
  target: DraftTarget,
  fields: AttemptFields,
  /** Whether the user has changed anything (or continued a draft): untouched forms save nothing. */
  changed: boolean,
) {
  const [state, setState] = useState<AutosaveState>({ kind: 'idle' });
  // What a save needs: the latest fields, and whether they are saved yet.
  const latest = useRef({ target, fields, unsaved: false });
  // Set while the attempt itself is being saved, or once the draft is discarded: a late
  // autosave then would bring back a draft that should be gone.
  const stopped = useRef(false);

  /** Saves the latest fields now, if they changed since the last save and autosave is on. */
  const saveNow = useCallback(async () => {
    const { target: saving, fields: unsaved, unsaved: pending } = latest.current;
    if (!pending || stopped.current) return;
    latest.current.unsaved = false;
    const result = await api.drafts.save({ target: saving, fields: unsaved });
    // Not saved: still owed, so the next pause, lock or unmount tries again.
    if (!result.ok) latest.current.unsaved = true;
    setState(
      result.ok
        ? { kind: 'saved', savedAt: result.value.savedAt }
        : { kind: 'failed', message: describeError(result.error) },
    );
  }, []);

  useEffect(() => {
    latest.current = { target, fields, unsaved: changed };
    if (!changed || stopped.current) return;
    const timer = setTimeout(() => void saveNow(), autosaveDelayMs);
    return () => clearTimeout(timer);
  }, [target, fields, changed, saveNow]);

  useEffect(() => {
    const unregister = oweDraftSaves(saveNow);
    return () => {
      unregister();
      void saveNow();
    };
  }, [saveNow]);

  return {
    state,
    /** Holds autosaves while the attempt is saved, which discards the draft in main. */
    pause: () => {
      stopped.current = true;
    },
    /** After a failed save: the draft stays, and autosaving carries on. */
    resume: () => {
      stopped.current = false;
      latest.current.unsaved = true;
    },
    /** Throws the draft away; nothing is autosaved after. */
    discard: async () => {
      stopped.current = true;
      await api.drafts.discard({ key: draftKeyOf(target) });
    },
  };
}
