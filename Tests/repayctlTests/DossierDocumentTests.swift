import ControlInterface
import Foundation
import RepayCore
import RepayDisplay
import RepayTestSupport
import Testing

/// The dossier's documents written from a reply holding every kind of record (a partly paid
/// and a superseded occurrence, a withdrawn payment, a note with a promise and files, an
/// agreement, a delivered reminder): the summary's figures in both languages, the Markdown read
/// back by GitHub's own reader (cmark-gfm), the HTML's escaping, and the bundle's file names.
struct DossierDocumentTests {
  /// What a note says that must stay text in every form: Markdown's and HTML's punctuation.
  static let hostile = "Said: <script>alert(1)</script> | *not bold* & \"quoted\"\nsecond line"

  /// The reply: huabei, ¥1,250.00 a month, #1 partly paid and 38 days overdue, #2 superseded by
  /// agreement 1, which asks for ¥1,300.00 on 2027-01-10.
  static let reply = Control.GetDossierReply(
    generatedAt: "2026-12-15T02:00:00Z",
    loan: Control.GetLoanReply(
      loan: Control.LoanSummary(
        id: "huabei", name: "花呗", platform: "Alipay", currency: "CNY", amount: "1250.00",
        nextDue: "2026-11-05", outstanding: "950.00", daysOverdue: 38, nextDueOutstanding: "950.00"),
      contact: LoanContact(phone: "95188", url: "https://example.invalid/help"), graceDays: 2,
      occurrences: [], payments: [], notes: [], deliveries: [], snoozes: []),
    terms: Control.LoanTerms(dailyRate: "0.0005", fee: "10.00", firstDue: "2026-11-05", installments: 6),
    occurrences: [
      Control.Occurrence(
        installment: 1, scheduled: "2026-11-05", due: "2026-11-05", amount: "1250.00", paid: "300.00",
        outstanding: "950.00", currency: "CNY", status: .overdue, daysOverdue: 38, penalty: "28.05",
        penaltyPerDay: "0.48"),
      Control.Occurrence(
        installment: 2, scheduled: "2026-12-05", due: "2026-12-05", amount: "1250.00", paid: "0.00",
        outstanding: "1250.00", currency: "CNY", status: .superseded, supersededBy: 1),
      Control.Occurrence(
        scheduled: "2027-01-10", due: "2027-01-10", amount: "1300.00", paid: "0.00", outstanding: "1300.00",
        currency: "CNY", status: .upcoming, agreement: 1),
    ],
    payments: [
      Control.Payment(
        id: 1, loan: "huabei", occurrence: "2026-11-05", amount: "300.00", currency: "CNY",
        date: "2026-12-01",
        note: "in the app", recordedAt: "2026-12-01T02:00:00Z"),
      Control.Payment(
        id: 2, loan: "huabei", occurrence: "2026-11-05", amount: "950.00", currency: "CNY",
        date: "2026-12-02",
        recordedAt: "2026-12-02T02:00:00Z", withdrawnAt: "2026-12-03T02:00:00Z",
        withdrawnNote: "the bank returned it"),
    ],
    notes: [
      Control.Note(
        id: 7, loan: "huabei", at: "2026-12-10T06:30:00Z", text: hostile, channel: .phone, direction: .out,
        counterpart: "Ms Li", ref: "A-1",
        promise: Control.Promise(amount: "500.00", currency: "CNY", date: "2026-12-20", by: .me),
        followUp: "2026-12-20T10:00",
        attachments: [
          Control.Attachment(name: "receipt.png", sha256: String(repeating: "ab", count: 32), bytes: 2048)
        ],
        corrects: 6)
    ],
    agreements: [
      Control.Agreement(
        id: 1, loan: "huabei", kind: .extension, state: .active, createdAt: "2026-12-11T02:00:00Z",
        note: "extension to January", ref: "AG-9", counterpart: "Ms Li", total: "1300.00", currency: "CNY",
        supersedes: ["2026-12-05"],
        occurrences: [Control.AgreedOccurrence(due: "2027-01-10", amount: "1300.00")])
    ],
    deliveries: [
      Control.DossierDelivery(
        stage: .overdue, occurrence: "2026-11-05", planned: "2026-11-08T01:00:00Z",
        delivered: "2026-11-08T01:00:02Z", sinks: ["journal", "desktop"])
    ],
    attachments: [
      Control.Attachment(name: "receipt.png", sha256: String(repeating: "ab", count: 32), bytes: 2048)
    ])

