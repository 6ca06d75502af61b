extension Notice {
  /// The journal entry of this notice: exactly the fields of the design brief, in its order, each
  /// present only where it applies (`REPAY_DAYS_OVERDUE` for overdue notices, `REPAY_REMINDER`
  /// for reminders, the loan's fields for a loan's stages, `REPAY_NOTE` for a note's reminder).
  public var journalFields: [(name: String, value: String)] {
    var fields: [(name: String, value: String)] = [
      ("MESSAGE", message), ("PRIORITY", String(priority)), ("MESSAGE_ID", stage.messageID),
      ("SYSLOG_IDENTIFIER", "repayd"),
    ]
    if let loan { fields.append(("REPAY_LOAN", loan)) }
    if let occurrence { fields.append(("REPAY_OCCURRENCE", occurrence.description)) }
    fields.append(("REPAY_STAGE", stage.rawValue))
    if let outstanding {
      fields.append(("REPAY_AMOUNT", outstanding.decimalText))
      fields.append(("REPAY_CURRENCY", outstanding.currency.code))
    }
    if let daysOverdue { fields.append(("REPAY_DAYS_OVERDUE", String(daysOverdue))) }
    if let reminder { fields.append(("REPAY_REMINDER", reminder)) }
    if let note { fields.append(("REPAY_NOTE", String(note))) }
    return fields
  }
}
