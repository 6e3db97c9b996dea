-- Student records, courses and manual attendance.

-- Archived students leave the everyday lists but keep their history (attendance, marks, fees).
-- Who archived them and when is in the audit log.
ALTER TABLE student
    ADD COLUMN archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1));

-- The search table indexes current students only; the few archived ones are searched directly.
DROP TRIGGER student_search_insert;
DROP TRIGGER student_search_update;
CREATE TRIGGER student_search_insert AFTER INSERT ON student
WHEN NEW.deleted = 0 AND NEW.archived = 0
BEGIN
    INSERT OR IGNORE INTO student_search (term, last_name, first_name, student_id)
    SELECT lower(substr(v.value, 1, n.value)), NEW.last_name, NEW.first_name, NEW.id
    FROM (SELECT NEW.last_name AS value UNION ALL SELECT NEW.first_name
          UNION ALL SELECT NEW.student_number UNION ALL SELECT NEW.email) AS v,
         (SELECT 1 AS value UNION ALL SELECT 2 UNION ALL SELECT 3) AS n
    WHERE length(v.value) >= n.value;
END;
CREATE TRIGGER student_search_update
AFTER UPDATE OF last_name, first_name, student_number, email, deleted, archived ON student
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
    WHERE NEW.deleted = 0 AND NEW.archived = 0 AND length(v.value) >= n.value;
END;

-- Sorting on every column of the students table reads an index in order, as the name sort does.
CREATE INDEX student_by_batch ON student (batch, last_name, first_name, id) WHERE deleted = 0;
CREATE INDEX student_by_program ON student (program, last_name, first_name, id) WHERE deleted = 0;
CREATE INDEX student_by_status ON student (status, last_name, first_name, id) WHERE deleted = 0;

-- An optional photo, apart from the student row so lists never read it. JPEG, at most 512 KiB.
CREATE TABLE student_photo (
    id         TEXT PRIMARY KEY NOT NULL,
    student_id TEXT NOT NULL REFERENCES student (id),
    image      BLOB NOT NULL CHECK (length(image) <= 524288),
    rev        INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) STRICT;
CREATE UNIQUE INDEX student_photo_key ON student_photo (student_id) WHERE deleted = 0;

-- A present mark made later than this many minutes after the start counts as late.
ALTER TABLE attendance_session
    ADD COLUMN late_after_minutes INTEGER NOT NULL DEFAULT 10 CHECK (late_after_minutes >= 0);
-- One session per course, day and start time: opening it again finds the existing one.
CREATE UNIQUE INDEX attendance_session_key ON attendance_session (course_id, session_date, starts_at)
    WHERE deleted = 0;

-- Why a mark replaced an earlier one (required once the session is finished).
ALTER TABLE attendance_mark ADD COLUMN reason TEXT NOT NULL DEFAULT '';
DROP TRIGGER attendance_mark_no_update;
CREATE TRIGGER attendance_mark_no_update BEFORE UPDATE ON attendance_mark
WHEN NEW.id IS NOT OLD.id OR NEW.session_id IS NOT OLD.session_id
  OR NEW.student_id IS NOT OLD.student_id OR NEW.status IS NOT OLD.status
  OR NEW.source IS NOT OLD.source OR NEW.confidence IS NOT OLD.confidence
  OR NEW.model IS NOT OLD.model OR NEW.marked_by IS NOT OLD.marked_by
  OR NEW.marked_at IS NOT OLD.marked_at OR NEW.note IS NOT OLD.note
  OR NEW.reason IS NOT OLD.reason
  OR NEW.updated_at IS NOT OLD.updated_at OR NEW.updated_by IS NOT OLD.updated_by
  OR NEW.deleted IS NOT OLD.deleted
BEGIN
    SELECT RAISE(ABORT, 'attendance marks are append-only');
END;
