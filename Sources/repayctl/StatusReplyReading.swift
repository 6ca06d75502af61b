import ControlInterface
import PlainJSON
import RepayCore

/// `GetStatus`'s reply read straight from its `JSONValue`, field by field, without `Codable`, whose
/// generic decoding costs the front a large share of its own work (docs/performance.md,
/// "repayctl").
///
/// It reads what `JSONDecoder` reads into `Control.GetStatusReply`, by the field names of
/// `io.repayd.Control.varlink`: a missing or mistyped field fails the whole reply, an optional
/// one may be absent or null, other fields are ignored, a name given twice counts the first time,
/// and an integer may be written with a fraction or exponent when it is whole.
/// `StatusReplyReadingTests` holds it to `JSONDecoder` on the same texts.
enum StatusReplyReading {
  /// The reply `value` holds; nil when it is not one.
  static func reply(_ value: JSONValue) -> Control.GetStatusReply? {
    try? Control.GetStatusReply(
      version: value.field("version").text(),
      startedAt: value.field("started_at").text(),
      uptimeSeconds: value.field("uptime_seconds").integer(),
      configuration: configuration(value.field("configuration")),
      lastReload: value.optionalField("last_reload").map(reloadResult),
      nextReminder: value.optionalField("next_reminder").map(nextReminder),
      overdueCount: value.field("overdue_count").integer(),
      overdueTotal: value.field("overdue_total").list(amount),
      dueSoon: value.optionalField("due_soon").map(dueSoon),
      plan: value.optionalField("plan").map(planProgress),
      upgraded: value.optionalField("upgraded").map { value throws(Unreadable) in try value.boolean() })
  }

  private static func configuration(_ value: JSONValue) throws(Unreadable) -> Control.Configuration {
    try Control.Configuration(
      files: value.field("files").list { value throws(Unreadable) in try value.text() },
      demo: value.field("demo").boolean(),
      timezone: value.field("timezone").text(),
      loans: value.field("loans").integer(),
      reminders: value.field("reminders").integer(),
      loadedAt: value.field("loaded_at").text(),
      warnings: value.field("warnings").list(diagnostic),
      missingFile: value.optionalField("missing_file").map { value throws(Unreadable) in try value.text() })
  }

  private static func reloadResult(_ value: JSONValue) throws(Unreadable) -> Control.ReloadResult {
    try Control.ReloadResult(
      at: value.field("at").text(), succeeded: value.field("succeeded").boolean(),
      diagnostics: value.field("diagnostics").list(diagnostic))
  }

  private static func nextReminder(_ value: JSONValue) throws(Unreadable) -> Control.NextReminder {
    guard let stage = try Stage(rawValue: value.field("stage").text()) else { throw Unreadable() }
    return try Control.NextReminder(
      at: value.field("at").text(), stage: stage,
      loan: value.optionalField("loan").map { value throws(Unreadable) in try value.text() },
      occurrence: value.optionalField("occurrence").map { value throws(Unreadable) in try value.text() },
      reminder: value.optionalField("reminder").map { value throws(Unreadable) in try value.text() })
  }

  private static func diagnostic(_ value: JSONValue) throws(Unreadable) -> Control.Diagnostic {
    guard let severity = try Control.Diagnostic.Severity(rawValue: value.field("severity").text()) else {
      throw Unreadable()
    }
    return try Control.Diagnostic(
      file: value.field("file").text(), line: value.field("line").integer(),
      column: value.field("column").integer(), severity: severity, message: value.field("message").text())
  }

  private static func dueSoon(_ value: JSONValue) throws(Unreadable) -> Control.DueSoon {
    try Control.DueSoon(
      days: value.field("days").integer(), count: value.field("count").integer(),
      total: value.field("total").list(amount))
  }

  private static func planProgress(_ value: JSONValue) throws(Unreadable) -> Control.PlanProgress {
    guard let strategy = try Control.PlanStrategy(rawValue: value.field("strategy").text()) else {
      throw Unreadable()
    }
    return try Control.PlanProgress(
      plan: value.field("plan").integer(), adoptedAt: value.field("adopted_at").text(),
      currency: value.field("currency").text(), budget: value.field("budget").text(), strategy: strategy,
      thisMonth: value.optionalField("this_month").map(planMonth),
      lastMonth: value.optionalField("last_month").map(planMonth))
  }

  private static func planMonth(_ value: JSONValue) throws(Unreadable) -> Control.PlanMonthProgress {
    try Control.PlanMonthProgress(
      month: value.field("month").text(), planned: value.field("planned").text(),
      paid: value.field("paid").text(), short: value.field("short").text(),
      loans: value.field("loans").list { value throws(Unreadable) in
        try Control.PlanProgressLoan(
          loan: value.field("loan").text(), planned: value.field("planned").text(),
          paid: value.field("paid").text())
      })
  }

  private static func amount(_ value: JSONValue) throws(Unreadable) -> Control.Amount {
    try Control.Amount(amount: value.field("amount").text(), currency: value.field("currency").text())
  }
}

/// A reply that is not of the interface's form.
private struct Unreadable: Error {}

extension JSONValue {
  /// The member `name`, which must be there and not null (the first of duplicates, as
  /// `JSONDecoder` takes it).
  fileprivate func field(_ name: String) throws(Unreadable) -> JSONValue {
    guard let value = optionalField(name) else { throw Unreadable() }
    return value
  }

  /// The member `name`; nil when it is absent or null (or this is not an object).
  fileprivate func optionalField(_ name: String) -> JSONValue? {
    guard let value = member(name), value.content != .null else { return nil }
    return value
  }

  fileprivate func text() throws(Unreadable) -> String {
    guard case .string(let text) = content else { throw Unreadable() }
    return text
  }

  fileprivate func boolean() throws(Unreadable) -> Bool {
    guard case .bool(let value) = content else { throw Unreadable() }
    return value
  }

  /// A whole number that fits an `Int`: as written, or through its `Double` when written with a
  /// fraction or exponent.
  fileprivate func integer() throws(Unreadable) -> Int {
    guard case .number(let text) = content else { throw Unreadable() }
    let isPlain = text.utf8.allSatisfy { $0 != UInt8(ascii: ".") && $0 | 0x20 != UInt8(ascii: "e") }
    guard let number = isPlain ? Int(text) : Double(text).flatMap({ Int(exactly: $0) }) else {
      throw Unreadable()
    }
    return number
  }

  fileprivate func list<Element>(_ element: (JSONValue) throws(Unreadable) -> Element) throws(Unreadable)
    -> [Element]
  {
    guard case .array(let values) = content else { throw Unreadable() }
    var elements: [Element] = []
    elements.reserveCapacity(values.count)
    for value in values { elements.append(try element(value)) }
    return elements
  }
}
