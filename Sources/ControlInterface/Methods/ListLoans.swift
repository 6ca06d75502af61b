extension Control {
  /// The parameters of a `ListLoans` call, which answers with every loan at a glance.
  public struct ListLoansRequest: VarlinkMethodCall {
    /// The qualified name.
    public static let method = "io.repayd.Control.ListLoans"
    /// The reply.
    public typealias Reply = Control.ListLoansReply

    /// A call without parameters.
    public init() {}
  }

  /// The reply of `ListLoans`.
  public struct ListLoansReply: Codable, Hashable, Sendable {
    /// Every loan, in the configuration's order.
    public var loans: [Control.LoanSummary]

    /// A value with these fields.
    public init(loans: [Control.LoanSummary]) {
      self.loans = loans
    }
  }
}
