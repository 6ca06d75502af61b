import ControlInterface
import RepayControl
import RepayCore
import RepayStore

extension ControlDesk {
  /// `ListLoans`: every loan of the configuration, in its order, at a glance today. Fails only
  /// with `StoreFailed`.
  func listLoans(_ request: Control.ListLoansRequest) throws(ControlError) -> Control.ListLoansReply {
    let paid = try paidPerLoan()
    let terms = try agreedTerms()
    return Control.ListLoansReply(
      loans: configuration.loans.map {
        Control.LoanSummary(standing(of: $0, paid: paid[$0.id] ?? [:], terms: terms[$0.id] ?? .none))
      })
  }

  /// `GetLoan`: the loan at a glance, its contact (absent when it names none), grace days, the
  /// end of the snooze in force, its instalments (see `LoanStanding`), and its payments, notes,
  /// deliveries and snoozes as the store lists them. Fails with `LoanNotFound` or `StoreFailed`.
  func getLoan(_ request: Control.GetLoanRequest) throws(ControlError) -> Control.GetLoanReply {
    let loan = try loan(request.id)
    let standing = try standing(of: loan)
    let contact = loan.contact
    let hasContact = [contact.phone, contact.url, contact.email, contact.app].contains { $0 != nil }
    let id = loan.id
    let agreements = try records(ofLoan: id)
    return try stored { () throws(StoreError) in
      Control.GetLoanReply(
        loan: Control.LoanSummary(standing), contact: hasContact ? contact : nil, graceDays: loan.graceDays,
        snoozedUntil: try store.activeSnooze(loan: id, at: now).map {
          InstantText.format(microseconds: $0.until)
        },
        occurrences: standing.instalments.map(Control.Occurrence.init),
        payments: try store.payments(forLoan: id).map(Control.Payment.init),
        notes: try store.notes(forLoan: id).map { Control.Note($0, vault: vault) },
        deliveries: try store.deliveries(forLoan: id).map(Control.Delivery.init),
        snoozes: try store.snoozes(forLoan: id).map(Control.SnoozePeriod.init), agreements: agreements)
    }
  }
}
