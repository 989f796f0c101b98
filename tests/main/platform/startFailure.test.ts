import { describe, expect, it } from 'vitest';
import { startFailureMessage } from '../../../main/platform/startFailure.js';
import { AppFailure } from '../../../main/services/appFailure.js';

describe('a start that fails', () => {
  it('says so in plain words, that the journal is untouched, and what went wrong', () => {
    const { title, content } = startFailureMessage(
      new AppFailure('DISK_FULL', 'The disk is full: could not read the preferences.'),
    );
    expect(title).toBe('Ask Anyway could not start');
    expect(content).toContain('Your journal has not been changed.');
    expect(content).toContain('The disk is full: could not read the preferences.');
  });

  it('says what went wrong even when what was thrown is not an error', () => {
    expect(startFailureMessage('no display').content).toContain('What went wrong: no display');
  });
});
