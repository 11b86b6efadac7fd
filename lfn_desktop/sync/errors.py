"""What can go wrong at sync, each with a sentence the coach understands. Nothing local is lost in any case."""

from __future__ import annotations


class SyncError(Exception):
    """Base of every sync failure; the local vault is consistent and the next sync resumes."""


class SyncOffline(SyncError):
    def __init__(self, detail: str = ""):
        super().__init__("The server cannot be reached (no network, or the server is down). Your work is kept; "
                         "sync again later." + (f" ({detail})" if detail else ""))


class CertificateProblem(SyncError):
    def __init__(self, detail: str = ""):
        super().__init__("The server's certificate is not the one this laptop trusts. Nothing was sent. "
                         "Ask your team lead before syncing." + (f" ({detail})" if detail else ""))


class DeviceRevoked(SyncError):
    def __init__(self):
        super().__init__("This laptop was blocked by the partnership (reported lost?). Its vault is wiped.")


class NotEnrolled(SyncError):
    def __init__(self):
        super().__init__("This vault is not linked to a server yet: enrol first.")


class SignInFailed(SyncError):
    pass


class ClientTooOld(SyncError):
    def __init__(self, message: str = ""):
        super().__init__("Please update LfN Desktop: the server uses a newer version. Nothing was changed. "
                         + message)


class ServerTooOld(SyncError):
    def __init__(self, detail: str = ""):
        super().__init__("The server runs an older version than this app; ask for the server to be updated. "
                         "Nothing was changed." + (f" ({detail})" if detail else ""))


class SyncRefused(SyncError):
    """The server answered 4xx with a reason."""


class PasswordChangeRequired(SyncError):
    """The password was given by the team lead (a new account, a reset): sign in again with one of her own."""


class SyncCancelled(SyncError):
    def __init__(self):
        super().__init__("Sync was cancelled; what was already exchanged is kept and the next sync resumes.")


class InsecureAddress(SyncError):
    def __init__(self):
        super().__init__("The server's address must start with https:// (plain http only to this laptop itself). "
                         "Nothing was sent.")
