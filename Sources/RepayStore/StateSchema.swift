import GRDB

/// The schema of the state database as GRDB migrations, applied in order and recorded in
/// `grdb_migrations`. A released migration is never changed: a later schema is a new migration.
enum StateSchema {
  /// The migrator with every migration this version knows.
  static let migrator: DatabaseMigrator = {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1", migrate: createTables)
    migrator.registerMigration("v2-agreements", migrate: shapeAgreements)
    migrator.registerMigration("v2-log", migrate: keepTheWholeLog)
    migrator.registerMigration("v3-plans", migrate: keepAdoptedPlans)
    migrator.registerMigration("v3-calendar", migrate: rememberCalendarEvents)
    migrator.registerMigration("v4-subjects", migrate: keepSubjectsApart)
    return migrator
  }()

  /// Every table, STRICT so that SQLite refuses a value of the wrong type (a float where minor
  /// units belong). Instants are INTEGER microseconds since 1970 UTC; dates TEXT `YYYY-MM-DD`.
  private static func createTables(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE meta (
          key TEXT PRIMARY KEY NOT NULL,
          value ANY NOT NULL
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE deliveries (
          id INTEGER PRIMARY KEY,
          loan TEXT NOT NULL,
          occurrence TEXT NOT NULL CHECK (\(dateCheck("occurrence"))),
          stage TEXT NOT NULL
            CHECK (stage IN ('advance', 'due', 'overdue', 'settled', 'summary', 'reminder')),
          offset_seconds INTEGER NOT NULL,
          planned_at INTEGER NOT NULL,
          delivered_at INTEGER NOT NULL,
          sinks TEXT NOT NULL CHECK (json_valid(sinks)),
          outcome TEXT NOT NULL,
          UNIQUE (loan, occurrence, stage, offset_seconds)
        ) STRICT;
        CREATE INDEX deliveries_by_planned_at ON deliveries (planned_at);

        CREATE TABLE payments (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          loan TEXT NOT NULL,
          occurrence TEXT NOT NULL CHECK (\(dateCheck("occurrence"))),
          amount_minor INTEGER NOT NULL,
          currency TEXT NOT NULL CHECK (currency GLOB '[A-Z][A-Z][A-Z]'),
          paid_on TEXT NOT NULL CHECK (\(dateCheck("paid_on"))),
          note TEXT,
          recorded_at INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX payments_by_occurrence ON payments (loan, occurrence);

        CREATE TABLE snoozes (
          id INTEGER PRIMARY KEY,
          loan TEXT NOT NULL,
          until INTEGER NOT NULL,
          created_at INTEGER NOT NULL,
          ended_at INTEGER
        ) STRICT;
        CREATE UNIQUE INDEX snoozes_open_per_loan ON snoozes (loan) WHERE ended_at IS NULL;
        CREATE INDEX snoozes_by_loan ON snoozes (loan, created_at);

        CREATE TABLE notes (
          id INTEGER PRIMARY KEY,
          loan TEXT NOT NULL,
          at INTEGER NOT NULL,
          channel TEXT CHECK (channel IN ('phone', 'chat', 'email', 'visit', 'letter')),
          ref TEXT,
          follow_up TEXT CHECK (\(dateCheck("follow_up"))),
          text TEXT NOT NULL
        ) STRICT;
        CREATE INDEX notes_by_loan ON notes (loan, at);

        CREATE TABLE agreements (
          id INTEGER PRIMARY KEY,
          loan TEXT NOT NULL,
          kind TEXT NOT NULL,
          details TEXT NOT NULL,
          created_at INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX agreements_by_loan ON agreements (loan, created_at);
        """)
  }

  /// Gives agreements their shape (measure 4 of the playbook): the kind, the note and reference,
  /// the total, a cancellation, and two child tables, the effective due dates an agreement
  /// supersedes and the occurrences it asks for. v1's free-form table was written by nothing;
  /// should a file hold rows in it all the same, they are kept as `agreements_v1`.
  private static func shapeAgreements(_ db: Database) throws {
    try db.execute(sql: "DROP INDEX agreements_by_loan; ALTER TABLE agreements RENAME TO agreements_v1")
    if try Int.fetchOne(db, sql: "SELECT count(*) FROM agreements_v1") == 0 {
      try db.execute(sql: "DROP TABLE agreements_v1")
    }
    try db.execute(
      sql: """
        CREATE TABLE agreements (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          loan TEXT NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('extension', 'installments', 'waiver')),
          created_at INTEGER NOT NULL,
          note TEXT NOT NULL,
          ref TEXT,
          counterpart TEXT,
          total_minor INTEGER NOT NULL CHECK (total_minor >= 0),
          currency TEXT NOT NULL CHECK (currency GLOB '[A-Z][A-Z][A-Z]'),
          cancelled_at INTEGER,
          cancel_note TEXT,
          CHECK ((cancelled_at IS NULL) = (cancel_note IS NULL))
        ) STRICT;
        CREATE INDEX agreements_by_loan ON agreements (loan, created_at);

        CREATE TABLE agreement_supersedes (
          agreement INTEGER NOT NULL REFERENCES agreements (id),
          due TEXT NOT NULL CHECK (\(dateCheck("due"))),
          PRIMARY KEY (agreement, due)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE agreement_occurrences (
          agreement INTEGER NOT NULL REFERENCES agreements (id),
          position INTEGER NOT NULL CHECK (position >= 1),
          due TEXT NOT NULL CHECK (\(dateCheck("due"))),
          amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
          PRIMARY KEY (agreement, position)
        ) STRICT, WITHOUT ROWID;
        """)
  }

  /// The whole communication log and the trace of payments (issue 18): a note's direction,
  /// counterpart, promise (all four columns or none), follow-up time (only with a follow-up date)
  /// and the note it corrects; the files kept with notes; a payment's withdrawal and the payment
  /// whose excess it carries. Only columns that may be NULL are added, so every row written
  /// under v1 stays valid as it is.
  private static func keepTheWholeLog(_ db: Database) throws {
    let promiseColumns = ["promise_minor", "promise_currency", "promise_date", "promise_by"]
    let allOrNone =
      "(" + promiseColumns.map { "\($0) IS NULL" }.joined(separator: " AND ") + ") OR ("
      + promiseColumns.map { "\($0) IS NOT NULL" }.joined(separator: " AND ") + ")"
    try db.execute(
      sql: """
        ALTER TABLE notes ADD COLUMN direction TEXT CHECK (direction IN ('out', 'in'));
        ALTER TABLE notes ADD COLUMN counterpart TEXT;
        ALTER TABLE notes ADD COLUMN promise_minor INTEGER CHECK (promise_minor > 0);
        ALTER TABLE notes ADD COLUMN promise_currency TEXT
          CHECK (promise_currency GLOB '[A-Z][A-Z][A-Z]');
        ALTER TABLE notes ADD COLUMN promise_date TEXT CHECK (\(dateCheck("promise_date")));
        ALTER TABLE notes ADD COLUMN promise_by TEXT
          CHECK ((promise_by IN ('me', 'platform')) AND (\(allOrNone)));
        ALTER TABLE notes ADD COLUMN follow_up_time TEXT
          CHECK (follow_up_time IS NULL OR (follow_up IS NOT NULL AND follow_up_time GLOB '[0-2][0-9]:[0-5][0-9]'));
        ALTER TABLE notes ADD COLUMN corrects INTEGER REFERENCES notes (id);

        CREATE TABLE attachments (
          note INTEGER NOT NULL REFERENCES notes (id),
          position INTEGER NOT NULL CHECK (position >= 0),
          name TEXT NOT NULL,
          sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
          bytes INTEGER NOT NULL CHECK (bytes >= 0),
          file TEXT NOT NULL,
          PRIMARY KEY (note, position)
        ) STRICT;

        ALTER TABLE payments ADD COLUMN withdrawn_at INTEGER;
        ALTER TABLE payments ADD COLUMN withdrawn_note TEXT CHECK (withdrawn_note IS NULL OR withdrawn_at IS NOT NULL);
        ALTER TABLE payments ADD COLUMN part_of INTEGER REFERENCES payments (id);
        """)
  }

  /// The repayment plans adopted with `repayctl plan --adopt` (issue 19): each plan as the
  /// daemon answered it (JSON text, for the history) and its payments per month and loan, which
  /// `status`, `upcoming` and the advance notices hold the month's payments against. The plan in
  /// force is the one not replaced.
  private static func keepAdoptedPlans(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE plans (
          id INTEGER PRIMARY KEY,
          adopted_at INTEGER NOT NULL,
          replaced_at INTEGER CHECK (replaced_at IS NULL OR replaced_at >= adopted_at),
          currency TEXT NOT NULL CHECK (currency GLOB '[A-Z][A-Z][A-Z]'),
          budget_minor INTEGER NOT NULL CHECK (budget_minor > 0),
          strategy TEXT NOT NULL CHECK (strategy IN ('avalanche', 'snowball')),
          plan TEXT NOT NULL CHECK (json_valid(plan))
        ) STRICT;
        CREATE UNIQUE INDEX plans_in_force ON plans ((replaced_at IS NULL)) WHERE replaced_at IS NULL;

        CREATE TABLE plan_payments (
          plan INTEGER NOT NULL REFERENCES plans (id),
          month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
          loan TEXT NOT NULL,
          amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
          PRIMARY KEY (plan, month, loan)
        ) STRICT, WITHOUT ROWID;
        """)
  }

  /// A CHECK that `column` has the shape `YYYY-MM-DD` (NULL passes, as CHECK lets it).
  private static func dateCheck(_ column: String) -> String {
    "\(column) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
  }

  /// Remembers each exported calendar event by its `UID`: a digest of its content and its
  /// `SEQUENCE`, so that the next export raises the sequence of an event that changed (RFC 5545
  /// says a calendar takes the higher sequence as the newer version).
  private static func rememberCalendarEvents(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE calendar_events (
          uid TEXT PRIMARY KEY NOT NULL,
          digest TEXT NOT NULL,
          sequence INTEGER NOT NULL CHECK (sequence >= 0)
        ) STRICT, WITHOUT ROWID;
        """)
  }

  /// A delivery's subject apart from its id: until v4 a loan's id and a free-standing reminder's
  /// shared the column `loan`, so that a loan and a reminder with one id showed each other's
  /// deliveries, and a note's follow-up and its promise shared the id `note-ID`, so that when
  /// both fell on one day at one time only one was delivered. The table is made anew, since its
  /// UNIQUE key changes. Each row's subject comes from what it held: a loan's stage is the loan's;
  /// a `reminder` named `note-ID` of a note whose follow-up or promise falls on the row's date
  /// is that note's (its follow-up when both do: the one delivery the old key let through); any
  /// other `reminder` is a `[[reminder]]`'s.
  private static func keepSubjectsApart(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE deliveries_v4 (
          id INTEGER PRIMARY KEY,
          subject TEXT NOT NULL CHECK (subject IN ('loan', 'reminder', 'follow-up', 'promise')),
          subject_id TEXT NOT NULL,
          occurrence TEXT NOT NULL CHECK (\(dateCheck("occurrence"))),
          stage TEXT NOT NULL
            CHECK (stage IN ('advance', 'due', 'overdue', 'settled', 'summary', 'reminder')),
          offset_seconds INTEGER NOT NULL,
          planned_at INTEGER NOT NULL,
          delivered_at INTEGER NOT NULL,
          sinks TEXT NOT NULL CHECK (json_valid(sinks)),
          outcome TEXT NOT NULL,
          UNIQUE (subject, subject_id, occurrence, stage, offset_seconds)
        ) STRICT;

        INSERT INTO deliveries_v4
          (id, subject, subject_id, occurrence, stage, offset_seconds, planned_at, delivered_at, sinks, outcome)
        SELECT d.id,
          CASE
            WHEN d.stage <> 'reminder' THEN 'loan'
            WHEN n.follow_up = d.occurrence THEN 'follow-up'
            WHEN n.promise_date = d.occurrence THEN 'promise'
            ELSE 'reminder'
          END,
          CASE
            WHEN d.stage = 'reminder' AND (n.follow_up = d.occurrence OR n.promise_date = d.occurrence)
              THEN CAST(n.id AS TEXT)
            ELSE d.loan
          END,
          d.occurrence, d.stage, d.offset_seconds, d.planned_at, d.delivered_at, d.sinks, d.outcome
        FROM deliveries AS d
        LEFT JOIN notes AS n ON d.stage = 'reminder' AND d.loan = 'note-' || n.id;

        DROP TABLE deliveries;
        ALTER TABLE deliveries_v4 RENAME TO deliveries;
        CREATE INDEX deliveries_by_planned_at ON deliveries (planned_at);
        """)
  }
}
