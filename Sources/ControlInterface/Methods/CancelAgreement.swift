extension Control {
  /// The parameters of a `CancelAgreement` call, which ends an agreement: its unsettled
  /// superseded occurrences come back with their own dates and penalties.
  public struct CancelAgreementRequest: VarlinkMethodCall {
    /// The qualified name.
    public static let method = "io.repayd.Control.CancelAgreement"
    /// The reply.
    public typealias Reply = Control.CancelAgreementReply

    /// The agreement's id.
    public var id: Int64
    /// Why it ends.
    public var note: String

    /// A value with these fields.
    public init(id: Int64, note: String) {
      self.id = id
      self.note = note
    }
  }

  /// The reply of `CancelAgreement`.
  public struct CancelAgreementReply: Codable, Hashable, Sendable {
    /// The agreement as it now stands, cancelled.
    public var agreement: Control.Agreement

    /// A value with these fields.
    public init(agreement: Control.Agreement) {
      self.agreement = agreement
    }
  }
}
