import ControlInterface
import RepayControl
import RepayCore
import RepayStore

// The control interface's records made from the store's and the core's values: money as decimal
// strings in major units, dates as `YYYY-MM-DD`, instants as RFC 3339 UTC (`InstantText`).

extension Control.Payment {
  /// `payment` as the interface shows it.
  init(_ payment: RepayStore.Payment) {
    self.init(
      id: payment.id, loan: payment.loan, occurrence: payment.occurrence.description,
      amount: payment.amount.decimalText, currency: payment.amount.currency.code,
      date: payment.paidOn.description, note: payment.note,
      recordedAt: InstantText.format(microseconds: payment.recordedAt),
      withdrawnAt: payment.withdrawnAt.map { InstantText.format(microseconds: $0) },
      withdrawnNote: payment.withdrawnNote, partOf: payment.partOf)
  }
}

extension Control.Note {
  /// `note` as the interface shows it, every field: the follow-up as `YYYY-MM-DD` or
  /// `YYYY-MM-DDTHH:MM`, each attachment with the absolute path of its copy in `vault`.
  init(_ note: RepayStore.Note, vault: AttachmentVault) {
    self.init(
      id: note.id, loan: note.loan, at: InstantText.format(microseconds: note.at), text: note.text,
      channel: note.channel.flatMap { Control.NoteChannel(rawValue: $0.rawValue) },
      direction: note.direction.flatMap { Control.NoteDirection(rawValue: $0.rawValue) },
      counterpart: note.counterpart, ref: note.reference,
      promise: note.promise.map {
        Control.Promise(
          amount: $0.amount.decimalText, currency: $0.amount.currency.code, date: $0.date.description,
          by: Control.Promise.Party(rawValue: $0.by.rawValue) ?? .me)
      },
      followUp: note.followUp.map { date in note.followUpTime.map { "\(date)T\($0)" } ?? date.description },
      attachments: note.attachments.isEmpty
        ? nil
        : note.attachments.map {
          Control.Attachment(name: $0.name, sha256: $0.sha256, bytes: $0.bytes, path: vault.path(of: $0))
        },
      corrects: note.corrects)
  }
}

extension Control.SnoozePeriod {
  /// `snooze` as the interface shows it.
  init(_ snooze: Snooze) {
    self.init(
      id: snooze.id, loan: snooze.loan, until: InstantText.format(microseconds: snooze.until),
      createdAt: InstantText.format(microseconds: snooze.createdAt),
      endedAt: snooze.endedAt.map { InstantText.format(microseconds: $0) })
  }
}

extension Control.Delivery {
  /// `delivery` as the interface shows it: the offset, for an advance or overdue stage, written
  /// from its length, since the configuration that named it may have changed since.
  init(_ delivery: RecordedDelivery) {
    let key = delivery.record.key
    let hasOffset = key.stage == .advance || key.stage == .overdue
    self.init(
      id: delivery.id, loan: key.subject.id, occurrence: key.date.description, stage: key.stage,
      offset: hasOffset ? ReminderOffset(seconds: key.offsetSeconds).text : nil,
      plannedAt: InstantText.format(microseconds: delivery.record.plannedAt),
      deliveredAt: InstantText.format(microseconds: delivery.record.deliveredAt))
  }
}

extension Control.Occurrence {
  /// `instalment` as the interface shows it; days overdue and the penalty only while overdue.
  init(_ instalment: InstalmentStanding) {
    let status: Control.OccurrenceStatus =
      switch instalment.status {
      case .upcoming: .upcoming
      case .due: .due
      case .overdue: .overdue
      case .settled: .settled
      case .superseded: .superseded
      }
    self.init(
      installment: instalment.installment, scheduled: instalment.scheduled.description,
      due: instalment.due.description, amount: instalment.amount.decimalText,
      paid: instalment.paid.decimalText, outstanding: instalment.outstanding.decimalText,
      currency: instalment.amount.currency.code, status: status, daysOverdue: instalment.daysOverdue,
      penalty: instalment.penalty?.decimalText, penaltyPerDay: instalment.penaltyPerDay?.decimalText,
      agreement: instalment.agreement, supersededBy: instalment.supersededBy,
      penaltyWaived: instalment.penaltyWaived ? true : nil)
  }
}

extension Control.LoanSummary {
  /// The loan of `standing` at a glance: what is due now on all its occurrences, and its next
  /// due occurrence with its days overdue and what is outstanding on it.
  init(_ standing: LoanStanding) {
    let loan = standing.loan
    let next = standing.oldestUnsettled?.outstanding ?? Money(minorUnits: 0, currency: loan.amount.currency)
    self.init(
      id: loan.id, name: loan.name, platform: loan.platform, currency: loan.amount.currency.code,
      amount: loan.amount.decimalText, nextDue: standing.nextDue?.description,
      outstanding: standing.dueNow.decimalText, daysOverdue: standing.daysOverdue,
      nextDueOutstanding: next.decimalText)
  }
}
