import ControlInterface
import RepayControl
import RepayCore
import RepayStore

extension ControlDesk {
  /// `History`: payments (at their recording, with the instalment, amount and note, and when
  /// and why they were withdrawn), notes (the text as `note`, and every other field of a note),
  /// delivered notices of loans (the instalment and stage), snoozes (at their making, with their
  /// end as `until`) and agreements (at their making, with the total, note, reference, state and
  /// cancellation), oldest first; at the same instant in
  /// that order of kinds, then by id. Of the loan given, or of every loan the store holds records
  /// of (also loans no longer configured); with `since`, only entries at or after the start of
  /// that local day in the configuration's zone. Errors: `LoanNotFound`; `InvalidParameter`
  /// `format` for `since`; `StoreFailed`.
  func history(_ request: Control.HistoryRequest) throws(ControlError) -> Control.HistoryReply {
    let id = try request.loan.map { id throws(ControlError) in try loan(id).id }
    let vault = vault
    let start = try request.since.map { text throws(ControlError) in
      configuration.zone.startOfDay(try date(text, parameter: "since")) * 1_000_000
    }
    var timed: [(at: Int64, entry: Control.HistoryEntry)] = try stored { () throws(StoreError) in
      let payments = try store.payments(forLoan: id).map { ($0.recordedAt, Control.HistoryEntry($0)) }
      let notes = try store.notes(forLoan: id).map {
        ($0.at, Control.HistoryEntry(Control.Note($0, vault: vault)))
      }
      // A free-standing reminder's delivery, or a note's, is no loan's occurrence.
      let deliveries = try store.deliveries(forLoan: id).filter { $0.record.key.subject.loan != nil }.map {
        ($0.record.deliveredAt, Control.HistoryEntry($0))
      }
      let snoozes = try store.snoozes(forLoan: id).map { ($0.createdAt, Control.HistoryEntry($0)) }
      return payments + notes + deliveries + snoozes
    }
    for agreement in try records(ofLoan: id) {
      timed.append((InstantText.parse(agreement.createdAt) ?? 0, Control.HistoryEntry(agreement)))
    }
    if let start { timed.removeAll { $0.at < start } }
    let kinds = Control.HistoryEntry.Kind.allCases
    let order = { (item: (at: Int64, entry: Control.HistoryEntry)) in
      (item.at, kinds.firstIndex(of: item.entry.kind) ?? 0, item.entry.id)
    }
    let entries = timed.sorted { order($0) < order($1) }.map(\.entry)
    return Control.HistoryReply(entries: entries)
  }
}

extension Control.HistoryEntry {
  /// A payment's entry: the instalment, amount, currency and note, at its recording, and its
  /// withdrawal.
  fileprivate init(_ payment: RepayStore.Payment) {
    self.init(
      kind: .payment, id: payment.id, loan: payment.loan, occurrence: payment.occurrence.description,
      at: InstantText.format(microseconds: payment.recordedAt), amount: payment.amount.decimalText,
      currency: payment.amount.currency.code, note: payment.note,
      withdrawnAt: payment.withdrawnAt.map { InstantText.format(microseconds: $0) },
      withdrawnNote: payment.withdrawnNote)
  }

  /// A note's entry: its text as `note`, and every other field of the note as it is.
  fileprivate init(_ note: Control.Note) {
    self.init(
      kind: .note, id: note.id, loan: note.loan, at: note.at, note: note.text, channel: note.channel,
      direction: note.direction, counterpart: note.counterpart, ref: note.ref, promise: note.promise,
      followUp: note.followUp, attachments: note.attachments, corrects: note.corrects)
  }

  /// A delivered notice's entry: the instalment and stage, at its delivery.
  fileprivate init(_ delivery: RecordedDelivery) {
    let key = delivery.record.key
    self.init(
      kind: .delivery, id: delivery.id, loan: key.subject.id, occurrence: key.date.description,
      at: InstantText.format(microseconds: delivery.record.deliveredAt), stage: key.stage)
  }

  /// A snooze's entry, at its making, with its end as `until`.
  fileprivate init(_ snooze: Snooze) {
    self.init(
      kind: .snooze, id: snooze.id, loan: snooze.loan, at: InstantText.format(microseconds: snooze.createdAt),
      until: InstantText.format(microseconds: snooze.until))
  }

  /// An agreement's entry, at its making: its total, its note, its state and, once cancelled,
  /// when.
  fileprivate init(_ agreement: Control.Agreement) {
    self.init(
      kind: .agreement, id: agreement.id, loan: agreement.loan, at: agreement.createdAt,
      amount: agreement.total,
      currency: agreement.currency, note: agreement.note, ref: agreement.ref, state: agreement.state,
      cancelledAt: agreement.cancelledAt)
  }
}
