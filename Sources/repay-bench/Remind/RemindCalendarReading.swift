import RepayCore

/// The reminders in remind's simple calendar (`remind -b2 -sa`) of a `RemindScript`.
///
/// Each line is `YYYY/MM/DD SPECIAL TAG DURATION TIME BODY`; TIME is the minutes after midnight
/// on the trigger date and `*` on an advance warning's day (`-sa` lists those too), and the body
/// is the script's `HH:MM LOAN STAGE`.
enum RemindCalendarReading {
  /// The reminders of `output`; throws naming the first line that is not of that form.
  static func instants(_ output: String) throws -> [ComparedInstant] {
    try output.split(separator: "\n").map { line in
      let fields = line.split(separator: " ")
      guard fields.count == 8, let date = LocalDate(parsing: fields[0].replacing("/", with: "-")),
        let time = try? TimeOfDay(parsing: String(fields[5])), time.second == 0,
        let named = ComparedInstant.Stage(rawValue: String(fields[7])), named != .advance
      else { throw ValidationFailure("remind printed a line this benchmark cannot read: \(line)") }
      let stage: ComparedInstant.Stage = named == .due && fields[4] == "*" ? .advance : named
      return ComparedInstant(date: date, minute: time.secondOfDay / 60, loan: String(fields[6]), stage: stage)
    }
  }
}
