/// Where to reach a lender when something goes wrong: the first measure of the playbook is to
/// contact the platform at once. Every field is optional; an empty string counts as absent. Coded
/// in JSON with these field names (the control interface's `Contact`).
///
/// The four fields are kept in one string (each present one as its length in UTF-8 bytes, `:`
/// and its text; an absent one as `-`), 16 bytes in a `Loan` instead of 64: a phone number and
/// an app name fit in the string itself, and a household may have 10,000 loans.
public struct LoanContact: Hashable, Sendable, Codable {
  /// `phone`, `url`, `email` and `app`, in that order, as described above.
  private var packed: String

  /// A customer-service phone number.
  public var phone: String? {
    get { field(0) }
    set { setField(0, to: newValue) }
  }
  /// A help page.
  public var url: String? {
    get { field(1) }
    set { setField(1, to: newValue) }
  }
  /// A customer-service address.
  public var email: String? {
    get { field(2) }
    set { setField(2, to: newValue) }
  }
  /// The app through which the platform is reached.
  public var app: String? {
    get { field(3) }
    set { setField(3, to: newValue) }
  }

  /// A contact with these details.
  public init(phone: String? = nil, url: String? = nil, email: String? = nil, app: String? = nil) {
    packed = Self.packing([phone, url, email, app])
  }

  private enum CodingKeys: String, CodingKey {
    case phone, url, email, app
  }

  /// Decodes the fields by name, each optional.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      phone: try container.decodeIfPresent(String.self, forKey: .phone),
      url: try container.decodeIfPresent(String.self, forKey: .url),
      email: try container.decodeIfPresent(String.self, forKey: .email),
      app: try container.decodeIfPresent(String.self, forKey: .app))
  }

  /// Encodes the present fields by name, leaving out the absent ones.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeIfPresent(phone, forKey: .phone)
    try container.encodeIfPresent(url, forKey: .url)
    try container.encodeIfPresent(email, forKey: .email)
    try container.encodeIfPresent(app, forKey: .app)
  }

  /// The four fields, in order.
  private var fields: [String?] {
    var result: [String?] = []
    var rest = Substring(packed).utf8[...]
    while let first = rest.first {
      if first == UInt8(ascii: "-") {
        result.append(nil)
        rest = rest.dropFirst()
        continue
      }
      let colon = rest.firstIndex(of: UInt8(ascii: ":"))!
      let length = Int(Substring(rest[..<colon]))!
      let start = rest.index(after: colon)
      let end = rest.index(start, offsetBy: length)
      result.append(String(Substring(rest[start..<end])))
      rest = rest[end...]
    }
    return result
  }

  private func field(_ index: Int) -> String? { fields[index] }

  private mutating func setField(_ index: Int, to value: String?) {
    var all = fields
    all[index] = value
    packed = Self.packing(all)
  }

  /// The packed form of `fields`.
  private static func packing(_ fields: [String?]) -> String {
    fields.map { $0.map { "\($0.utf8.count):\($0)" } ?? "-" }.joined()
  }
}
