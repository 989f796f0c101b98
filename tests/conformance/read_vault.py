#!/usr/bin/env python3
"""An independent reader of Ask Anyway vaults, written from the format alone
(docs/vault-format.md), in Python with PyNaCl's libsodium bindings and the system
SQLite, to prove that what the app writes follows the published format.

Usage: read_vault.py VAULT OUT.sqlite
The passphrase comes from ASK_ANYWAY_PASSPHRASE, or the recovery key from
ASK_ANYWAY_RECOVERY_KEY. Prints one JSON line: {"records": n, "dropped_tail": bool}.
Exits 1 with {"error": CODE} when the vault cannot be read.
"""
import hashlib
import json
import os
import sqlite3
import struct
import sys
import unicodedata

from nacl import bindings as sodium

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def fail(code):
    print(json.dumps({"error": code}))
    sys.exit(1)


def decode_recovery_key(text):
    text = "".join(ch for ch in text.upper() if ch not in " -\t\n")
    text = text.replace("I", "1").replace("L", "1").replace("O", "0")
    if len(text) != 52 or any(ch not in CROCKFORD for ch in text):
        fail("WRONG_RECOVERY_KEY")
    value = 0
    for ch in text:
        value = (value << 5) | CROCKFORD.index(ch)
    return (value >> 4).to_bytes(32, "big")  # 260 bits, the last 4 are padding


def aead_open(key, nonce, ciphertext, ad):
    try:
        return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(ciphertext, ad, nonce, key)
    except Exception:
        return None


def main(vault_path, out_path):
    data = open(vault_path, "rb").read()
    if data[:8] != b"ASKANYWY":
        fail("NOT_A_VAULT")
    version, kdf = struct.unpack_from("<HB", data, 8)
    if version != 1 or kdf != 2:
        fail("UNSUPPORTED_VERSION")
    opslimit, memlimit_kib = struct.unpack_from("<II", data, 12)
    salt = data[20:36]
    pk_nonce, pk_wrap = data[36:60], data[60:108]
    rk_nonce, rk_wrap = data[108:132], data[132:180]
    body_nonce = data[180:204]
    (body_len,) = struct.unpack_from("<Q", data, 204)
    end = 212 + body_len
    if end + 32 > len(data):
        fail("VAULT_CORRUPT")
    if hashlib.blake2b(data[:end], digest_size=32).digest() != data[end:end + 32]:
        fail("VAULT_CORRUPT")
    if not (1 <= opslimit <= 10 and 8 * 1024 <= memlimit_kib <= 1024 * 1024):
        fail("VAULT_CORRUPT")

    if "ASK_ANYWAY_RECOVERY_KEY" in os.environ:
        rk = decode_recovery_key(os.environ["ASK_ANYWAY_RECOVERY_KEY"])
        dk = aead_open(rk, rk_nonce, rk_wrap, data[0:12])
        if dk is None:
            fail("WRONG_RECOVERY_KEY")
    else:
        passphrase = unicodedata.normalize("NFC", os.environ["ASK_ANYWAY_PASSPHRASE"]).encode("utf-8")
        pk = sodium.crypto_pwhash_alg(32, passphrase, salt, opslimit, memlimit_kib * 1024,
                                      sodium.crypto_pwhash_ALG_ARGON2ID13)
        dk = aead_open(pk, pk_nonce, pk_wrap, data[0:36])
        if dk is None:
            fail("WRONG_PASSPHRASE")

    image = aead_open(dk, body_nonce, data[212:end], data[0:212])
    if image is None:
        fail("VAULT_CORRUPT")
    with open(out_path, "wb") as out:
        out.write(image)

    # The log: records framed as rec_len (4) | nonce (24) | ciphertext.
    frames, offset, torn = [], end + 32, False
    while offset < len(data):
        if len(data) - offset < 28:
            torn = True
            break
        (rec_len,) = struct.unpack_from("<I", data, offset)
        if offset + 28 + rec_len > len(data):
            torn = True
            break
        frames.append((data[offset + 4:offset + 28], data[offset + 28:offset + 28 + rec_len]))
        offset += 28 + rec_len

    db = sqlite3.connect(out_path, isolation_level=None)
    applied, dropped = 0, torn
    for seq, (nonce, ciphertext) in enumerate(frames, start=1):
        batch = aead_open(dk, nonce, ciphertext, body_nonce + struct.pack("<Q", seq))
        if batch is None:
            if seq == len(frames) and not torn:
                dropped = True
                break
            fail("VAULT_CORRUPT")
        db.execute("BEGIN")
        try:
            for sql, params in json.loads(batch.decode("utf-8")):
                db.execute(sql, params)
            db.execute("COMMIT")
        except Exception:
            db.execute("ROLLBACK")
            fail("VAULT_CORRUPT")
        applied += 1
    db.close()
    print(json.dumps({"records": applied, "dropped_tail": dropped}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
