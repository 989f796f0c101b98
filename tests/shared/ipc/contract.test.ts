import { describe, expect, it } from 'vitest';
import { contract, events } from '../../../shared/ipc/contract.js';

describe('the IPC contract', () => {
  it('names every channel and event domain.verb in camelCase', () => {
    for (const name of [...Object.keys(contract), ...Object.keys(events)]) {
      expect(name).toMatch(/^[a-z]+\.[a-z][A-Za-z]*$/);
    }
  });

  it('rejects unknown keys in every object request, so nothing unexpected reaches a service', () => {
    for (const [name, spec] of Object.entries(contract)) {
      const parsed = spec.request.safeParse({ unexpected: true });
      expect(parsed.success, name).toBe(false);
    }
  });
});
