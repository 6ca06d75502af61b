import ControlInterface
import RepayCore

/// Composes each section of a `DossierDocument` from a `GetDossier` reply, one method per
/// section (in the files beside this one), with the words of the display's language.
struct DossierSections {
  /// The reply the dossier shows.
  let reply: Control.GetDossierReply
  /// Language, zone and money formats.
  let display: Display

  /// The loan's currency code.
  var currency: String { reply.loan.loan.currency }

  /// `amount` in the loan's currency, with its symbol.
  func money(_ amount: String) -> String { display.money(amount, currency) }

  /// Whether `amount`, in the loan's currency, is above zero.
  func isAboveZero(_ amount: String) -> Bool {
    guard let code = Currency(code: currency), let money = try? Money(parsing: amount, currency: code) else {
      return false
    }
    return money.minorUnits > 0
  }

  /// `en` or `zh`, whichever the display's language is.
  func text(en: String, zh: String) -> String { display.text(en: en, zh: zh) }

  /// A titled section holding `table`, or saying `empty` when it has no rows.
  func section(
    en: String, zh: String, header: [String], rows: [[String]], numeric: Set<Int> = [],
    empty: (en: String, zh: String)
  ) -> [DossierBlock] {
    let body: DossierBlock =
      rows.isEmpty
      ? .paragraph(text(en: empty.en, zh: empty.zh)) : .table(header: header, rows: rows, numeric: numeric)
    return [.heading(text(en: en, zh: zh)), body]
  }
}
