-- CampusDesk schema, version 1.
--
-- Conventions (docs/architecture.md, "Data"):
--  * Every synced table has id (UUID text), rev (server change number, 0 = never synced),
--    updated_at (UTC ms since epoch), updated_by (user id, '' for CampusDesk itself) and
--    deleted (tombstone). Rows are never hard-deleted.
--  * Instants are INTEGER ms since the Unix epoch, UTC. Calendar dates are TEXT 'YYYY-MM-DD'.
--  * Money is INTEGER minor units plus a TEXT ISO 4217 currency code.
--  * Derived figures (percentages, totals, balances, statuses) are never stored.
--  * Tables are STRICT so a value of the wrong type is an error, not a silent conversion.

CREATE TABLE app_setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE student (
    id                  TEXT PRIMARY KEY NOT NULL,
    student_number      TEXT NOT NULL COLLATE NOCASE,
    first_name          TEXT NOT NULL COLLATE NOCASE,
    last_name           TEXT NOT NULL COLLATE NOCASE,
    email               TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
    phone               TEXT NOT NULL DEFAULT '',
    date_of_birth       TEXT,
    batch               TEXT NOT NULL,
    program             TEXT NOT NULL,
    status              TEXT NOT NULL CHECK (status IN ('active', 'graduated', 'withdrawn')),
    biometric_consent   INTEGER NOT NULL DEFAULT 0 CHECK (biometric_consent IN (0, 1)),
    consent_recorded_by TEXT,
    consent_recorded_at INTEGER,
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
CREATE UNIQUE INDEX student_number_key ON student (student_number) WHERE deleted = 0;
-- Search and sort: each searchable column, then the name sort key, so a prefix range can be
-- read and ordered by name from the index alone.
CREATE INDEX student_by_name ON student (last_name, first_name, id) WHERE deleted = 0;
CREATE INDEX student_by_first_name ON student (first_name, last_name, id) WHERE deleted = 0;
CREATE INDEX student_by_number ON student (student_number, last_name, first_name, id) WHERE deleted = 0;
CREATE INDEX student_by_email ON student (email, last_name, first_name, id) WHERE deleted = 0;

-- Local only, maintained by the triggers below like an index: the first one, two and three
-- characters (ASCII lower case, as LIKE compares) of each searchable column, with the name sort
-- key. A short search word is then one index range already in name order, however many
-- students share it. Never written by application code.
CREATE TABLE student_search (
    term       TEXT NOT NULL,
    last_name  TEXT NOT NULL COLLATE NOCASE,
    first_name TEXT NOT NULL COLLATE NOCASE,
    student_id TEXT NOT NULL,
    PRIMARY KEY (term, last_name, first_name, student_id)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER student_search_insert AFTER INSERT ON student WHEN NEW.deleted = 0
BEGIN
    INSERT OR IGNORE INTO student_search (term, last_name, first_name, student_id)
    SELECT lower(substr(v.value, 1, n.value)), NEW.last_name, NEW.first_name, NEW.id
    FROM (SELECT NEW.last_name AS value UNION ALL SELECT NEW.first_name
          UNION ALL SELECT NEW.student_number UNION ALL SELECT NEW.email) AS v,
         (SELECT 1 AS value UNION ALL SELECT 2 UNION ALL SELECT 3) AS n
    WHERE length(v.value) >= n.value;
END;
CREATE TRIGGER student_search_update
AFTER UPDATE OF last_name, first_name, student_number, email, deleted ON student
BEGIN
    DELETE FROM student_search
    WHERE (term, last_name, first_name, student_id) IN (
        SELECT lower(substr(v.value, 1, n.value)), OLD.last_name, OLD.first_name, OLD.id
        FROM (SELECT OLD.last_name AS value UNION ALL SELECT OLD.first_name
              UNION ALL SELECT OLD.student_number UNION ALL SELECT OLD.email) AS v,
             (SELECT 1 AS value UNION ALL SELECT 2 UNION ALL SELECT 3) AS n);
    INSERT OR IGNORE INTO student_search (term, last_name, first_name, student_id)
    SELECT lower(substr(v.value, 1, n.value)), NEW.last_name, NEW.first_name, NEW.id
    FROM (SELECT NEW.last_name AS value UNION ALL SELECT NEW.first_name
          UNION ALL SELECT NEW.student_number UNION ALL SELECT NEW.email) AS v,
         (SELECT 1 AS value UNION ALL SELECT 2 UNION ALL SELECT 3) AS n
    WHERE NEW.deleted = 0 AND length(v.value) >= n.value;
END;

CREATE TABLE guardian (
    id           TEXT PRIMARY KEY NOT NULL,
    student_id   TEXT NOT NULL REFERENCES student (id),
    position     INTEGER NOT NULL DEFAULT 0,
    name         TEXT NOT NULL,
    relationship TEXT NOT NULL DEFAULT '',
    phone        TEXT NOT NULL DEFAULT '',
    email        TEXT NOT NULL DEFAULT '',
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
CREATE INDEX guardian_of_student ON guardian (student_id);

CREATE TABLE user_account (
    id            TEXT PRIMARY KEY NOT NULL,
    username      TEXT NOT NULL COLLATE NOCASE,
    full_name     TEXT NOT NULL,
    email         TEXT NOT NULL DEFAULT '',
    role          TEXT NOT NULL CHECK (role IN ('admin', 'staff', 'teacher', 'student')),
    password_hash TEXT NOT NULL,
    disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    student_id    TEXT REFERENCES student (id),
    created_at    INTEGER NOT NULL,
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
CREATE UNIQUE INDEX user_account_username_key ON user_account (username) WHERE deleted = 0;
CREATE INDEX user_account_of_student ON user_account (student_id) WHERE student_id IS NOT NULL;

CREATE TABLE semester (
    id        TEXT PRIMARY KEY NOT NULL,
    name      TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on   TEXT NOT NULL,
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK (ends_on >= starts_on)
) STRICT;

CREATE TABLE course (
    id          TEXT PRIMARY KEY NOT NULL,
    code        TEXT NOT NULL COLLATE NOCASE,
    title       TEXT NOT NULL,
    semester_id TEXT NOT NULL REFERENCES semester (id),
    credits     REAL NOT NULL CHECK (credits >= 0),
    program     TEXT NOT NULL DEFAULT '',
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
CREATE UNIQUE INDEX course_code_key ON course (semester_id, code) WHERE deleted = 0;

CREATE TABLE course_teacher (
    id         TEXT PRIMARY KEY NOT NULL,
    course_id  TEXT NOT NULL REFERENCES course (id),
    teacher_id TEXT NOT NULL REFERENCES user_account (id),
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
CREATE UNIQUE INDEX course_teacher_key ON course_teacher (course_id, teacher_id) WHERE deleted = 0;
CREATE INDEX course_teacher_by_teacher ON course_teacher (teacher_id) WHERE deleted = 0;

CREATE TABLE enrollment (
    id          TEXT PRIMARY KEY NOT NULL,
    student_id  TEXT NOT NULL REFERENCES student (id),
    course_id   TEXT NOT NULL REFERENCES course (id),
    status      TEXT NOT NULL CHECK (status IN ('active', 'dropped')),
    enrolled_on TEXT NOT NULL,
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
CREATE UNIQUE INDEX enrollment_key ON enrollment (student_id, course_id) WHERE deleted = 0;
CREATE INDEX enrollment_by_course ON enrollment (course_id) WHERE deleted = 0;

CREATE TABLE attendance_session (
    id               TEXT PRIMARY KEY NOT NULL,
    course_id        TEXT NOT NULL REFERENCES course (id),
    session_date     TEXT NOT NULL,
    starts_at        TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
    opened_by        TEXT NOT NULL,
    closed_at        INTEGER,
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
CREATE INDEX attendance_session_by_course ON attendance_session (course_id, session_date);

-- Append-only: a correction is a new row; the newest mark per (session, student) is in force.
CREATE TABLE attendance_mark (
    id         TEXT PRIMARY KEY NOT NULL,
    session_id TEXT NOT NULL REFERENCES attendance_session (id),
    student_id TEXT NOT NULL REFERENCES student (id),
    status     TEXT NOT NULL CHECK (status IN ('present', 'late', 'absent', 'excused')),
    source     TEXT NOT NULL CHECK (source IN ('manual', 'face')),
    confidence REAL CHECK (confidence BETWEEN 0 AND 1),
    model      TEXT NOT NULL DEFAULT '',
    marked_by  TEXT NOT NULL,
    marked_at  INTEGER NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
CREATE INDEX attendance_mark_by_session ON attendance_mark (session_id, student_id);
CREATE INDEX attendance_mark_by_student ON attendance_mark (student_id);
CREATE TRIGGER attendance_mark_no_update BEFORE UPDATE ON attendance_mark
WHEN NEW.id IS NOT OLD.id OR NEW.session_id IS NOT OLD.session_id
  OR NEW.student_id IS NOT OLD.student_id OR NEW.status IS NOT OLD.status
  OR NEW.source IS NOT OLD.source OR NEW.confidence IS NOT OLD.confidence
  OR NEW.model IS NOT OLD.model OR NEW.marked_by IS NOT OLD.marked_by
  OR NEW.marked_at IS NOT OLD.marked_at OR NEW.note IS NOT OLD.note
  OR NEW.updated_at IS NOT OLD.updated_at OR NEW.updated_by IS NOT OLD.updated_by
  OR NEW.deleted IS NOT OLD.deleted
BEGIN
    SELECT RAISE(ABORT, 'attendance marks are append-only');
END;
CREATE TRIGGER attendance_mark_no_delete BEFORE DELETE ON attendance_mark
BEGIN
    SELECT RAISE(ABORT, 'attendance marks are append-only');
END;

CREATE TABLE grade_scale (
    id    TEXT PRIMARY KEY NOT NULL,
    name  TEXT NOT NULL,
    bands TEXT NOT NULL CHECK (json_valid(bands)), -- [{"letter","min","points","passing"}]
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;

CREATE TABLE assessment (
    id        TEXT PRIMARY KEY NOT NULL,
    course_id TEXT NOT NULL REFERENCES course (id),
    title     TEXT NOT NULL,
    category  TEXT NOT NULL,
    weight    REAL NOT NULL CHECK (weight >= 0),
    max_score REAL NOT NULL CHECK (max_score > 0),
    held_on   TEXT NOT NULL,
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
CREATE INDEX assessment_by_course ON assessment (course_id) WHERE deleted = 0;

CREATE TABLE mark (
    id            TEXT PRIMARY KEY NOT NULL,
    assessment_id TEXT NOT NULL REFERENCES assessment (id),
    student_id    TEXT NOT NULL REFERENCES student (id),
    status        TEXT NOT NULL CHECK (status IN ('scored', 'absent', 'excused')),
    score         REAL CHECK (score >= 0),
    entered_by    TEXT NOT NULL,
    entered_at    INTEGER NOT NULL,
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK ((status = 'scored') = (score IS NOT NULL))
) STRICT;
CREATE UNIQUE INDEX mark_key ON mark (assessment_id, student_id) WHERE deleted = 0;
CREATE INDEX mark_by_student ON mark (student_id) WHERE deleted = 0;

CREATE TABLE fee_invoice (
    id           TEXT PRIMARY KEY NOT NULL,
    student_id   TEXT NOT NULL REFERENCES student (id),
    semester_id  TEXT REFERENCES semester (id),
    description  TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    currency     TEXT NOT NULL CHECK (length(currency) = 3),
    issued_on    TEXT NOT NULL,
    due_on       TEXT NOT NULL,
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK (due_on >= issued_on)
) STRICT;
CREATE INDEX fee_invoice_by_student ON fee_invoice (student_id) WHERE deleted = 0;

-- Append-only ledger of an invoice: payments, refunds, waivers and late fees.
CREATE TABLE ledger_entry (
    id             TEXT PRIMARY KEY NOT NULL,
    invoice_id     TEXT NOT NULL REFERENCES fee_invoice (id),
    kind           TEXT NOT NULL CHECK (kind IN ('payment', 'refund', 'waiver', 'late_fee')),
    amount_minor   INTEGER NOT NULL CHECK (amount_minor > 0),
    currency       TEXT NOT NULL CHECK (length(currency) = 3),
    method         TEXT CHECK (method IN ('cash', 'bank', 'card', 'other')),
    receipt_number TEXT,
    recorded_by    TEXT NOT NULL,
    entry_date     TEXT NOT NULL,
    recorded_at    INTEGER NOT NULL,
    reason         TEXT NOT NULL DEFAULT '',
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
CREATE INDEX ledger_entry_by_invoice ON ledger_entry (invoice_id);
CREATE UNIQUE INDEX ledger_entry_receipt_key ON ledger_entry (receipt_number)
    WHERE receipt_number IS NOT NULL;
CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE ON ledger_entry
WHEN NEW.id IS NOT OLD.id OR NEW.invoice_id IS NOT OLD.invoice_id
  OR NEW.kind IS NOT OLD.kind OR NEW.amount_minor IS NOT OLD.amount_minor
  OR NEW.currency IS NOT OLD.currency OR NEW.method IS NOT OLD.method
  OR NEW.receipt_number IS NOT OLD.receipt_number OR NEW.recorded_by IS NOT OLD.recorded_by
  OR NEW.entry_date IS NOT OLD.entry_date OR NEW.recorded_at IS NOT OLD.recorded_at
  OR NEW.reason IS NOT OLD.reason OR NEW.updated_at IS NOT OLD.updated_at
  OR NEW.updated_by IS NOT OLD.updated_by OR NEW.deleted IS NOT OLD.deleted
BEGIN
    SELECT RAISE(ABORT, 'the fee ledger is append-only');
END;
CREATE TRIGGER ledger_entry_no_delete BEFORE DELETE ON ledger_entry
BEGIN
    SELECT RAISE(ABORT, 'the fee ledger is append-only');
END;

CREATE TABLE channel (
    id         TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL DEFAULT '',
    kind       TEXT NOT NULL CHECK (kind IN ('direct', 'group', 'course')),
    course_id  TEXT REFERENCES course (id),
    created_by TEXT NOT NULL,
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;

CREATE TABLE channel_member (
    id         TEXT PRIMARY KEY NOT NULL,
    channel_id TEXT NOT NULL REFERENCES channel (id),
    user_id    TEXT NOT NULL REFERENCES user_account (id),
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
CREATE UNIQUE INDEX channel_member_key ON channel_member (channel_id, user_id) WHERE deleted = 0;
CREATE INDEX channel_member_by_user ON channel_member (user_id) WHERE deleted = 0;

CREATE TABLE message (
    id         TEXT PRIMARY KEY NOT NULL,
    channel_id TEXT NOT NULL REFERENCES channel (id),
    sender_id  TEXT NOT NULL,
    body       TEXT NOT NULL,
    sent_at    INTEGER NOT NULL,
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
CREATE INDEX message_by_channel ON message (channel_id, sent_at);

-- Local only. Append-only record of every change made through this database.
CREATE TABLE audit_log (
    id         TEXT PRIMARY KEY NOT NULL,
    at         INTEGER NOT NULL,
    actor_id   TEXT NOT NULL,
    actor_name TEXT NOT NULL,
    action     TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    details    TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details))
) STRICT;
CREATE INDEX audit_log_by_time ON audit_log (at);
CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_by_actor ON audit_log (actor_id, at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- Local only. Mutations waiting to be sent to the server, oldest first.
CREATE TABLE outbox (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    mutation_id TEXT NOT NULL UNIQUE, -- idempotency key
    table_name  TEXT NOT NULL,
    op          TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    row_id      TEXT NOT NULL,
    base_rev    INTEGER NOT NULL,
    fields      TEXT NOT NULL CHECK (json_valid(fields)),
    created_at  INTEGER NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT NOT NULL DEFAULT ''
) STRICT;

-- Local only. Sync cursor and similar bookkeeping.
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

-- Local only. Field-level conflicts the user has to decide.
CREATE TABLE conflict (
    id           TEXT PRIMARY KEY NOT NULL,
    table_name   TEXT NOT NULL,
    row_id       TEXT NOT NULL,
    local_fields TEXT NOT NULL CHECK (json_valid(local_fields)),
    server_row   TEXT NOT NULL CHECK (json_valid(server_row)),
    detected_at  INTEGER NOT NULL,
    resolved_at  INTEGER,
    resolution   TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX conflict_open ON conflict (detected_at) WHERE resolved_at IS NULL;
