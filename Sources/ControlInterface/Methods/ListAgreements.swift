extension Control {
  /// The parameters of a `ListAgreements` call, which answers with the agreements, of one loan
  /// or of all, by date of creation, then id.
  public struct ListAgreementsRequest: VarlinkMethodCall {
    /// The qualified name.
    public static let method = "io.repayd.Control.ListAgreements"
    /// The reply.
    public typealias Reply = Control.ListAgreementsReply

    /// The loan's id; absent for every loan.
    public var loan: String?

    /// A value with these fields.
    public init(loan: String? = nil) {
      self.loan = loan
    }
  }

  /// The reply of `ListAgreements`.
  public struct ListAgreementsReply: Codable, Hashable, Sendable {
    /// The agreements, oldest first.
    public var agreements: [Control.Agreement]

    /// A value with these fields.
    public init(agreements: [Control.Agreement]) {
      self.agreements = agreements
    }
  }
}
