import ControlInterface
import RepayCore

/// The dossier of one loan (measure 5 of the overdue playbook), composed for a lawyer or the
/// platform's complaints desk from a `GetDossier` reply: a title, a line saying when and in
/// which zone it was made, then the summary, the loan's terms and contact, the penalty's
/// arithmetic, and every occurrence, payment, note, agreement, delivered reminder and kept file,
/// each in a table. Written in the display's language, times local to its zone.
public struct DossierDocument: Sendable {
  /// The title: the loan's name, id and platform.
  public let title: String
  /// When it was made and what its times and amounts are in.
  public let preamble: String
  /// The sections, in order.
  public let blocks: [DossierBlock]
  /// The language it is written in.
  public let language: Language

  /// The dossier of `reply`, written with `display`.
  public init(_ reply: Control.GetDossierReply, display: Display) {
    let loan = reply.loan.loan
    let zone = display.zone?.identifier ?? "UTC"
    title =
      display.text(en: "Repayment dossier: ", zh: "还款档案：") + "\(loan.name) (\(loan.id)) · \(loan.platform)"
    preamble = display.text(
      en: "Made by repayd on \(display.time(reply.generatedAt)). Dates and times are local to \(zone); "
        + "amounts are in \(loan.currency).",
      zh: "由 repayd 于 \(display.time(reply.generatedAt)) 生成。日期和时间均为 \(zone) 当地时间；金额单位为 \(loan.currency)。")
    language = display.language
    let sections = DossierSections(reply: reply, display: display)
    blocks =
      sections.summary() + sections.terms() + sections.penaltyArithmetic() + sections.occurrences()
      + sections.payments() + sections.notes() + sections.agreements() + sections.deliveries()
      + sections.attachments()
  }
}
