import { describe, expect, it } from 'vitest';
import { startFailureMessage } from '../../../main/platform/startFailure.js';
import { AppFailure } from '../../../main/services/appFailure.js';

const logFile = '/home/me/.config/Ask Anyway/logs/ask-anyway.log';

describe('a start that fails', () => {
  it('says so in plain words, that the journal is untouched, and what went wrong', () => {
    const { title, content } = startFailureMessage(
      new AppFailure('DISK_FULL', 'The disk is full: could not read the preferences.'),
      logFile,
    );
    expect(title).toBe('Ask Anyway could not start');
    expect(content).toContain('Your journal has not been changed.');
    expect(content).toContain('The disk is full: could not read the preferences.');
  });

  it('says what went wrong even when what was thrown is not an error', () => {
    expect(startFailureMessage('no display', logFile).content).toContain(
      'What went wrong: no display',
    );
  });

  it('says where the log is, for a support request', () => {
    expect(startFailureMessage(new Error('no display'), logFile).content).toContain(
      `The log of what happened is in ${logFile}`,
    );
  });

  it('says so when no log could be written, rather than point nowhere', () => {
    const { content } = startFailureMessage(new Error('no display'), undefined);
    expect(content).toContain('No log could be written.');
    expect(content).not.toContain('The log of what happened');
  });
});
