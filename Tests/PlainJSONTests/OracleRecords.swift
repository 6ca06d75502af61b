import PropertyBased

/// A household of loans: the nested Codable records the oracle tests encode with Foundation and
/// decode with both decoders.
struct OracleHousehold: Codable, Equatable {
  var name: String
  var owner: OraclePerson?
  var loans: [OracleLoan]
  var counts: [String: Int]?
}

/// A person, nested inside a household.
struct OraclePerson: Codable, Equatable {
  var name: String
  var phones: [String]
  var age: UInt8?
}

/// A loan: every fixed-width integer type, both floating-point types, optionals and nesting.
struct OracleLoan: Codable, Equatable {
  var id: String
  /// The 64-bit types, whose extremes a Double cannot hold.
  var principal: Int64
  var total: UInt64
  /// Both floating-point types, any finite value.
  var rate: Double
  var fee: Float?
  /// An enum by raw value, and one that may be absent.
  var stage: OracleStage
  var previousStage: OracleStage?
  var day: Int16
  var month: UInt16
  var small: Int8
  var count: Int
  var unsigned: UInt
  var wide: Int32
  var wideUnsigned: UInt32
  var flags: [Bool?]
  var grid: [[Int32]]
  var note: String?
}

/// A stage with String raw values, some of them not the case names.
enum OracleStage: String, Codable, CaseIterable {
  case upcoming
  case due = "due today"
  case overdue = "逾期"
  case settled = "settled 😀"
}

/// Random records from a seeded generator, so that a failure can be run again.
struct OracleRecordSource {
  private var generator: Xoshiro

  /// A source whose records follow from `seed`.
  init(seed: UInt64) {
    generator = Xoshiro(seed: (seed, 0x9E37_79B9_7F4A_7C15, ~seed, 42))
  }

  mutating func household() -> OracleHousehold {
    OracleHousehold(
      name: string(),
      owner: maybe {
        OraclePerson(name: $0.string(), phones: $0.array { $0.string() }, age: $0.maybe { $0.integer() })
      },
      loans: array { $0.loan() },
      counts: maybe { source in
        Dictionary(
          source.array { ($0.string(), $0.integer() as Int) }, uniquingKeysWith: { first, _ in first })
      })
  }

  private mutating func loan() -> OracleLoan {
    OracleLoan(
      id: string(), principal: integer(), total: integer(), rate: double(), fee: maybe { $0.float() },
      stage: OracleStage.allCases.randomElement(using: &generator)!,
      previousStage: maybe { OracleStage.allCases.randomElement(using: &$0.generator)! },
      day: integer(), month: integer(), small: integer(), count: integer(), unsigned: integer(),
      wide: integer(),
      wideUnsigned: integer(), flags: array { $0.maybe { Bool.random(using: &$0.generator) } },
      grid: array { $0.array { $0.integer() } }, note: maybe { $0.string() })
  }

  /// Mostly the extremes and small numbers, where conversions go wrong, else any value.
  private mutating func integer<Number: FixedWidthInteger>() -> Number {
    switch Int.random(in: 0..<6, using: &generator) {
    case 0: .min
    case 1: .max
    case 2: Number(truncatingIfNeeded: Int.random(in: -3...3, using: &generator))
    default: Number.random(in: .min ... .max, using: &generator)
    }
  }

  private mutating func double() -> Double {
    switch Int.random(in: 0..<4, using: &generator) {
    case 0: Double(Int.random(in: -1_000...1_000, using: &generator)) / 100
    case 1:
      [0, -0.0, .greatestFiniteMagnitude, .leastNonzeroMagnitude, 1e-300, 0.1].randomElement(
        using: &generator)!
    default: finite { Double(bitPattern: $0) }
    }
  }

  private mutating func float() -> Float {
    finite { Float(bitPattern: UInt32(truncatingIfNeeded: $0)) }
  }

  /// Any finite number, from random bits: every exponent equally likely.
  private mutating func finite<Number: FloatingPoint>(fromBits: (UInt64) -> Number) -> Number {
    while true {
      let number = fromBits(generator.next())
      if number.isFinite { return number }
    }
  }

  /// Text from ASCII (quotes, backslashes, slashes and control characters among it), Latin,
  /// CJK and emoji.
  private mutating func string() -> String {
    let ranges: [ClosedRange<UInt32>] = [
      0x00...0x7F, 0x20...0x7E, 0xA0...0x24F, 0x4E00...0x9FFF, 0x1F300...0x1F64F,
    ]
    var scalars = String.UnicodeScalarView()
    for _ in 0..<Int.random(in: 0...12, using: &generator) {
      let range = ranges.randomElement(using: &generator)!
      scalars.append(Unicode.Scalar(UInt32.random(in: range, using: &generator))!)
    }
    return String(scalars)
  }

  private mutating func array<Element>(_ element: (inout Self) -> Element) -> [Element] {
    (0..<Int.random(in: 0...4, using: &generator)).map { _ in element(&self) }
  }

  private mutating func maybe<Wrapped>(_ wrapped: (inout Self) -> Wrapped) -> Wrapped? {
    Bool.random(using: &generator) ? wrapped(&self) : nil
  }
}
