import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveBundleFile } from '../../../main/window/bundlePath.js';

const root = path.resolve('/app/out/renderer');

describe('resolveBundleFile', () => {
  it.each([
    ['app://ask-anyway/index.html', 'index.html'],
    ['app://ask-anyway/', 'index.html'],
    ['app://ask-anyway/assets/index-abc.js', 'assets/index-abc.js'],
    ['app://ask-anyway/assets/a%20b.css', 'assets/a b.css'],
    ['app://ask-anyway/index.html?x=1#top', 'index.html'],
  ])('serves %s from the bundle', (url, file) => {
    expect(resolveBundleFile(root, url, 'ask-anyway')).toBe(path.join(root, file));
  });

  it.each([
    ['a parent directory', 'app://ask-anyway/../../etc/passwd'],
    ['an encoded parent directory', 'app://ask-anyway/%2e%2e/%2e%2e/etc/passwd'],
  ])('keeps %s inside the bundle (the URL parser folds the dots away)', (_name, url) => {
    expect(resolveBundleFile(root, url, 'ask-anyway')).toBe(path.join(root, 'etc/passwd'));
  });

  it.each([
    ['an encoded slash', 'app://ask-anyway/..%2f..%2fsecret'],
    ['a backslash', 'app://ask-anyway/..%5csecret'],
    ['a NUL byte', 'app://ask-anyway/index.html%00.js'],
    ['broken percent-encoding', 'app://ask-anyway/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['not a URL', 'index.html'],
  ])('refuses %s', (_name, url) => {
    expect(resolveBundleFile(root, url, 'ask-anyway')).toBeUndefined();
  });
});
