import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../main/window/contentSecurityPolicy.js';

const directives = new Map(
  contentSecurityPolicy.split(';').map((directive) => {
    const [name = '', ...sources] = directive.trim().split(/\s+/);
    return [name, sources] as const;
  }),
);

describe('the renderer’s Content-Security-Policy', () => {
  it('denies everything by default', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
  });

  it('never allows eval or inline code', () => {
    expect(contentSecurityPolicy).not.toMatch(
      /unsafe-eval|unsafe-inline|wasm-unsafe-eval|unsafe-hashes/,
    );
  });

  it('allows no remote origin anywhere', () => {
    for (const [, sources] of directives) {
      for (const source of sources) expect(source).toMatch(/^('self'|'none'|data:)$/);
    }
  });

  it('forbids network access, plugins, base rewriting and form posts', () => {
    for (const name of [
      'connect-src',
      'object-src',
      'base-uri',
      'form-action',
      'frame-ancestors',
    ]) {
      expect(directives.get(name)).toEqual(["'none'"]);
    }
  });
});
