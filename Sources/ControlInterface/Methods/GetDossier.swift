extension Control {
  /// The parameters of a `GetDossier` call, which answers with everything a lawyer or the
  /// platform's complaints desk needs about one loan (measure 5).
  public struct GetDossierRequest: VarlinkMethodCall {
    /// The qualified name.
    public static let method = "io.repayd.Control.GetDossier"
    /// The reply.
    public typealias Reply = Control.GetDossierReply

    /// The loan's id.
    public var loan: String

    /// A value with these fields.
    public init(loan: String) {
      self.loan = loan
    }
  }

  /// The reply of `GetDossier`.
  public struct GetDossierReply: Codable, Hashable, Sendable {
    /// When it was made, RFC 3339 UTC.
    public var generatedAt: String
    /// The loan as `GetLoan` answers it.
    public var loan: Control.GetLoanReply
    /// The loan's penalty terms and length, which `GetLoan` does not carry.
    public var terms: Control.LoanTerms
    /// Every occurrence so far, with its state (superseded ones and agreed ones included).
    public var occurrences: [Control.Occurrence]
    /// Every payment, the withdrawn ones too.
    public var payments: [Control.Payment]
    /// The whole communication log.
    public var notes: [Control.Note]
    /// Every agreement.
    public var agreements: [Control.Agreement]
    /// Every notice delivered about the loan.
    public var deliveries: [Control.DossierDelivery]
    /// Every file kept with the notes.
    public var attachments: [Control.Attachment]

    /// A value with these fields.
    public init(
      generatedAt: String, loan: Control.GetLoanReply, terms: Control.LoanTerms,
      occurrences: [Control.Occurrence],
      payments: [Control.Payment], notes: [Control.Note], agreements: [Control.Agreement],
      deliveries: [Control.DossierDelivery], attachments: [Control.Attachment]
    ) {
      self.generatedAt = generatedAt
      self.loan = loan
      self.terms = terms
      self.occurrences = occurrences
      self.payments = payments
      self.notes = notes
      self.agreements = agreements
      self.deliveries = deliveries
      self.attachments = attachments
    }

    private enum CodingKeys: String, CodingKey {
      case generatedAt = "generated_at"
      case loan
      case terms
      case occurrences
      case payments
      case notes
      case agreements
      case deliveries
      case attachments
    }
  }
}
