import ControlInterface
import RepayControl
import RepayCore
import RepayStore

extension ControlDesk {
  /// `GetDossier`: everything about one loan for a lawyer or the platform's complaints desk,
  /// at this call's reading of the clock: the loan as `GetLoan` answers it, its penalty terms,
  /// every occurrence from its first due date through today and its next unsettled one (as
  /// `standing(of:through:)` lists them), every payment the store keeps (withdrawn ones too),
  /// the whole communication log, every agreement, every delivered notice, and the files kept
  /// with the notes. Fails with `LoanNotFound` or `StoreFailed`.
  func getDossier(_ request: Control.GetDossierRequest) throws(ControlError) -> Control.GetDossierReply {
    let loan = try loan(request.loan)
    let record = try getLoan(Control.GetLoanRequest(id: loan.id))
    let standing = try standing(of: loan, through: today)
    let id = loan.id
    // GetLoan's reply holds every payment, note and agreement already; only the deliveries are
    // listed with more (their sinks) here.
    let deliveries = try stored { () throws(StoreError) in
      try store.deliveries(forLoan: id).map(Control.DossierDelivery.init)
    }
    return Control.GetDossierReply(
      generatedAt: nowText, loan: record, terms: Control.LoanTerms(loan),
      occurrences: standing.instalments.map(Control.Occurrence.init), payments: record.payments,
      notes: record.notes, agreements: record.agreements, deliveries: deliveries,
      attachments: record.notes.flatMap { $0.attachments ?? [] })
  }
}
