/// Generates calendar expressions over every feature of systemd.time(7)'s calendar syntax, most
/// of them valid, some broken on purpose, from a seed so that a failure can be reproduced.
struct CalendarExpressionGenerator {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  /// SplitMix64: small, fast, and good enough to spread test cases.
  private mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  private mutating func int(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int(next() % UInt64(range.count))
  }

  private mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }

  private mutating func pick<T>(_ choices: [T]) -> T { choices[int(0...choices.count - 1)] }

  /// One expression; `localAbbreviations` are the local zone's, which an expression may end with.
  mutating func expression(localAbbreviations: [String]) -> String {
    var text: String
    if chance(6) {
      text = pick([
        "minutely", "hourly", "daily", "monthly", "weekly", "yearly", "annually", "anually", "quarterly",
        "semiannually", "semi-annually", "biannually", "bi-annually", "DAILY", "Weekly",
      ])
    } else if chance(4) {
      text =
        "@"
        + String(
          pick([0, 1, 86_399, int(0...2_000_000_000), int(1_700_000_000...1_900_000_000), 7_258_118_400]))
    } else {
      var parts: [String] = []
      if chance(35) { parts.append(weekdays()) }
      if chance(70) { parts.append(date()) }
      if chance(80) || parts.isEmpty { parts.append(time()) }
      text = parts.joined(separator: pick([" ", " ", " ", "  "]))
    }
    if chance(25) {
      var suffixes = [
        " UTC", " utc", " Europe/Berlin", " Asia/Tokyo", " America/New_York", " Australia/Lord_Howe",
        " Nowhere/Zone",
      ]
      suffixes += localAbbreviations.filter { !$0.isEmpty }.map { " " + $0 }
      text += pick(suffixes)
    }
    if chance(12) { text = mutate(text) }
    return text
  }

  private mutating func weekdays() -> String {
    let names = [
      ["Mon", "Monday", "mon", "MONDAY"], ["Tue", "Tuesday", "tue"], ["Wed", "Wednesday", "WED"],
      ["Thu", "Thursday", "thu"], ["Fri", "Friday", "fri"], ["Sat", "Saturday", "sat"],
      ["Sun", "Sunday", "SUN"],
    ]
    var items: [String] = []
    for _ in 0..<int(1...3) {
      let first = int(0...6)
      if chance(40) {
        let last = chance(90) ? int(first...6) : int(0...6)
        items.append(pick(names[first]) + pick(["..", "..", "-"]) + pick(names[last]))
      } else {
        items.append(pick(names[first]))
      }
    }
    return items.joined(separator: ",") + (chance(5) ? "," : "")
  }

  private mutating func date() -> String {
    let month = field(1...12, outside: [0, 13])
    let separator = chance(15) ? "~" : "-"
    let day = separator == "~" ? field(1...28, outside: [0, 29, 31]) : field(1...31, outside: [0, 32])
    if chance(50) {
      let year = chance(20) ? String(int(0...99)) : field(2026...2040, outside: [1969, 2200, 2199])
      return "\(year)-\(month)\(separator)\(day)"
    }
    return "\(month)\(separator)\(day)"
  }

  private mutating func time() -> String {
    let hour = field(0...23, outside: [24])
    let minute = field(0...59, outside: [60])
    if chance(40) { return "\(hour):\(minute)" }
    var second = field(0...59, outside: [60, 61])
    if chance(15), second.allSatisfy(\.isNumber) {
      second += "." + String(int(0...999_999_999)).prefix(int(1...9))
    }
    return "\(hour):\(minute):\(second)"
  }

  /// A field: `*`, a value, a list, a range, a repetition, mostly inside `range`.
  private mutating func field(_ range: ClosedRange<Int>, outside: [Int]) -> String {
    func value(_ generator: inout CalendarExpressionGenerator) -> Int {
      generator.chance(4) ? generator.pick(outside) : generator.int(range)
    }
    func padded(_ number: Int, _ generator: inout CalendarExpressionGenerator) -> String {
      generator.chance(30) && number < 10 ? "0\(number)" : String(number)
    }
    if chance(30) { return "*" }
    var elements: [String] = []
    for _ in 0..<(chance(25) ? int(2...4) : 1) {
      let start = value(&self)
      switch int(1...10) {
      case 1...5:
        elements.append(padded(start, &self))
      case 6...7:
        elements.append("\(padded(start, &self))..\(padded(value(&self), &self))")
      case 8...9:
        elements.append("\(padded(start, &self))/\(int(chance(5) ? 0...0 : 1...(range.count)))")
      default:
        elements.append(
          "\(padded(start, &self))..\(padded(value(&self), &self))/\(int(1...range.count / 2 + 1))")
      }
    }
    return elements.joined(separator: ",")
  }

  /// A small edit that often breaks the expression: a character inserted, removed or doubled.
  private mutating func mutate(_ text: String) -> String {
    var scalars = Array(text.unicodeScalars)
    let position = int(0...scalars.count)
    switch int(1...3) {
    case 1: scalars.insert(pick(Array(".,-~:/*@ x9".unicodeScalars)), at: position)
    case 2 where !scalars.isEmpty: scalars.remove(at: min(position, scalars.count - 1))
    default: if position < scalars.count { scalars.insert(scalars[position], at: position) }
    }
    var result = String.UnicodeScalarView()
    result.append(contentsOf: scalars)
    return String(result)
  }
}
