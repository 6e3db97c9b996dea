-- Gradebook and fee ledger.

-- A course's assessment categories and their share of the course total (coursework 40, exams
-- 60). An assessment belongs to the category of the same name; within a category the
-- assessments' own weights apply. A course without categories weighs its assessments directly.
CREATE TABLE assessment_category (
    id        TEXT PRIMARY KEY NOT NULL,
    course_id TEXT NOT NULL REFERENCES course (id),
    name      TEXT NOT NULL,
    weight    REAL NOT NULL CHECK (weight >= 0),
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
CREATE UNIQUE INDEX assessment_category_key ON assessment_category (course_id, name COLLATE NOCASE)
    WHERE deleted = 0;

-- Publishing a course's results shows them to its students and locks them: a later change of a
-- mark needs a reason, kept on the mark and in the audit log.
CREATE TABLE result_publication (
    id           TEXT PRIMARY KEY NOT NULL,
    course_id    TEXT NOT NULL REFERENCES course (id),
    published_by TEXT NOT NULL,
    published_at INTEGER NOT NULL,
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
CREATE UNIQUE INDEX result_publication_key ON result_publication (course_id) WHERE deleted = 0;

ALTER TABLE mark ADD COLUMN reason TEXT NOT NULL DEFAULT '';

-- What a program's students owe for a semester. program '' applies to every program. The late
-- fee (0 = none) is charged once, late_fee_after_days after the due date.
CREATE TABLE fee_structure (
    id                  TEXT PRIMARY KEY NOT NULL,
    semester_id         TEXT NOT NULL REFERENCES semester (id),
    program             TEXT NOT NULL DEFAULT '',
    description         TEXT NOT NULL,
    amount_minor        INTEGER NOT NULL CHECK (amount_minor > 0),
    currency            TEXT NOT NULL CHECK (length(currency) = 3),
    due_on              TEXT NOT NULL,
    late_fee_minor      INTEGER NOT NULL DEFAULT 0 CHECK (late_fee_minor >= 0),
    late_fee_after_days INTEGER NOT NULL DEFAULT 0 CHECK (late_fee_after_days >= 0),
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
CREATE UNIQUE INDEX fee_structure_key
    ON fee_structure (semester_id, program, description COLLATE NOCASE) WHERE deleted = 0;

-- An invoice made from a structure remembers it, so generating again skips students already
-- invoiced; each invoice carries its own late-fee rule (copied from the structure, or set on a
-- one-off invoice).
ALTER TABLE fee_invoice ADD COLUMN fee_structure_id TEXT REFERENCES fee_structure (id);
ALTER TABLE fee_invoice
    ADD COLUMN late_fee_minor INTEGER NOT NULL DEFAULT 0 CHECK (late_fee_minor >= 0);
ALTER TABLE fee_invoice
    ADD COLUMN late_fee_after_days INTEGER NOT NULL DEFAULT 0 CHECK (late_fee_after_days >= 0);
CREATE UNIQUE INDEX fee_invoice_of_structure ON fee_invoice (fee_structure_id, student_id)
    WHERE deleted = 0 AND fee_structure_id IS NOT NULL;
CREATE INDEX fee_invoice_by_semester ON fee_invoice (semester_id, student_id) WHERE deleted = 0;

-- Receipt numbers must be unique across every copy of the school that syncs with the server,
-- also when issued offline: each database numbers its receipts in its own series
-- (R-2026-<series>-000001). A clash is still refused by ledger_entry_receipt_key.
INSERT OR IGNORE INTO app_setting (key, value) VALUES ('receipt_series', upper(hex(randomblob(3))));
