"""Errors of the vault. Each says in a plain sentence what is wrong and that nothing was changed."""

from __future__ import annotations


class VaultError(Exception):
    """Base of every vault problem the user can be told about."""


class VaultNotFound(VaultError):
    pass


class VaultExists(VaultError):
    pass


class WrongPassphrase(VaultError):
    def __init__(self):
        super().__init__("The passphrase is not correct. Nothing was changed.")


class KeyFileCorrupt(VaultError):
    pass


class VaultCorrupt(VaultError):
    pass


class VaultLocked(VaultError):
    pass


class VaultTooNew(VaultError):
    pass


class VaultNeedsRoom(VaultError):
    """The vault must be migrated, and the backup made first could not be written."""


class UncapturedWrite(RuntimeError):
    """A write to a synced table that bypassed the change-capturing writer: a programming error."""


class VaultInUse(VaultError):
    def __init__(self):
        super().__init__("This vault is open in another LfN Desktop window or command. Close it there first; "
                         "nothing was changed.")


class WeakPassphrase(VaultError):
    def __init__(self, minimum: int):
        super().__init__(f"Choose a passphrase of at least {minimum} characters; nothing was changed.")


class DiskFull(VaultError):
    pass


class ReadOnlyPlace(VaultError):
    pass


class PathTooLong(VaultError):
    pass


class BackupError(VaultError):
    pass