  /// The document in `language`, times in Asia/Shanghai.
  static func document(_ language: Language) -> DossierDocument {
    DossierDocument(reply, display: Display(timezone: "Asia/Shanghai", language: language))
  }

  @Test("the summary's figures, the penalty's arithmetic and each record, in English and Chinese")
  func figures() {
    for (language, words) in [
      (
        Language.english,
        [
          "Outstanding on the instalments due so far", "Penalty so far", "withdrawn", "superseded",
          "system journal, desktop notification",
        ]
      ),
      (.simplifiedChinese, ["已到期各期未还金额", "至今罚息", "撤销", "取代", "系统日志、桌面通知"]),
    ] {
      let document = Self.document(language)
      for text in [document.markdown, document.html] {
        // Outstanding, days overdue, the penalty so far and the sum of the two.
        for figure in ["¥950.00", "| 38 |", "¥28.05", "¥978.05", "¥1,300.00", "2026-12-10 14:30"] + words {
          let sought =
            text.hasPrefix("<!DOCTYPE")
            ? figure.replacingOccurrences(of: "| 38 |", with: "<td>38</td>") : figure
          #expect(text.contains(sought), "\(language) lacks \(sought)")
        }
        #expect(text.contains("¥10.00 + ¥950.00 × 0.0005 × 38 = ¥28.05"))
        #expect(text.contains(String(repeating: "ab", count: 32)))
      }
    }
  }

  @Test("Markdown: GitHub's reader finds every table with exactly the cells meant")
  func markdownIsGFM() throws {
    for language in Language.allCases {
      let document = Self.document(language)
      let outcome = try ChildProcess.run(
        "/usr/bin/cmark-gfm", ["--extension", "table"], input: document.markdown)
      #expect(outcome.status == 0)
      let read = try Self.cells(ofHTML: outcome.standardOutput)
      let meant = document.blocks.flatMap { block -> [String] in
        guard case .table(let header, let rows, _) = block else { return [] }
        return (header + rows.joined()).map { $0.replacingOccurrences(of: "\n", with: " ") }
      }
      #expect(read == meant)
      #expect(read.contains(Self.hostile.replacingOccurrences(of: "\n", with: " ")))
    }
  }

  @Test("HTML: self-contained, every text escaped, printed on A4")
  func html() throws {
    let html = Self.document(.english).html
    #expect(!html.contains("<script>") && html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(html.contains("&quot;quoted&quot;") && html.contains("&amp;"))
    for external in ["src=", "href=", "url(", "@import", "http://", "<link"] {
      #expect(!html.contains(external), "\(external)")
    }
    #expect(html.contains("@page { size: A4;") && html.contains("break-inside: avoid"))
    #expect(try Self.cells(ofHTML: html).contains(Self.hostile))
    #expect(Self.document(.simplifiedChinese).html.contains("<html lang=\"zh-Hans\">"))
  }

  @Test("bundle: attachment names kept in their folder, the same name never twice")
  func attachmentNames() {
    #expect(
      DossierBundle.attachmentNames([
        "receipt.png", "receipt.png", "a/b.txt", "..", "", ".env", ".env", "x\\y\nz",
      ])
        == [
          "receipt.png", "receipt-2.png", "a_b.txt", "attachment", "attachment-2", ".env", ".env-2", "x_y_z",
        ])
    #expect(DossierBundle.attachmentNames(["r.png", "r-2.png", "r.png"]) == ["r.png", "r-2.png", "r-3.png"])
  }

  /// The text of every table cell of `html`, in order, its entities read.
  static func cells(ofHTML html: String) throws -> [String] {
    let pattern = try NSRegularExpression(
      pattern: "<t[dh](?: [^>]*)?>(.*?)</t[dh]>", options: [.dotMatchesLineSeparators])
    return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { match in
      String(html[Range(match.range(at: 1), in: html)!])
        .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
        .replacingOccurrences(of: "&amp;", with: "&")
    }
  }
}
