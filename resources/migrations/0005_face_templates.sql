-- Face templates: biometric data, kept only for students whose consent is recorded.
--
-- Local only for now: templates are not synced (no rev / updated_at / deleted columns, no outbox
-- rows). Rows are really deleted, never tombstoned, when consent is withdrawn or the student is
-- removed: a tombstone would keep the biometric data. The descriptor itself is never stored in
-- clear: `ciphertext` is a libsodium secretbox (XSalsa20-Poly1305) of the student id, the model
-- and the descriptor, under a key kept outside the database (OS keychain or a key file), with
-- `nonce` its 24-byte nonce. Written only by FaceTemplateRepository; every change is audited
-- without the template bytes.
CREATE TABLE face_template (
    id         TEXT PRIMARY KEY NOT NULL,
    student_id TEXT NOT NULL REFERENCES student (id) ON DELETE CASCADE,
    -- The descriptor model and version ("face-api-resnet@1.7.15"): templates of different
    -- models are never compared with each other.
    model      TEXT NOT NULL CHECK (length(model) BETWEEN 1 AND 100),
    dimension  INTEGER NOT NULL CHECK (dimension > 0),
    nonce      BLOB NOT NULL CHECK (length(nonce) = 24),
    ciphertext BLOB NOT NULL,
    quality    REAL NOT NULL,
    created_at INTEGER NOT NULL,
    created_by TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX face_template_by_student ON face_template (student_id);
CREATE INDEX face_template_by_model ON face_template (model, student_id);
