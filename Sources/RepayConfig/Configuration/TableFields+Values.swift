import RepayCore

extension TableFields {
  /// A length of time (`7d`, `36h`, `90m`), or nil after reporting where its text is wrong.
  func duration(_ key: String) -> (ReminderOffset, TOMLValue)? {
    guard let (text, value) = string(key) else { return nil }
    return duration(text, value).map { ($0, value) }
  }

  /// An array of lengths of time, or nil; each faulty element is reported and left out.
  func durations(_ key: String) -> [ReminderOffset]? {
    guard let (elements, _) = strings(key) else { return nil }
    return elements.compactMap { duration($0.0, $0.1) }
  }

  /// A time of day (`09:30`), or nil after reporting where its text is wrong.
  func timeOfDay(_ key: String) -> (TimeOfDay, TOMLValue)? {
    guard let (text, value) = string(key) else { return nil }
    do {
      return (try TimeOfDay(parsing: text), value)
    } catch {
      report(error.message(in: log.language), in: value, column: error.column)
      return nil
    }
  }

  /// An amount in `currency`, not negative, or nil after reporting where its text is wrong.
  func money(_ key: String, currency: Currency?, required: Bool = false) -> (Money, TOMLValue)? {
    guard let (text, value) = string(key, required: required), let currency else { return nil }
    do {
      let amount = try Money(parsing: text, currency: currency)
      guard amount.minorUnits >= 0 else {
        log.error(.negativeAmount(key: key), at: log.location(inside: value, column: 1))
        return nil
      }
      return (amount, value)
    } catch {
      report(error.message(in: log.language), in: value, column: error.column)
      return nil
    }
  }

  /// A rate (`"0.0005"`), or nil after reporting where its text is wrong.
  func rate(_ key: String) -> (Rate, TOMLValue)? {
    guard let (text, value) = string(key) else { return nil }
    do {
      return (try Rate(parsing: text), value)
    } catch {
      report(error.message(in: log.language), in: value, column: error.column)
      return nil
    }
  }

  /// Reports `message` at the `column`-th character of the string `value`.
  func report(_ message: String, in value: TOMLValue, column: Int) {
    log.error(message, at: log.location(inside: value, column: column))
  }

  private func duration(_ text: String, _ value: TOMLValue) -> ReminderOffset? {
    do {
      return try ReminderOffset(parsing: text)
    } catch {
      report(error.message(in: log.language), in: value, column: error.column)
      return nil
    }
  }
}
