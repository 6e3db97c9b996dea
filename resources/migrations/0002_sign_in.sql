-- Sign-in: lockout after repeated failures, remembered sessions, and forced password changes.

-- Failed sign-ins per user name, whether or not an account has that name, so that a lockout
-- never tells anyone which names exist. Local only: never synced.
CREATE TABLE sign_in_throttle (
    username        TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,
    failures        INTEGER NOT NULL CHECK (failures >= 0),
    last_failure_at INTEGER NOT NULL,
    locked_until    INTEGER NOT NULL DEFAULT 0
) STRICT;

-- "Remember me": the OS keychain holds the session's secret; this table only its hash.
-- Local only: a session belongs to this computer.
CREATE TABLE user_session (
    id          TEXT PRIMARY KEY NOT NULL,
    user_id     TEXT NOT NULL REFERENCES user_account (id),
    secret_hash TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    revoked_at  INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX user_session_user ON user_session (user_id);

-- Set when an administrator resets a password: the user chooses a new one at the next sign-in.
ALTER TABLE user_account
    ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1));
