import Testing

/// The containers' less common operations give what Foundation's give.
struct JSONDecoderContainerTests {
  /// Records what each container operation returns, or the error it throws.
  private struct ContainerProbe: Decodable, CustomStringConvertible {
    var log: [String] = []

    var description: String { log.joined(separator: "\n") }

    init(from decoder: any Decoder) throws {
      let object = try decoder.container(keyedBy: ProbeKey.self)
      log.append("keys \(object.allKeys.map(\.stringValue).sorted())")
      log.append("contains \(object.contains("n")) \(object.contains("absent"))")
      log.append("nil \(try object.decodeNil(forKey: "n")) \(try object.decodeNil(forKey: "number"))")
      log.append(
        "present \(try object.decodeIfPresent(Int.self, forKey: "n") as Any) "
          + "\(try object.decodeIfPresent(Int.self, forKey: "absent") as Any) "
          + "\(try object.decodeIfPresent(Int.self, forKey: "number") as Any)")
      log.append(record { try object.decodeNil(forKey: "absent") })
      let nested = try object.nestedContainer(keyedBy: ProbeKey.self, forKey: "object")
      log.append("nested \(Self.path(nested.codingPath)) \(try nested.decode(String.self, forKey: "text"))")
      log.append(record { try object.nestedContainer(keyedBy: ProbeKey.self, forKey: "absent") })
      log.append(record { try object.nestedUnkeyedContainer(forKey: "object") })
      var list = try object.nestedUnkeyedContainer(forKey: "list")
      log.append("list \(Self.path(list.codingPath)) \(list.count ?? -1) \(list.isAtEnd)")
      log.append("nil \(try list.decodeNil()) \(try list.decodeNil()) \(list.currentIndex)")
      log.append("int \(try list.decode(Int.self)) \(try list.decodeIfPresent(String.self) as Any)")
      var inner = try list.nestedUnkeyedContainer()
      log.append("inner \(Self.path(inner.codingPath)) \(try inner.decode(Double.self))")
      let element = try list.superDecoder()
      log.append(
        "super \(Self.path(element.codingPath)) \(try element.singleValueContainer().decode(Bool.self))")
      log.append("end \(list.isAtEnd) \(list.currentIndex)")
      log.append(record { try list.decode(Int.self) })
      log.append(record { try list.decodeNil() })
      log.append(record { try list.nestedContainer(keyedBy: ProbeKey.self) })
      let superDecoder = try object.superDecoder()
      log.append("super \(Self.path(superDecoder.codingPath)) \(try String(from: superDecoder))")
      let absent = try object.superDecoder(forKey: "absent")
      log.append("absent \(Self.path(absent.codingPath)) \(try absent.singleValueContainer().decodeNil())")
    }

    private func record(_ operation: () throws -> some Any) -> String {
      do {
        return "returned \(try operation())"
      } catch let error as DecodingError {
        switch error {
        case .keyNotFound(let key, let context):
          return "keyNotFound \(key.stringValue) \(Self.path(context.codingPath))"
        case .valueNotFound(_, let context): return "valueNotFound \(Self.path(context.codingPath))"
        case .typeMismatch(_, let context): return "typeMismatch \(Self.path(context.codingPath))"
        default: return "\(error)"
        }
      } catch {
        return "\(error)"
      }
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
      "[" + codingPath.map { "\($0.stringValue)\($0.intValue.map { "#\($0)" } ?? "")" }.joined(separator: "/")
        + "]"
    }
  }

  /// Any member name.
  private struct ProbeKey: CodingKey, ExpressibleByStringLiteral {
    let stringValue: String
    var intValue: Int? { nil }

    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
    init(stringLiteral value: String) { stringValue = value }
  }

  @Test("keyed and unkeyed containers, nested containers and super decoders")
  func containerOperations() {
    let text = #"""
      {"n": null, "number": 3, "object": {"text": "中文 😀", "extra": 1}, "list": [null, 2, null, [1.5], true],
       "super": "base", "number": 4}
      """#
    let plain = DecodingOutcome.plain(ContainerProbe.self, text)
    #expect(plain == DecodingOutcome.foundation(ContainerProbe.self, text))
    #expect(
      plain
        == .value(
          """
          keys ["list", "n", "number", "object", "super"]
          contains true false
          nil true false
          present nil nil Optional(3)
          keyNotFound absent []
          nested [object] 中文 😀
          keyNotFound absent []
          typeMismatch [object]
          list [list] 5 false
          nil true false 1
          int 2 nil
          inner [list/Index 3#3] 1.5
          super [list/Index 4#4] true
          end true 5
          valueNotFound [list/Index 5#5]
          valueNotFound [list/Index 5#5]
          valueNotFound [list/Index 5#5]
          super [super] base
          absent [absent] true
          """))
  }
}
