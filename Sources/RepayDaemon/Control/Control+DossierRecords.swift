import ControlInterface
import RepayCore
import RepayStore

// The dossier's own records made from the store's and the core's values, written as the rest
// of the interface writes them (`Control+Records.swift`).

extension Control.DossierDelivery {
  /// `delivery` as the dossier lists it: what was delivered, when, and where.
  init(_ delivery: RecordedDelivery) {
    let record = delivery.record
    self.init(
      stage: record.key.stage, occurrence: record.key.date.description,
      planned: InstantText.format(microseconds: record.plannedAt),
      delivered: InstantText.format(microseconds: record.deliveredAt), sinks: record.sinks)
  }
}

extension Control.LoanTerms {
  /// The terms of `loan` as its configuration states them.
  init(_ loan: Loan) {
    let installments: Int? =
      switch loan.term {
      case .installments(let count): count
      case .openEnded, .listedDates: nil
      }
    self.init(
      dailyRate: loan.penalty.dailyRate.description, fee: loan.penalty.fee.decimalText,
      firstDue: loan.firstDue.description, installments: installments)
  }
}
