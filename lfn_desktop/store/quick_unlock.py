"""Quick unlock: after a lock, the coach may open the vault again with a short PIN instead of her passphrase.

The PIN wraps the vault key a second time, exactly as the passphrase does in the key file (Argon2id, then
AES-256-GCM), but that wrapping lives in this process's memory only and for a working day at most: a restart,
five wrong PINs or the end of its life destroy it, and then only the passphrase opens the vault. A PIN never
reaches the disk, so a stolen laptop (switched off, or restarted) still asks for the passphrase.
"""

from __future__ import annotations

import secrets
import time

from .errors import VaultError, WrongPassphrase
from .keyfile import DEFAULT_KDF, KdfParams, KeyFile

MIN_DIGITS, MAX_DIGITS = 4, 8
MAX_TRIES = 5
LIFETIME_S = 10 * 3600  # a working day


class PinRefused(VaultError):
    pass


class WrongPin(VaultError):
    def __init__(self, tries_left: int):
        super().__init__(f"The PIN is not correct; {tries_left} tries left.")
        self.tries_left = tries_left


class QuickUnlockGone(VaultError):
    def __init__(self):
        super().__init__("Quick unlock is no longer possible here; unlock with the passphrase.")


def check_pin(pin: str) -> str:
    if not (pin.isdigit() and pin.isascii() and MIN_DIGITS <= len(pin) <= MAX_DIGITS):
        raise PinRefused(f"A PIN is {MIN_DIGITS} to {MAX_DIGITS} digits.")
    if len(set(pin)) == 1 or pin in "0123456789" or pin in "9876543210":
        raise PinRefused("Choose a PIN that is not a row or a repeat of one digit.")
    return pin


class QuickUnlock:
    def __init__(self, key: bytes, pin: str, *, kdf: KdfParams = DEFAULT_KDF, clock=time.monotonic,
                 lifetime_s: float = LIFETIME_S):
        check_pin(pin)
        self._clock = clock
        self._wrapping: KeyFile | None = KeyFile.wrap(key, pin, secrets.token_hex(8), kdf)
        self.expires_at = clock() + lifetime_s
        self.tries_left = MAX_TRIES

    @property
    def usable(self) -> bool:
        if self._wrapping is not None and self._clock() >= self.expires_at:
            self.destroy()
        return self._wrapping is not None

    def unwrap(self, pin: str) -> bytes:
        """The vault key, or WrongPin (the fifth destroys the wrapping) or QuickUnlockGone."""
        if not self.usable:
            raise QuickUnlockGone()
        try:
            return self._wrapping.unwrap(pin)
        except WrongPassphrase:
            self.tries_left -= 1
            if self.tries_left <= 0:
                self.destroy()
                raise QuickUnlockGone() from None
            raise WrongPin(self.tries_left) from None

    def destroy(self) -> None:
        self._wrapping = None
        self.tries_left = 0
