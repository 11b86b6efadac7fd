"""The key file: the vault's random 256-bit key, wrapped by a key derived from the passphrase.

Argon2id turns the passphrase into a key-encryption key; AES-256-GCM wraps the vault key with it.
The Argon2 parameters and salt are stored beside the wrapped key, so they can be raised later without
breaking old files. A wrong passphrase fails the GCM tag, before the database is ever touched.
Changing the passphrase rewrites only this small file (atomically); destroying it wipes the vault.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .errors import KeyFileCorrupt, VaultExists, VaultNotFound, WeakPassphrase, WrongPassphrase

FORMAT = "lfn-vault-key"
FORMAT_VERSION = 1
KEY_BYTES = 32


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default takes about a quarter of a second on a modest laptop."""

    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 2


DEFAULT_KDF = KdfParams()
# Cheap parameters for tests and the benchmark's throwaway vaults; stored in the file like any other.
LIGHT_KDF = KdfParams(time_cost=1, memory_cost_kib=8 * 1024, parallelism=1)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    if not passphrase:
        raise WrongPassphrase()
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_cost_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def _aad(vault_id: str) -> bytes:
    return f"{FORMAT}/{FORMAT_VERSION}/{vault_id}".encode()


def _checksum(doc: dict) -> str:
    """SHA-256 of everything but itself: tells a damaged file apart from a wrong passphrase (both fail GCM)."""
    body = {name: value for name, value in doc.items() if name != "check"}
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()


def _wrap(key: bytes, passphrase: str, vault_id: str, params: KdfParams) -> dict:
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    kek = _derive(passphrase, salt, params)
    doc = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "vault_id": vault_id,
        "kdf": {"name": "argon2id", **asdict(params), "salt": _b64(salt)},
        "wrap": {"cipher": "AES-256-GCM", "nonce": _b64(nonce),
                 "ciphertext": _b64(AESGCM(kek).encrypt(nonce, key, _aad(vault_id)))},
    }
    doc["check"] = _checksum(doc)
    return doc


# The one rule for a new passphrase, wherever it is chosen (the app's first-run dialog, init, passphrase).
MIN_PASSPHRASE = 8


def check_new_passphrase(passphrase: str) -> str:
    if len(passphrase or "") < MIN_PASSPHRASE:
        raise WeakPassphrase(MIN_PASSPHRASE)
    return passphrase


def write_atomically(path: Path, data: bytes) -> None:
    """Write a file so that a crash leaves either the old or the new content, never half of one. The temporary
    file has a name of its own (two writers never share one) and, like the result, is readable by its owner only."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")  # created 0600
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


@dataclass(frozen=True)
class KeyFile:
    vault_id: str
    params: KdfParams
    salt: bytes
    nonce: bytes
    ciphertext: bytes

    @classmethod
    def read(cls, path: Path) -> KeyFile:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise VaultNotFound(f"No key file at {path}.") from None
        return cls.parse(raw, path.name)

    @classmethod
    def wrap(cls, key: bytes, secret: str, vault_id: str, params: KdfParams) -> KeyFile:
        """A new wrapping of ``key`` under ``secret`` (kept in memory, as the quick-unlock PIN's)."""
        return cls.from_doc(_wrap(key, secret, vault_id, params), "(in memory)")

    @classmethod
    def parse(cls, raw: bytes, name: str) -> KeyFile:
        try:
            doc = json.loads(raw)
        except ValueError as exc:
            raise _damaged(name, exc) from None
        return cls.from_doc(doc, name)

    @classmethod
    def from_doc(cls, doc, name: str) -> KeyFile:
        try:
            if doc.get("format") != FORMAT:
                raise ValueError("not a vault key file")
            if doc.get("format_version") != FORMAT_VERSION:
                raise ValueError(f"unknown key file version {doc.get('format_version')!r}")
            if "check" in doc and doc["check"] != _checksum(doc):  # files of the first builds have none
                raise ValueError("its checksum does not match")
            kdf, wrap = doc["kdf"], doc["wrap"]
            if kdf["name"] != "argon2id" or wrap["cipher"] != "AES-256-GCM":
                raise ValueError("unknown algorithm")
            return cls(
                vault_id=str(doc["vault_id"]),
                params=KdfParams(int(kdf["time_cost"]), int(kdf["memory_cost_kib"]), int(kdf["parallelism"])),
                salt=base64.b64decode(kdf["salt"], validate=True),
                nonce=base64.b64decode(wrap["nonce"], validate=True),
                ciphertext=base64.b64decode(wrap["ciphertext"], validate=True),
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise _damaged(name, exc) from None

    def unwrap(self, passphrase: str) -> bytes:
        kek = _derive(passphrase, self.salt, self.params)
        try:
            key = AESGCM(kek).decrypt(self.nonce, self.ciphertext, _aad(self.vault_id))
        except InvalidTag:
            raise WrongPassphrase() from None
        if len(key) != KEY_BYTES:
            raise KeyFileCorrupt("The key file holds a key of the wrong length.")
        return key


def _damaged(name: str, exc: Exception) -> KeyFileCorrupt:
    return KeyFileCorrupt(f"The key file {name} is damaged or is not a vault key file ({exc}). Nothing was changed; "
                          "restore it from a backup.")


def create_key_file(path: Path, passphrase: str, vault_id: str, params: KdfParams = DEFAULT_KDF) -> bytes:
    """Make a new random vault key, store it wrapped at ``path`` and return it."""
    if path.exists():
        raise VaultExists(f"A key file already exists at {path}; it was left untouched.")
    key = secrets.token_bytes(KEY_BYTES)
    write_atomically(path, json.dumps(_wrap(key, passphrase, vault_id, params), indent=1).encode())
    return key


def unwrap_key(path: Path, passphrase: str) -> bytes:
    return KeyFile.read(path).unwrap(passphrase)


def rewrap_key(path: Path, old_passphrase: str, new_passphrase: str, params: KdfParams | None = None) -> None:
    """Change the passphrase: the vault key and the database file stay the same."""
    check_new_passphrase(new_passphrase)
    current = KeyFile.read(path)
    key = current.unwrap(old_passphrase)
    doc = _wrap(key, new_passphrase, current.vault_id, params or current.params)
    write_atomically(path, json.dumps(doc, indent=1).encode())


def vault_id_of(path: Path) -> str:
    return KeyFile.read(path).vault_id
