import RepayControl
import RepayCore
import RepayStore

extension ControlDesk {
  /// What a notification's "Details" button shows about `occurrence`, written by `writer`: the
  /// loan's standing today, through the occurrence, with the latest note of its communication
  /// log (`NoticeWriter.details(of:due:latestNote:)`). Errors: `LoanNotFound` for a loan no
  /// longer configured, `StoreFailed`.
  func details(of occurrence: OccurrenceID, writer: NoticeWriter) throws(ControlError) -> Notice {
    let loan = try loan(occurrence.loan)
    let standing = try standing(of: loan, through: occurrence.due)
    let latest = try stored { () throws(StoreError) in try store.notes(forLoan: loan.id).last }
    return writer.details(
      of: standing, due: occurrence.due,
      latestNote: latest.map { (configuration.zone.localDate(at: $0.at / 1_000_000), $0.text) })
  }
}
