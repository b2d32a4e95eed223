"""Versioned schema migrations that keep the user's data.

The schema version is SQLite's `user_version`. Each migration is frozen SQL, written
once and never edited: a new database runs them all in order, an old one runs the ones
it lacks, in one transaction. A database from a newer release is refused, not touched.

Plain SQL over `user_version` rather than Alembic: the app migrates its own embedded
file at start-up, and a list of statements needs no scripts folder or extra import.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine

from interview.storage.engine import DatabaseError, write_transaction

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1: the first release: questions and what the last sync saw of each file.
    (
        """CREATE TABLE question (
            id VARCHAR NOT NULL PRIMARY KEY,
            title VARCHAR NOT NULL,
            category VARCHAR NOT NULL,
            difficulty VARCHAR NOT NULL,
            time_budget INTEGER NOT NULL,
            source VARCHAR,
            license VARCHAR,
            entry VARCHAR,
            tags VARCHAR NOT NULL,
            question VARCHAR NOT NULL,
            answer VARCHAR NOT NULL,
            rubric VARCHAR NOT NULL,
            hints VARCHAR NOT NULL,
            follow_ups VARCHAR NOT NULL,
            tests VARCHAR NOT NULL,
            notes VARCHAR NOT NULL,
            extra_sections VARCHAR NOT NULL,
            section_lines VARCHAR NOT NULL,
            content_hash VARCHAR NOT NULL,
            path VARCHAR NOT NULL,
            bank VARCHAR NOT NULL,
            retired BOOLEAN NOT NULL,
            added_at DATETIME NOT NULL,
            updated_at DATETIME NOT NULL,
            retired_at DATETIME
        )""",
        "CREATE INDEX ix_question_category ON question (category)",
        "CREATE INDEX ix_question_difficulty ON question (difficulty)",
        "CREATE INDEX ix_question_sync ON question (id, path, bank, content_hash, retired)",
        "CREATE INDEX ix_question_retired ON question (retired)",
        """CREATE TABLE bank_file (
            path VARCHAR NOT NULL PRIMARY KEY,
            bank VARCHAR NOT NULL,
            size INTEGER NOT NULL,
            mtime_ns INTEGER NOT NULL,
            file_hash VARCHAR NOT NULL,
            question_id VARCHAR,
            problems VARCHAR NOT NULL
        )""",
    ),
    # 2: tags get their own indexed table (filters and per-tag figures stay SQL queries);
    # existing questions' tags are copied over from the JSON column.
    (
        """CREATE TABLE question_tag (
            question_id VARCHAR NOT NULL REFERENCES question (id) ON DELETE CASCADE,
            tag VARCHAR NOT NULL,
            PRIMARY KEY (question_id, tag)
        )""",
        "CREATE INDEX ix_question_tag_tag ON question_tag (tag)",
        """INSERT OR IGNORE INTO question_tag (question_id, tag)
           SELECT question.id, json_each.value FROM question, json_each(question.tags)""",
    ),
    # 3: spaced repetition: a card per studied question, every review, stars and notes.
    (
        """CREATE TABLE card (
            question_id VARCHAR NOT NULL PRIMARY KEY,
            status INTEGER NOT NULL,
            step INTEGER,
            stability FLOAT,
            difficulty FLOAT,
            due VARCHAR NOT NULL,
            last_review VARCHAR,
            reps INTEGER NOT NULL,
            lapses INTEGER NOT NULL,
            last_grade INTEGER
        ) WITHOUT ROWID""",
        "CREATE INDEX ix_card_due ON card (due)",
        "CREATE INDEX ix_question_category_id ON question (category, id)",
        """CREATE TABLE review (
            id INTEGER NOT NULL PRIMARY KEY,
            question_id VARCHAR NOT NULL,
            reviewed_at VARCHAR NOT NULL,
            grade INTEGER NOT NULL,
            suggested_grade INTEGER,
            rubric_total INTEGER NOT NULL,
            rubric_covered VARCHAR NOT NULL,
            hints_used INTEGER NOT NULL,
            duration_ms INTEGER NOT NULL,
            content_hash VARCHAR NOT NULL,
            source VARCHAR NOT NULL,
            card_before VARCHAR,
            status INTEGER NOT NULL,
            step INTEGER,
            stability FLOAT,
            difficulty FLOAT,
            due VARCHAR NOT NULL,
            reps INTEGER NOT NULL,
            lapses INTEGER NOT NULL
        )""",
        "CREATE INDEX ix_review_question_id ON review (question_id)",
        "CREATE INDEX ix_review_reviewed_at ON review (reviewed_at)",
        """CREATE TABLE question_user (
            question_id VARCHAR NOT NULL PRIMARY KEY,
            starred BOOLEAN NOT NULL,
            note VARCHAR NOT NULL
        ) WITHOUT ROWID""",
    ),
    # 4: mock interviews: the session as JSON (saved after every step) and its result.
    (
        """CREATE TABLE mock (
            id INTEGER NOT NULL PRIMARY KEY,
            template_key VARCHAR NOT NULL,
            template_name VARCHAR NOT NULL,
            status VARCHAR NOT NULL,
            started_at VARCHAR NOT NULL,
            updated_at VARCHAR NOT NULL,
            finished_at VARCHAR,
            total_s INTEGER NOT NULL,
            used_s FLOAT NOT NULL,
            questions INTEGER NOT NULL,
            band INTEGER,
            mean_band FLOAT,
            coverage FLOAT,
            state VARCHAR NOT NULL
        )""",
        "CREATE INDEX ix_mock_template_key ON mock (template_key, started_at)",
        "CREATE INDEX ix_mock_status ON mock (status)",
    ),
    # 5: per-review figures weak areas sum over (no JSON parsing or join per review), and
    # an index that covers that aggregation: one ordered scan, no temporary b-tree.
    (
        "ALTER TABLE review ADD COLUMN covered_count INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE review ADD COLUMN budget_ms INTEGER NOT NULL DEFAULT 0",
        "UPDATE review SET covered_count = json_array_length(rubric_covered)",
        """UPDATE review SET budget_ms = coalesce(
            (SELECT 1000 * q.time_budget FROM question q WHERE q.id = review.question_id), 0)""",
        """CREATE INDEX ix_review_figures ON review (question_id, reviewed_at, grade,
            rubric_total, covered_count, duration_ms, budget_ms, hints_used)""",
        "CREATE INDEX ix_question_live ON question (retired, category, id)",
    ),
    # 6: the activity charts read reviews by time with what they sum, from one index.
    (
        """CREATE INDEX ix_review_time_figures ON review (reviewed_at, grade, rubric_total,
            covered_count)""",
    ),
    # 7: each question's all-time review figures, kept up to date by triggers on review
    # (answers, undo, imports, any writer): weak areas read one row per question.
    (
        """CREATE TABLE question_figures (
            question_id VARCHAR NOT NULL PRIMARY KEY,
            n INTEGER NOT NULL,
            again INTEGER NOT NULL,
            cov_sum FLOAT NOT NULL,
            cov_n INTEGER NOT NULL,
            timed INTEGER NOT NULL,
            over INTEGER NOT NULL,
            hints INTEGER NOT NULL
        ) WITHOUT ROWID""",
        """INSERT INTO question_figures
            SELECT question_id, count(*), sum(grade = 1),
                   coalesce(sum(CASE WHEN rubric_total > 0
                                     THEN covered_count * 1.0 / rubric_total END), 0),
                   sum(rubric_total > 0), sum(duration_ms > 0),
                   sum(budget_ms > 0 AND duration_ms > budget_ms), sum(hints_used)
            FROM review GROUP BY question_id""",
        """CREATE TRIGGER review_figures_insert AFTER INSERT ON review BEGIN
            INSERT INTO question_figures
                (question_id, n, again, cov_sum, cov_n, timed, over, hints)
            VALUES (NEW.question_id, 1, NEW.grade = 1,
                CASE WHEN NEW.rubric_total > 0
                     THEN NEW.covered_count * 1.0 / NEW.rubric_total ELSE 0 END,
                NEW.rubric_total > 0, NEW.duration_ms > 0,
                NEW.budget_ms > 0 AND NEW.duration_ms > NEW.budget_ms, NEW.hints_used)
            ON CONFLICT (question_id) DO UPDATE SET
                n = n + excluded.n, again = again + excluded.again,
                cov_sum = cov_sum + excluded.cov_sum, cov_n = cov_n + excluded.cov_n,
                timed = timed + excluded.timed, over = over + excluded.over,
                hints = hints + excluded.hints;
        END""",
        """CREATE TRIGGER review_figures_delete AFTER DELETE ON review BEGIN
            UPDATE question_figures SET
                n = n - 1, again = again - (OLD.grade = 1),
                cov_sum = cov_sum - CASE WHEN OLD.rubric_total > 0
                    THEN OLD.covered_count * 1.0 / OLD.rubric_total ELSE 0 END,
                cov_n = cov_n - (OLD.rubric_total > 0),
                timed = timed - (OLD.duration_ms > 0),
                over = over - (OLD.budget_ms > 0 AND OLD.duration_ms > OLD.budget_ms),
                hints = hints - OLD.hints_used
            WHERE question_id = OLD.question_id;
        END""",
        """CREATE TRIGGER review_figures_update AFTER UPDATE ON review BEGIN
            UPDATE question_figures SET
                n = n - 1, again = again - (OLD.grade = 1),
                cov_sum = cov_sum - CASE WHEN OLD.rubric_total > 0
                    THEN OLD.covered_count * 1.0 / OLD.rubric_total ELSE 0 END,
                cov_n = cov_n - (OLD.rubric_total > 0),
                timed = timed - (OLD.duration_ms > 0),
                over = over - (OLD.budget_ms > 0 AND OLD.duration_ms > OLD.budget_ms),
                hints = hints - OLD.hints_used
            WHERE question_id = OLD.question_id;
            INSERT INTO question_figures
                (question_id, n, again, cov_sum, cov_n, timed, over, hints)
            VALUES (NEW.question_id, 1, NEW.grade = 1,
                CASE WHEN NEW.rubric_total > 0
                     THEN NEW.covered_count * 1.0 / NEW.rubric_total ELSE 0 END,
                NEW.rubric_total > 0, NEW.duration_ms > 0,
                NEW.budget_ms > 0 AND NEW.duration_ms > NEW.budget_ms, NEW.hints_used)
            ON CONFLICT (question_id) DO UPDATE SET
                n = n + excluded.n, again = again + excluded.again,
                cov_sum = cov_sum + excluded.cov_sum, cov_n = cov_n + excluded.cov_n,
                timed = timed + excluded.timed, over = over + excluded.over,
                hints = hints + excluded.hints;
        END""",
    ),
    # 8: the recent-window figures read the time index too: it now carries the question.
    (
        "DROP INDEX ix_review_time_figures",
        """CREATE INDEX ix_review_time_figures ON review (reviewed_at, grade, rubric_total,
            covered_count, question_id)""",
    ),
    # 9: reviews per UTC hour, kept by triggers: the activity charts read at most
    # 24 rows a day instead of every review.
    (
        """CREATE TABLE review_hours (
            hour VARCHAR NOT NULL PRIMARY KEY,
            n INTEGER NOT NULL,
            recalled INTEGER NOT NULL,
            cov_sum FLOAT NOT NULL,
            cov_n INTEGER NOT NULL
        ) WITHOUT ROWID""",
        """INSERT INTO review_hours
            SELECT substr(reviewed_at, 1, 13), count(*), sum(grade > 1),
                   coalesce(sum(CASE WHEN rubric_total > 0
                                     THEN covered_count * 1.0 / rubric_total END), 0),
                   sum(rubric_total > 0)
            FROM review GROUP BY substr(reviewed_at, 1, 13)""",
        """CREATE TRIGGER review_hours_insert AFTER INSERT ON review BEGIN
            INSERT INTO review_hours (hour, n, recalled, cov_sum, cov_n)
            VALUES (substr(NEW.reviewed_at, 1, 13), 1, NEW.grade > 1,
                    CASE WHEN NEW.rubric_total > 0
                         THEN NEW.covered_count * 1.0 / NEW.rubric_total ELSE 0 END,
                    NEW.rubric_total > 0)
            ON CONFLICT (hour) DO UPDATE SET
                n = n + excluded.n, recalled = recalled + excluded.recalled,
                cov_sum = cov_sum + excluded.cov_sum, cov_n = cov_n + excluded.cov_n;
        END""",
        """CREATE TRIGGER review_hours_delete AFTER DELETE ON review BEGIN
            UPDATE review_hours SET
                n = n - 1, recalled = recalled - (OLD.grade > 1),
                cov_sum = cov_sum - CASE WHEN OLD.rubric_total > 0
                    THEN OLD.covered_count * 1.0 / OLD.rubric_total ELSE 0 END,
                cov_n = cov_n - (OLD.rubric_total > 0)
            WHERE hour = substr(OLD.reviewed_at, 1, 13);
        END""",
        """CREATE TRIGGER review_hours_update AFTER UPDATE ON review BEGIN
            UPDATE review_hours SET
                n = n - 1, recalled = recalled - (OLD.grade > 1),
                cov_sum = cov_sum - CASE WHEN OLD.rubric_total > 0
                    THEN OLD.covered_count * 1.0 / OLD.rubric_total ELSE 0 END,
                cov_n = cov_n - (OLD.rubric_total > 0)
            WHERE hour = substr(OLD.reviewed_at, 1, 13);
            INSERT INTO review_hours (hour, n, recalled, cov_sum, cov_n)
            VALUES (substr(NEW.reviewed_at, 1, 13), 1, NEW.grade > 1,
                    CASE WHEN NEW.rubric_total > 0
                         THEN NEW.covered_count * 1.0 / NEW.rubric_total ELSE 0 END,
                    NEW.rubric_total > 0)
            ON CONFLICT (hour) DO UPDATE SET
                n = n + excluded.n, recalled = recalled + excluded.recalled,
                cov_sum = cov_sum + excluded.cov_sum, cov_n = cov_n + excluded.cov_n;
        END""",
    ),
    # 10: coding questions: the code submitted with a review and how many tests passed,
    # and each question's last code, restored when it comes back.
    (
        "ALTER TABLE review ADD COLUMN code VARCHAR",
        "ALTER TABLE review ADD COLUMN tests_passed INTEGER",
        "ALTER TABLE review ADD COLUMN tests_total INTEGER",
        """CREATE TABLE question_code (
            question_id VARCHAR NOT NULL PRIMARY KEY,
            code VARCHAR NOT NULL,
            saved_at VARCHAR NOT NULL
        ) WITHOUT ROWID""",
    ),
    # 11: suspend (out of every queue and mock until unsuspended) and bury (out until the
    # next study day), as in Anki; kept with the star and the note.
    (
        "ALTER TABLE question_user ADD COLUMN suspended BOOLEAN NOT NULL DEFAULT 0",
        "ALTER TABLE question_user ADD COLUMN buried_until VARCHAR",
    ),
    # 12: drafts (no answer or no rubric) are listed but never drawn: a small table the
    # queue checks by key, so its queries never read the questions' long text.
    (
        """CREATE TABLE question_draft (
            question_id VARCHAR NOT NULL PRIMARY KEY
        ) WITHOUT ROWID""",
        "INSERT INTO question_draft SELECT id FROM question"
        " WHERE trim(answer) = '' OR rubric = '[]'",
    ),
    # 13: the answer the user typed, kept with the review (and in the export).
    ("ALTER TABLE review ADD COLUMN notes VARCHAR",),
    # 14: the rubric points the grader suggested from the typed answer (JSON list of
    # 0-based indices; NULL when nothing was suggested), beside the ticks the user confirmed.
    ("ALTER TABLE review ADD COLUMN rubric_suggested VARCHAR",),
)
"""Migration N (1-based) brings a database from version N-1 to N."""

SCHEMA_VERSION = len(MIGRATIONS)
"""The version this release writes."""


def schema_version(connection: Connection) -> int:
    """The schema version of the database behind `connection` (0 when new)."""
    return int(connection.exec_driver_sql("PRAGMA user_version").scalar_one())


def migrate(engine: Engine, *, target: int = SCHEMA_VERSION) -> int:
    """Bring the database up to `target`; returns the version it was at before.

    One IMMEDIATE transaction: two processes starting at once migrate once, in turn.
    """
    with engine.connect() as connection:
        current = schema_version(connection)
        connection.rollback()
    if current == target:
        return current  # the usual start: nothing to take the write lock for
    with write_transaction(engine) as cursor:
        current = int(cursor.execute("PRAGMA user_version").fetchone()[0])
        if current > SCHEMA_VERSION:
            raise DatabaseError(
                f"the database is at schema version {current}, newer than this release of "
                f"interview understands ({SCHEMA_VERSION}); upgrade interview "
                "(pip install -U interview) or use another --db"
            )
        for version in range(current + 1, target + 1):
            for statement in MIGRATIONS[version - 1]:
                cursor.execute(statement)
            cursor.execute(f"PRAGMA user_version = {version}")
        return current
