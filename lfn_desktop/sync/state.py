"""What the vault remembers about sync (keys of its local state), readable without loading the protocol.

The app shows "last synced" and "not linked" at start-up; importing the sync engine (pydantic, httpx) is
left until a sync actually runs.
"""

from __future__ import annotations

from datetime import datetime

from lfn_desktop.store.store import Store

STATE_SERVER_URL = "sync_server_url"
STATE_TOKEN = "sync_token"  # only ever inside the encrypted vault
STATE_CERT = "sync_cert_pem"
STATE_PARTNERSHIP = "sync_partnership_id"
STATE_ROLE = "sync_role"
STATE_LAST_SYNC = "sync_last_success"
STATE_LAST_VERIFY = "sync_last_verified"
STATE_SCOPE = "sync_scope_token"  # the server's fingerprint of the dossiers this laptop was last answered for


def is_enrolled(store: Store) -> bool:
    return bool(store.state().get(STATE_TOKEN))


def last_sync(store: Store) -> datetime | None:
    value = store.state().get(STATE_LAST_SYNC)
    return datetime.fromisoformat(value) if value else None
