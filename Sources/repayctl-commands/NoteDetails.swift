import ControlInterface
import RepayDisplay

/// A note's fields beyond its time, channel and text, as short phrases in the user's language,
/// for `notes`, `show` and `history`: every field a note has is shown, not only the text.
enum NoteDetails {
  /// The phrases of `note`: its reference, who started it and with whom, its promise, its
  /// follow-up, the note it corrects, and each attachment with its size and SHA-256.
  static func phrases(_ note: Control.Note, _ display: Display) -> [String] {
    var phrases: [String] = []
    if let ref = note.ref { phrases.append(display.text(en: "ref \(ref)", zh: "单号 \(ref)")) }
    switch note.direction {
    case .out?: phrases.append(display.text(en: "I reached out", zh: "我方联系"))
    case .in?: phrases.append(display.text(en: "they reached out", zh: "对方联系"))
    case nil: break
    }
    if let counterpart = note.counterpart {
      phrases.append(display.text(en: "with \(counterpart)", zh: "对接人 \(counterpart)"))
    }
    if let promise = note.promise {
      let amount = display.money(promise.amount, promise.currency)
      phrases.append(
        promise.by == .me
          ? display.text(
            en: "I promised \(amount) by \(promise.date)", zh: "我承诺 \(promise.date) 前支付 \(amount)")
          : display.text(
            en: "the platform promised \(amount) by \(promise.date)", zh: "平台承诺 \(promise.date) 前处理 \(amount)"
          ))
    }
    if let followUp = note.followUp {
      phrases.append(display.text(en: "follow up \(followUp)", zh: "\(followUp) 跟进"))
    }
    if let corrects = note.corrects {
      phrases.append(display.text(en: "corrects note \(corrects)", zh: "更正记录 \(corrects)"))
    }
    for attachment in note.attachments ?? [] {
      phrases.append(
        display.text(
          en: "attached \(attachment.name) (\(attachment.bytes) bytes, sha256 \(attachment.sha256))",
          zh: "附件 \(attachment.name)（\(attachment.bytes) 字节，sha256 \(attachment.sha256)）"))
    }
    return phrases
  }
}
