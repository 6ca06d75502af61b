/// Where to reach a lender when something goes wrong: the first measure of the playbook is to
/// contact the platform at once. Every field is optional; an empty string counts as absent. Coded
/// in JSON with these field names (the control interface's `Contact`).
public struct LoanContact: Hashable, Sendable, Codable {
  /// A customer-service phone number.
  public var phone: String?
  /// A help page.
  public var url: String?
  /// A customer-service address.
  public var email: String?
  /// The app through which the platform is reached.
  public var app: String?

  /// A contact with these details.
  public init(phone: String? = nil, url: String? = nil, email: String? = nil, app: String? = nil) {
    self.phone = phone
    self.url = url
    self.email = email
    self.app = app
  }
}
