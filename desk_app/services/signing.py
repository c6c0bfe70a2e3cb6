"""The installation's journal key (issue 12). Every journal entry's hash is signed with an
Ed25519 key kept in the user config folder, never in the database: someone who edits the
database with plain sqlite3 and recomputes the chain cannot sign it. The public key is written
into the journal when a key is made, so signatures stay checkable after the key file is lost;
a lost key file is reported and a new key made, never fatal."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from desk_app.files import write_atomically
from desk_app.paths import config_dir

log = logging.getLogger(__name__)
KEY_FILE = "journal-signing.key"


@dataclass
class JournalKey:
    private: Ed25519PrivateKey
    path: Path
    created: bool = False  # made now: the first start, or the old file was lost

    @property
    def public_hex(self) -> str:
        return self.private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()

    def sign(self, entry_hash: str) -> str:
        return self.private.sign(bytes.fromhex(entry_hash)).hex()


def verify_signature(public_hex: str, entry_hash: str, signature: str) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex)).verify(
            bytes.fromhex(signature), bytes.fromhex(entry_hash)
        )
    except (InvalidSignature, ValueError):
        return False
    return True


def key_path() -> Path:
    return config_dir() / KEY_FILE


def load_or_create_key(path: Path | None = None) -> JournalKey:
    """The key in the config folder, made on first use (readable by this user only)."""
    path = path or key_path()
    if path.exists():
        try:
            raw = bytes.fromhex(path.read_text(encoding="ascii").strip())
            return JournalKey(Ed25519PrivateKey.from_private_bytes(raw), path)
        except (OSError, ValueError) as e:
            log.error("journal key %s cannot be read (%s): a new key is made", path, e)
            aside = path.with_suffix(".unreadable")
            path.replace(aside)
    key = Ed25519PrivateKey.generate()
    from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat

    raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()).hex()
    write_atomically(path, raw.encode("ascii"), mode=0o600)  # readable by this user only
    return JournalKey(key, path, created=True)
