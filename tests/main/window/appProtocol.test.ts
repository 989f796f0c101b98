import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rendererBundleResponder } from '../../../main/window/appProtocol.js';
import { contentSecurityPolicy } from '../../../main/window/contentSecurityPolicy.js';

let folder: string;
let root: string;
let respond: (url: string) => Promise<Response>;
beforeAll(() => {
  // The bundle in `folder/renderer`, and a file beside it that must never be served.
  folder = mkdtempSync(path.join(tmpdir(), 'ask-anyway-bundle-'));
  root = path.join(folder, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Ask Anyway</title>');
  writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(path.join(root, 'assets', 'data.bin'), 'bytes');
  writeFileSync(path.join(folder, 'outside.js'), 'secret');
  respond = rendererBundleResponder(root);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** What the page gets: status, the headers that matter, and the body. */
async function served(url: string) {
  const response = await respond(url);
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    csp: response.headers.get('content-security-policy'),
    nosniff: response.headers.get('x-content-type-options'),
    body: await response.text(),
  };
}

describe('the app:// handler', () => {
  it.each([
    ['app://ask-anyway/index.html', 'text/html; charset=utf-8', '<!doctype html>'],
    ['app://ask-anyway/', 'text/html; charset=utf-8', '<!doctype html>'],
    ['app://ask-anyway/assets/index-abc.js', 'text/javascript; charset=utf-8', 'console.log'],
    ['app://ask-anyway/assets/index-abc.css', 'text/css; charset=utf-8', 'body{}'],
    ['app://ask-anyway/assets/data.bin', 'application/octet-stream', 'bytes'],
  ])('serves %s as %s, with the CSP and no sniffing', async (url, type, start) => {
    const answer = await served(url);
    expect(answer).toMatchObject({
      status: 200,
      type,
      csp: contentSecurityPolicy,
      nosniff: 'nosniff',
    });
    expect(answer.body.startsWith(start)).toBe(true);
  });

  it.each([
    ['a file that is not there', 'app://ask-anyway/assets/missing.js'],
    ['a folder', 'app://ask-anyway/assets'],
    ['a way out of the bundle', 'app://ask-anyway/%2e%2e/outside.js'],
    ['an encoded slash', 'app://ask-anyway/..%2Foutside.js'],
    ['another host', 'app://elsewhere/index.html'],
  ])('answers %s with a 404 that carries the CSP', async (_what, url) => {
    expect(await served(url)).toEqual({
      status: 404,
      type: 'text/plain; charset=utf-8',
      csp: contentSecurityPolicy,
      nosniff: 'nosniff',
      body: 'Not found',
    });
  });
});
