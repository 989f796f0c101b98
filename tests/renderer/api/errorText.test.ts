import { describe, expect, it } from 'vitest';
import { describeError } from '../../../renderer/api/errorText.js';
import { errorCodes, type AppError } from '../../../shared/ipc/result.js';

/** A log message no sentence for the user may repeat. */
const logText = 'attempt.before.request: Too big: expected string to have <=140 characters';

/** An error of each code, with details where the code carries them. */
const errorOf = (code: (typeof errorCodes)[number]): AppError => {
  switch (code) {
    case 'INVALID_REQUEST':
      return {
        code,
        message: logText,
        issues: [{ path: ['attempt', 'before', 'request'], problem: { kind: 'required' } }],
      };
    case 'BOUNDARY_CHECK_FAILED':
      return { code, message: logText, failed: ['no_touching'] };
    case 'VAULT_CORRUPT':
      return { code, message: logText, backups: [] };
    default:
      return { code, message: logText };
  }
};

describe('describeError', () => {
  it.each(errorCodes)('says %s in its own words, never the log message', (code) => {
    const words = describeError(errorOf(code));
    expect(words.length).toBeGreaterThan(10);
    expect(words).not.toContain('attempt.before');
    expect(words).not.toMatch(/expected|Too big|<=/);
  });

  it('gives every code a different sentence', () => {
    const said = errorCodes.map((code) => describeError(errorOf(code)));
    expect(new Set(said).size).toBe(errorCodes.length);
  });
});
