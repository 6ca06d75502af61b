extension NoticeWriter {
  /// The notice of a note's reminder for `loan`: a promise the person made ("pay what you
  /// promised"), one the platform made ("check that it did"), or a follow-up with the note's
  /// text. A `reminder` stage that names the loan (`REPAY_LOAN`), the note (`REPAY_NOTE`) and
  /// `note-ID` (`REPAY_REMINDER`).
  public func noteReminder(_ reminder: NoteReminder, of loan: Loan) -> Notice {
    let title: String
    let body: String
    switch reminder.kind {
    case .promise(let promise) where promise.by == .me:
      let amount = promise.amount.displayText
      title = text(
        en: "Pay what you promised: \(amount) to \(loan.platform) today",
        zh: "兑现承诺：今天向\(loan.platform)支付 \(amount)")
      body = text(
        en: "You promised it in note \(reminder.note) (\(loan.name)): \(reminder.text). Then record it: "
          + "repayctl pay \(loan.id) \(promise.amount.decimalText)",
        zh: "你在第 \(reminder.note) 条沟通记录（\(loan.name)）中承诺：\(reminder.text)。还款后记录："
          + "repayctl pay \(loan.id) \(promise.amount.decimalText)")
    case .promise(let promise):
      title = text(
        en: "Check that \(loan.platform) did what it promised", zh: "核实\(loan.platform)是否兑现了承诺")
      body = text(
        en: "\(loan.platform) promised \(promise.amount.displayText) by \(promise.date) in note "
          + "\(reminder.note) (\(loan.name)): \(reminder.text). Record what you find: \(noteCommand(of: loan))",
        zh: "\(loan.platform)在第 \(reminder.note) 条沟通记录（\(loan.name)）中承诺在 \(promise.date) 前"
          + "处理 \(promise.amount.displayText)：\(reminder.text)。请记下核实结果：\(noteCommand(of: loan))")
    case .followUp:
      title = text(
        en: "Follow up with \(loan.platform): \(reminder.text)", zh: "跟进\(loan.platform)：\(reminder.text)")
      body = text(
        en: "From note \(reminder.note) (\(loan.name)). Record the answer: \(noteCommand(of: loan))",
        zh: "来自第 \(reminder.note) 条沟通记录（\(loan.name)）。请记下答复：\(noteCommand(of: loan))")
    }
    return Notice(
      stage: .reminder, loan: loan.id, occurrence: nil, outstanding: nil, daysOverdue: nil,
      reminder: reminder.id, priority: 5, urgency: .normal, title: title, body: body,
      message: joined(title, body), note: reminder.note)
  }
}
