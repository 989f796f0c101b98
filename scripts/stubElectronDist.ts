import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FuseV1Options, FuseVersion } from '@electron/fuses';

/**
 * Electron's own fuse defaults, in wire order (@electron/fuses' FuseV1Options; Electron's
 * docs/tutorial/fuses.md): RunAsNode, NODE_OPTIONS, the inspect arguments and file://'s
 * extra privileges on, the rest off. The stand-in starts from them, so a fuse the packaged
 * binary reads back as off was turned off by the configuration, not by the stand-in.
 */
const electronDefaults: Readonly<Record<FuseV1Options, boolean>> = {
  [FuseV1Options.RunAsNode]: true,
  [FuseV1Options.EnableCookieEncryption]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: true,
  [FuseV1Options.EnableNodeCliInspectArguments]: true,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: false,
  [FuseV1Options.OnlyLoadAppFromAsar]: false,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: true,
};

/** The marker @electron/fuses searches the binary for; the wire follows it. */
const sentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * Writes an "unpacked Electron distribution" for Linux that electron-builder can package
 * (`electronDist`) with no download: an `electron` that only says it is a stand-in, and
 * carries the fuse sentinel followed by a version-1 wire (version byte, length byte, one
 * '0'/'1' byte per fuse) exactly where @electron/fuses looks, so `electronFuses` is
 * flipped in it as it would be in the real binary.
 */
export function writeStubElectronDist(folder: string): void {
  mkdirSync(folder, { recursive: true });
  // Object.values of integer keys runs in key order: the wire's order.
  const fuses = Buffer.from(
    Object.values(electronDefaults)
      .map((on) => (on ? '1' : '0'))
      .join(''),
  );
  const wire = Buffer.concat([Buffer.from([Number(FuseVersion.V1), fuses.length]), fuses]);
  const script = Buffer.from(
    '#!/bin/sh\necho "A stand-in for Electron, packaged by the package smoke test; it cannot run the app." >&2\nexit 1\n# ',
  );
  const binary = path.join(folder, 'electron');
  writeFileSync(binary, Buffer.concat([script, Buffer.from(sentinel), wire, Buffer.from('\n')]));
  chmodSync(binary, 0o755);
}
