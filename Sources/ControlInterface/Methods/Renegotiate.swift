extension Control {
  /// The parameters of a `Renegotiate` call, which records an agreement with the platform
  /// (measure 4): exactly one kind, `extendTo`; `installments` with `start`; or `waivePenalty`
  /// alone.
  public struct RenegotiateRequest: VarlinkMethodCall {
    /// The qualified name.
    public static let method = "io.repayd.Control.Renegotiate"
    /// The reply.
    public typealias Reply = Control.RenegotiateReply

    /// The loan's id.
    public var loan: String
    /// An extension: the one date the total is due, `YYYY-MM-DD`.
    public var extendTo: String?
    /// Instalments: how many, 1 to 600.
    public var installments: Int?
    /// Instalments: the first one's date, `YYYY-MM-DD`, today or later.
    public var start: String?
    /// Instalments: the months between two of them (default 1).
    public var everyMonths: Int?
    /// Instalments: what each asks for, the last the rest.
    public var amount: String?
    /// Forgive the penalty so far: alone, a waiver; with another kind, a total without it.
    public var waivePenalty: Bool?
    /// Cover every unsettled occurrence, not only the overdue ones.
    public var all: Bool?
    /// The total the platform agreed, in the loan's currency.
    public var total: String?
    /// What was agreed, in the person's words.
    public var note: String
    /// The platform's reference for it.
    public var ref: String?
    /// The person who agreed it on the platform's side.
    public var counterpart: String?

    /// A value with these fields.
    public init(
      loan: String, extendTo: String? = nil, installments: Int? = nil, start: String? = nil,
      everyMonths: Int? = nil, amount: String? = nil, waivePenalty: Bool? = nil, all: Bool? = nil,
      total: String? = nil, note: String, ref: String? = nil, counterpart: String? = nil
    ) {
      self.loan = loan
      self.extendTo = extendTo
      self.installments = installments
      self.start = start
      self.everyMonths = everyMonths
      self.amount = amount
      self.waivePenalty = waivePenalty
      self.all = all
      self.total = total
      self.note = note
      self.ref = ref
      self.counterpart = counterpart
    }

    private enum CodingKeys: String, CodingKey {
      case loan
      case extendTo = "extend_to"
      case installments
      case start
      case everyMonths = "every_months"
      case amount
      case waivePenalty = "waive_penalty"
      case all
      case total
      case note
      case ref
      case counterpart
    }
  }

  /// The reply of `Renegotiate`.
  public struct RenegotiateReply: Codable, Hashable, Sendable {
    /// The agreement as recorded.
    public var agreement: Control.Agreement

    /// A value with these fields.
    public init(agreement: Control.Agreement) {
      self.agreement = agreement
    }
  }
}
