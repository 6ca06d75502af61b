extension NoticeWriter {
  /// The most instalments a details notice lists one by one; the rest are counted.
  static let detailedInstalments = 4

  /// What a person asked for with a notification's "Details" button, about the occurrence due
  /// on `due` of the loan `standing` describes: what is due now (`LoanStanding.dueNow`, else
  /// what is outstanding on the next instalment) and how overdue it is, each unsettled instalment
  /// (at most `detailedInstalments`, then how many more) with its penalty so far, the platform
  /// and how to reach it, the latest note of the communication log (`latestNote`: its local
  /// date and text), and the command that shows the whole record.
  ///
  /// The notice is for the desktop only: it takes the place of the occurrence's notification,
  /// with that occurrence's stage as it stands (settled, overdue, else due) so that the
  /// buttons that still make sense stay, and is never delivered as a stage of its own.
  public func details(
    of standing: LoanStanding, due: LocalDate, latestNote: (date: LocalDate, text: String)?
  ) -> Notice {
    let loan = standing.loan
    let unsettled = standing.instalments.filter { !$0.isSettled }
    let title: String
    let dueNow = standing.dueNow.displayText
    if let oldest = unsettled.first, let days = oldest.daysOverdue {
      title = text(
        en: "\(loan.name): \(dueNow) due now, \(days) day\(days == 1 ? "" : "s") overdue",
        zh: "\(loan.name)：当前应还 \(dueNow)，已逾期 \(days) 天")
    } else if let oldest = unsettled.first, standing.dueNow.minorUnits > 0 {
      title = text(
        en: "\(loan.name): \(dueNow) due now, due \(oldest.due)",
        zh: "\(loan.name)：当前应还 \(dueNow)，到期日 \(oldest.due)")
    } else if let oldest = unsettled.first {
      // Nothing is due yet: what is outstanding on the next instalment, then.
      title = text(
        en: "\(loan.name): \(oldest.outstanding.displayText) outstanding, next due \(oldest.due)",
        zh: "\(loan.name)：未还 \(oldest.outstanding.displayText)，下次到期 \(oldest.due)")
    } else {
      title = text(en: "\(loan.name): nothing outstanding", zh: "\(loan.name)：没有待还款项")
    }
    var lines = unsettled.prefix(Self.detailedInstalments).map(instalmentLine)
    if unsettled.count > Self.detailedInstalments {
      let more = unsettled.count - Self.detailedInstalments
      lines.append(text(en: "and \(more) more unpaid", zh: "另有 \(more) 期未还"))
    }
    let channels = contactChannels(of: loan)
    lines.append(
      channels.isEmpty
        ? loan.platform
        : text(en: "\(loan.platform): ", zh: "\(loan.platform)：")
          + channels.joined(separator: text(en: ", ", zh: "、")))
    if let latestNote {
      lines.append(
        text(
          en: "Latest note (\(latestNote.date)): \(latestNote.text)",
          zh: "最近记录（\(latestNote.date)）：\(latestNote.text)"))
    }
    lines.append(text(en: "The whole record: repayctl show \(loan.id)", zh: "全部记录：repayctl show \(loan.id)"))
    let body = lines.joined(separator: "\n")

    // The priorities and urgencies of the stage's own notices (see `notice`).
    let occurrence = standing.instalment(due: due)
    let (stage, priority, urgency): (Stage, Int, NoticeUrgency) =
      switch (occurrence?.status, occurrence?.daysOverdue) {
      case (.settled, _): (.settled, 6, .low)
      case (.overdue, let days?): (.overdue, OverdueStep(daysOverdue: days).priority, .critical)
      default: (.due, 4, .normal)
      }
    return Notice(
      stage: stage, loan: loan.id, occurrence: due, outstanding: standing.dueNow,
      daysOverdue: occurrence?.daysOverdue, reminder: nil, priority: priority, urgency: urgency, title: title,
      body: body, message: joined(title, body.replacing("\n", with: text(en: "; ", zh: "；"))))
  }

  /// One unsettled instalment: "2026-12-10: ¥1,250.00 unpaid, 3 days overdue, penalty ¥1.88"
  /// while overdue, else "2027-01-10: ¥1,250.00 due".
  private func instalmentLine(_ instalment: InstalmentStanding) -> String {
    let unpaid = instalment.outstanding.displayText
    guard let days = instalment.daysOverdue, let penalty = instalment.penalty?.displayText else {
      return text(en: "\(instalment.due): \(unpaid) due", zh: "\(instalment.due)：应还 \(unpaid)")
    }
    return text(
      en:
        "\(instalment.due): \(unpaid) unpaid, \(days) day\(days == 1 ? "" : "s") overdue, penalty \(penalty)",
      zh: "\(instalment.due)：未还 \(unpaid)，已逾期 \(days) 天，罚息 \(penalty)")
  }
}
