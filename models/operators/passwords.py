"""Password hashing for operators: argon2id through argon2-cffi.

Contract: ``hash_password(password, hasher=DEFAULT_HASHER) -> str`` returns
an encoded argon2id hash (parameters and salt inside it, so a hash made with
other parameters still verifies); ``check_password(encoded, password) ->
bool`` is constant-time and never raises for a wrong password or a damaged
hash (False). ``validate_password(password)`` raises ``PasswordError`` (a
``ValueError`` and a translatable ``models.refusal.Refusal``) with a message
for a person when a new password is unacceptable (shorter than
``MIN_LENGTH``). The parameters (``DEFAULT_PARAMETERS``: argon2id, 3 passes
over 64 MiB, one lane) were chosen for control-room PCs: one sign-in costs a
few hundred milliseconds of one core (tests/benchmarks/bench_operators.py
prints the figure), far too slow to guess offline at scale, and too little
for an operator to notice. Hashing runs off the GUI thread.
"""

from __future__ import annotations

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from models.refusal import QT_TRANSLATE_NOOP, Refusal

MIN_LENGTH = 8
DEFAULT_PARAMETERS = {"time_cost": 3, "memory_cost": 64 * 1024, "parallelism": 1}
DEFAULT_HASHER = PasswordHasher(**DEFAULT_PARAMETERS, type=Type.ID)


class PasswordError(Refusal, ValueError):
    """A new password that is not acceptable; ``str()`` says why in English."""


def validate_password(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise PasswordError(
            QT_TRANSLATE_NOOP("Refusal", "a password needs at least {n} characters"), n=MIN_LENGTH
        )
    if password != password.strip():
        raise PasswordError(
            QT_TRANSLATE_NOOP("Refusal", "a password cannot begin or end with a space")
        )


def hash_password(password: str, hasher: PasswordHasher = DEFAULT_HASHER) -> str:
    return hasher.hash(password)


def check_password(encoded: str | None, password: str) -> bool:
    if not encoded:
        return False
    try:
        return bool(DEFAULT_HASHER.verify(encoded, password))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(encoded: str) -> bool:
    """True when ``encoded`` was made with other parameters than today's defaults."""
    try:
        return DEFAULT_HASHER.check_needs_rehash(encoded)
    except InvalidHashError:
        return True
