import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { z } from 'zod';
import {
  hasProblems,
  problemsByField,
  type FieldOfPath,
  type FieldWordsFor,
  type ProblemsByField,
} from './fieldProblems.js';

/** A form's problems, shown beside its fields once a send was refused for them. */
export interface FieldProblemsState<F extends string> {
  /** Every field's problem now, shown or not (see `problemsByField`). */
  readonly problems: ProblemsByField<F>;
  /** The problems shown now: none until a send was refused, then each until fixed. */
  readonly shown: ProblemsByField<F>;
  /** The field's problem, once a send was refused; it goes as soon as it is fixed. */
  readonly problemOf: (field: F) => string | undefined;
  /**
   * True when the form may send: no problem, and no field marked invalid. Otherwise
   * shows each problem beside its field and moves focus to the first field marked invalid.
   */
  readonly check: () => boolean;
  /** Hides problems again, as when the form is cleared after a save. */
  readonly reset: () => void;
  /** The form the first invalid field is searched in. */
  readonly formRef: RefObject<HTMLFormElement | null>;
}

/**
 * Runs `schema` on what the form would send (`input`) at every change. `fieldOf` and
 * `wordsFor` should be stable (module-level), so the check runs only when `input` does.
 */
export function useFieldProblems<F extends string>(
  schema: z.ZodType,
  input: unknown,
  fieldOf: FieldOfPath<F>,
  wordsFor?: FieldWordsFor<F>,
): FieldProblemsState<F> {
  const problems = useMemo(
    () => problemsByField(schema, input, fieldOf, wordsFor),
    [schema, input, fieldOf, wordsFor],
  );
  const [checked, setChecked] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  // After the render that marks the fields invalid, not before: only then can it be found.
  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const blocked = hasProblems(problems);
  const check = useCallback(() => {
    // A field counts what is typed, the schema what is sent (trimmed): spaces around a text
    // at its limit can mark the field too long when the request is not. What shows wins.
    const marked = formRef.current?.querySelector('[aria-invalid="true"]') != null;
    if (!blocked && !marked) return true;
    setChecked(true);
    setFocusRequest((request) => request + 1);
    return false;
  }, [blocked]);

  return {
    problems,
    shown: checked ? problems : {},
    problemOf: (field) => (checked ? problems[field] : undefined),
    check,
    reset: () => setChecked(false),
    formRef,
  };
}
