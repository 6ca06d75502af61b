import GRDB
import RepayCore

extension StateStore {
  /// Adds a note to `loan`'s communication log, written at `at` (microseconds since 1970 UTC),
  /// with the files `attachments` already kept (`AttachmentVault`), in one transaction. Returns
  /// it with its new id. `corrects` must name a stored note (the schema refuses another);
  /// `followUpTime` goes only with `followUp`, as the schema checks.
  public func addNote(
    loan: String, at: Int64, channel: ContactChannel?, direction: NoteDirection? = nil,
    counterpart: String? = nil, reference: String?, promise: NotePromise? = nil, followUp: LocalDate?,
    followUpTime: TimeOfDay? = nil, attachments: [KeptAttachment] = [], corrects: Int64? = nil, text: String
  ) throws(StoreError) -> Note {
    try write { db in
      try db.execute(
        sql: """
          INSERT INTO notes (loan, at, channel, direction, counterpart, ref, promise_minor,
            promise_currency, promise_date, promise_by, follow_up, follow_up_time, corrects, text)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          loan, at, channel?.rawValue, direction?.rawValue, counterpart, reference,
          promise?.amount.minorUnits,
          promise?.amount.currency.code, promise?.date.description, promise?.by.rawValue,
          followUp?.description, followUpTime?.description, corrects, text,
        ])
      let id = db.lastInsertedRowID
      for (position, attachment) in attachments.enumerated() {
        try db.execute(
          sql:
            "INSERT INTO attachments (note, position, name, sha256, bytes, file) VALUES (?, ?, ?, ?, ?, ?)",
          arguments: [id, position, attachment.name, attachment.sha256, attachment.bytes, attachment.file])
      }
      return Note(
        id: id, loan: loan, at: at, channel: channel, direction: direction, counterpart: counterpart,
        reference: reference, promise: promise, followUp: followUp, followUpTime: followUpTime,
        attachments: attachments, corrects: corrects, text: text)
    }
  }

  /// The notes of `loan` or, when nil, of every loan, oldest first, each with its attachments.
  public func notes(forLoan loan: String? = nil) throws(StoreError) -> [Note] {
    try read { db in
      try Self.notes(db, where: "?1 IS NULL OR loan = ?1", arguments: [loan])
    }
  }

  /// The note with id `id`; nil when there is none.
  public func note(id: Int64) throws(StoreError) -> Note? {
    try read { db in try Self.notes(db, where: "id = ?", arguments: [id]).first }
  }

  private static func notes(_ db: Database, where condition: String, arguments: StatementArguments) throws
    -> [Note]
  {
    var kept: [Int64: [KeptAttachment]] = [:]
    for row in try Row.fetchAll(
      db,
      sql: """
        SELECT note, name, sha256, bytes, file FROM attachments
        WHERE note IN (SELECT id FROM notes WHERE \(condition)) ORDER BY note, position
        """, arguments: arguments)
    {
      let stored = StoredRow(row: row, table: "attachments")
      kept[try stored.value("note"), default: []].append(
        KeptAttachment(
          name: try stored.value("name"), sha256: try stored.value("sha256"),
          bytes: try stored.value("bytes"),
          file: try stored.value("file")))
    }
    return try Row.fetchAll(
      db,
      sql: """
        SELECT id, loan, at, channel, direction, counterpart, ref, promise_minor, promise_currency,
          promise_date, promise_by, follow_up, follow_up_time, corrects, text
        FROM notes WHERE \(condition) ORDER BY at, id
        """,
      arguments: arguments
    ).map { row in
      let stored = StoredRow(row: row, table: "notes")
      let id: Int64 = try stored.value("id")
      return Note(
        id: id, loan: try stored.value("loan"), at: try stored.value("at"),
        channel: try stored.channel("channel"),
        direction: try stored.direction("direction"), counterpart: try stored.value("counterpart"),
        reference: try stored.value("ref"), promise: try stored.promise(),
        followUp: try stored.optionalDate("follow_up"),
        followUpTime: try stored.optionalTime("follow_up_time"),
        attachments: kept[id] ?? [], corrects: try stored.value("corrects"), text: try stored.value("text"))
    }
  }

}
