import RepayCore

extension TableFields {
  /// A length of time (`7d`, `36h`, `90m`), or nil after reporting where its text is wrong.
  func duration(_ key: Key) -> ReminderOffset? {
    guard let text = string(key), let value = value(key) else { return nil }
    return duration(text, value)
  }

  /// An array of lengths of time, or nil; each faulty element is reported and left out.
  func durations(_ key: Key) -> [ReminderOffset]? {
    guard let elements = elements(key) else { return nil }
    var offsets: [ReminderOffset] = []
    offsets.reserveCapacity(elements.count)
    for element in elements {
      if let text = string(in: element, key: key), let offset = duration(text, element) {
        offsets.append(offset)
      }
    }
    return offsets
  }

  /// A time of day (`09:30`), or nil after reporting where its text is wrong.
  func timeOfDay(_ key: Key) -> TimeOfDay? {
    guard let text = string(key) else { return nil }
    do {
      return try TimeOfDay(parsing: text)
    } catch {
      report(error.message(in: log.language), at: key, column: error.column)
      return nil
    }
  }

  /// An amount in `currency`, not negative, or nil after reporting where its text is wrong.
  func money(_ key: Key, currency: Currency?, required: Bool = false) -> Money? {
    guard let text = string(key, required: required), let currency else { return nil }
    do {
      let amount = try Money(parsing: text, currency: currency)
      guard amount.minorUnits >= 0 else {
        report(ConfigProblem.negativeAmount(key: key.name).message(in: log.language), at: key, column: 1)
        return nil
      }
      return amount
    } catch {
      report(error.message(in: log.language), at: key, column: error.column)
      return nil
    }
  }

  /// A rate (`"0.0005"`), or nil after reporting where its text is wrong.
  func rate(_ key: Key) -> Rate? {
    guard let text = string(key) else { return nil }
    do {
      return try Rate(parsing: text)
    } catch {
      report(error.message(in: log.language), at: key, column: error.column)
      return nil
    }
  }

  /// Reports `message` at the `column`-th character of the string `value`.
  func report(_ message: String, in value: TOMLValue, column: Int) {
    log.error(message, at: log.location(inside: value, column: column))
  }

  /// Reports `message` at the `column`-th character of the string value of `key`.
  ///
  /// - Precondition: the table has `key`.
  func report(_ message: String, at key: Key, column: Int) {
    report(message, in: value(key)!, column: column)
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
