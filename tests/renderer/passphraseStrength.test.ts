import { describe, expect, it } from 'vitest';
import { ratePassphrase } from '../../renderer/features/unlock/passphraseStrength.js';

describe('ratePassphrase', () => {
  it('calls a common password very weak and says why', async () => {
    const rating = await ratePassphrase('password1');
    expect(rating.score).toBe(0);
    expect(rating.label).toBe('Very weak');
    expect(rating.warning).not.toBe('');
  });

  it('calls a long passphrase of unrelated words very strong', async () => {
    const rating = await ratePassphrase('orbit tulip kettle seventeen marmalade');
    expect(rating.score).toBe(4);
    expect(rating.label).toBe('Very strong');
  });

  it('sees through keyboard patterns and repetition', async () => {
    expect((await ratePassphrase('qwertyuiop')).score).toBeLessThanOrEqual(1);
    expect((await ratePassphrase('aaaaaaaaaaaa')).score).toBeLessThanOrEqual(1);
  });
});
