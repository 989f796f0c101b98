import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  hasProblems,
  problemsByField,
  topLevelField,
} from '../../../renderer/components/fieldProblems.js';

const schema = z.strictObject({
  id: z.string().regex(/^x-\d+$/),
  name: z.string().trim().min(1).max(10),
  notes: z.string().max(20),
  tags: z.array(z.string().max(3)).max(2),
});
const fieldOf = topLevelField(['name', 'notes', 'tags'] as const);
const valid = { id: 'x-1', name: 'Ann', notes: '', tags: [] };

describe('what keeps a form from sending, found with the request’s own schema', () => {
  it('finds nothing in a request the schema takes', () => {
    expect(problemsByField(schema, valid, fieldOf)).toEqual({});
    expect(hasProblems({})).toBe(false);
  });

  it('says each field’s problem in the common plain words, with limit and size', () => {
    const problems = problemsByField(
      schema,
      { ...valid, name: '   ', notes: 'n'.repeat(23), tags: ['a', 'b', 'c'] },
      fieldOf,
    );
    expect(problems).toEqual({
      name: 'This needs an answer.',
      notes: 'Keep this to 20 characters at most — it has 23.',
      tags: 'Keep to 2 items at most — there are 3.',
    });
    expect(hasProblems(problems)).toBe(true);
  });

  it('keeps only the first problem of a field, and leaves problems no field shows to main', () => {
    expect(
      problemsByField(schema, { ...valid, id: 'nope', tags: ['long', 'longer'] }, fieldOf),
    ).toEqual({ tags: 'Keep this to 3 characters at most — it has 4.' });
  });

  it('lets a form say a problem its own way, seeing the value at the issue’s path', () => {
    const problems = problemsByField(
      schema,
      { ...valid, name: '', tags: ['abcd'] },
      fieldOf,
      (field, issue, value) =>
        field === 'tags' && issue.problem.kind === 'too_long'
          ? `“${String(value)}” is too long.`
          : undefined,
    );
    expect(problems).toEqual({ name: 'This needs an answer.', tags: '“abcd” is too long.' });
  });

  it('never shows a field path or the schema’s own wording', () => {
    const words = Object.values(
      problemsByField(schema, { ...valid, name: 'n'.repeat(11), notes: 'n'.repeat(21) }, fieldOf),
    ).join(' ');
    expect(words).not.toMatch(/name|notes|string|expected|Too big/i);
  });
});
