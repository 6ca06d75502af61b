import Foundation
import PlainJSON

/// What decoding a text gave, said the same way for both decoders so that they can be compared:
/// the value, or the error's case, its type or key, and its coding path.
enum DecodingOutcome: Equatable, CustomStringConvertible {
  case value(String)
  case failure(String)

  /// The outcome of decoding `text` as a `T` with this package's decoder.
  static func plain<T: Decodable>(_ type: T.Type, _ text: String) -> DecodingOutcome {
    outcome { try JSONValueDecoder().decode(type, from: Array(text.utf8)) }
  }

  /// The outcome of decoding `text` as a `T` with Foundation's decoder.
  static func foundation<T: Decodable>(_ type: T.Type, _ text: String) -> DecodingOutcome {
    outcome { try JSONDecoder().decode(type, from: Data(text.utf8)) }
  }

  private static func outcome(_ decode: () throws -> some Any) -> DecodingOutcome {
    do {
      return .value(String(describing: try decode()))
    } catch let error as DecodingError {
      return .failure(summary(of: error))
    } catch {
      return .failure("not a DecodingError: \(error)")
    }
  }

  /// For example "keyNotFound(id) at loans/Index 0".
  private static func summary(of error: DecodingError) -> String {
    let (kind, context): (String, DecodingError.Context) =
      switch error {
      case .keyNotFound(let key, let context): ("keyNotFound(\(key.stringValue))", context)
      case .valueNotFound(let type, let context): ("valueNotFound(\(type))", context)
      case .typeMismatch(let type, let context): ("typeMismatch(\(type))", context)
      case .dataCorrupted(let context): ("dataCorrupted", context)
      @unknown default: ("unknown", DecodingError.Context(codingPath: [], debugDescription: ""))
      }
    return "\(kind) at \(context.codingPath.map(\.stringValue).joined(separator: "/"))"
  }

  /// The case alone: "value", or the error's case without its path.
  var kind: String {
    switch self {
    case .value: "value"
    case .failure(let failure): String(failure.prefix { $0 != " " })
    }
  }

  var description: String {
    switch self {
    case .value(let value): "value \(value)"
    case .failure(let failure): failure
    }
  }
}
