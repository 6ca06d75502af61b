import Foundation
import RepayCore
import RepayTestSupport
import Testing

/// `repayctl dossier` end to end: the real repayctl against the real repayd on a real socket and
/// a real SQLite file, a loan with a payment, a note and two reminders delivered live; the
/// bundle checked by `sha256sum -c`; the HTML rendered by a real headless Chromium to PNG and
/// PDF, and the PDF's text read back by `pdftotext`.
@Suite(.serialized)
struct DossierCommandTests {
  /// A running daemon with `huabei`: ¥1,250.00 due 40 and 10 days before the fire date and on it,
  /// 2 grace days, 0.05 % a day and a ¥10.00 fee; its reminders for the last one fire live.
  struct Household {
    let daemon: LiveDaemon
    /// The date the third instalment is due, today for the daemon.
    let day: LocalDate
    /// The instant of its due stage, seconds since 1970; the advance stage is 5 s before.
    let fireAt: Int64

    init() throws {
      let rules = try LiveDaemon.rules()
      // Far enough ahead to come after repayd's first start, which stages before it never reach.
      fireAt = Int64(Date().timeIntervalSince1970) + 20
      let (day, time) = rules.localTime(at: fireAt)
      self.day = day
      daemon = try LiveDaemon(
        household: """
          [daemon]
          timezone = "\(LiveDaemon.zone)"

          [[loan]]
          id = "huabei"
          name = "花呗"
          platform = "支付宝"
          contact = { phone = "95188" }
          amount = "1250.00"
          currency = "CNY"
          business_day = "none"
          grace_days = 2
          penalty = { daily_rate = "0.0005", fee = "10.00" }
          due = { dates = [\(day.advanced(by: -40)), \(day.advanced(by: -10)), \(day)] }
          reminders = { at = "\(time)", before = ["5s"], due = true, overdue = ["1d"] }

          """)
    }

    /// Records a partial payment and a note, and waits until both reminders were delivered.
    func fill() throws {
      #expect(try daemon.repayctl(["pay", "huabei", "300.00", "--note", "first part"]).status == 0)
      let noted = try daemon.repayctl([
        "note", "huabei", "客服说可申请延期 | asked for time", "--channel", "phone", "--ref", "A-1", "--follow-up",
        "\(day.advanced(by: 2))",
      ])
      #expect(noted.status == 0, "\(noted.standardError)")
      // After the first start's notices of the two instalments already overdue.
      try Polling.until("the advance and due reminders delivered", timeout: .seconds(120)) {
        let history = try daemon.repayctl(["history", "--json", "--loan", "huabei"]).standardOutput
        return history.components(separatedBy: "\"kind\":\"delivery\"").count - 1 >= 4
      }
    }
  }

  /// The JSON object `text` holds.
  private func object(_ text: String) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(text)")
  }

  @Test("--json: the reply field by field; Markdown and HTML hold the summary's figures in both languages")
  func formats() throws {
    let household = try Household()
    try household.fill()
    let day = household.day
    let outcome = try household.daemon.repayctl(["dossier", "huabei", "--json"])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    let dossier = try object(outcome.standardOutput)
    #expect(
      try Self.sameJSON(
        outcome.standardOutput,
        household.daemon.repayctl(["dossier", "huabei", "--format", "json"]).standardOutput))
    let generated = try #require(dossier["generated_at"] as? String)
    #expect(generated.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?Z/) != nil, "\(generated)")
    let record = try #require(dossier["loan"] as? [String: Any])
    let summary = try #require(record["loan"] as? [String: Any])
    // Due now: #1 950.00 + #2 1,250.00 + #3 1,250.00, due today; outstanding on #1, the next
    // due, 950.00; #1's grace ended 38 days ago.
    #expect(
      summary["outstanding"] as? String == "3450.00" && summary["next_due_outstanding"] as? String == "950.00"
    )
    #expect(summary["days_overdue"] as? Int == 38)
    #expect(summary["next_due"] as? String == "\(day.advanced(by: -40))")
    #expect((record["contact"] as? [String: Any])?["phone"] as? String == "95188")
    #expect(record["grace_days"] as? Int == 2)
    #expect(
      NSDictionary(dictionary: try #require(dossier["terms"] as? [String: Any])).isEqual(
        to: ["daily_rate": "0.0005", "fee": "10.00", "first_due": "\(day.advanced(by: -40))"]))
    let occurrences = try #require(dossier["occurrences"] as? [[String: Any]])
    let expected: [[String: Any]] = [
      // ¥10.00 + 0.0005 × ¥950.00 × 38 = ¥28.05; ¥0.475 a day, ¥0.48.
      [
        "installment": 1, "scheduled": "\(day.advanced(by: -40))", "due": "\(day.advanced(by: -40))",
        "amount": "1250.00", "paid": "300.00", "outstanding": "950.00", "currency": "CNY",
        "status": "overdue",
        "days_overdue": 38, "penalty": "28.05", "penalty_per_day": "0.48",
      ],
      // ¥10.00 + 0.0005 × ¥1,250.00 × 8 = ¥15.00; ¥0.625 a day, ¥0.63.
      [
        "installment": 2, "scheduled": "\(day.advanced(by: -10))", "due": "\(day.advanced(by: -10))",
        "amount": "1250.00", "paid": "0.00", "outstanding": "1250.00", "currency": "CNY", "status": "overdue",
        "days_overdue": 8, "penalty": "15.00", "penalty_per_day": "0.63",
      ],
      [
        "installment": 3, "scheduled": "\(day)", "due": "\(day)", "amount": "1250.00", "paid": "0.00",
        "outstanding": "1250.00", "currency": "CNY", "status": "due",
      ],
    ]
    #expect(occurrences.count == expected.count)
    for (got, want) in zip(occurrences, expected) {
      // Through JSON, so that the numbers on both sides are NSNumbers.
      let read = try object(String(decoding: JSONSerialization.data(withJSONObject: want), as: UTF8.self))
      #expect(NSDictionary(dictionary: got).isEqual(to: read), "\(got)")
    }
    let payments = try #require(dossier["payments"] as? [[String: Any]])
    #expect(payments.count == 1)
    let payment = try #require(payments.first)
    #expect(payment["id"] as? Int == 1 && payment["loan"] as? String == "huabei")
    #expect(
      payment["occurrence"] as? String == "\(day.advanced(by: -40))"
        && payment["amount"] as? String == "300.00")
    #expect(payment["currency"] as? String == "CNY" && payment["note"] as? String == "first part")
    #expect(payment["withdrawn_at"] == nil && (payment["recorded_at"] as? String)?.hasSuffix("Z") == true)
    let notes = try #require(dossier["notes"] as? [[String: Any]])
    #expect(notes.count == 1)
    let note = try #require(notes.first)
    #expect(note["id"] as? Int == 1 && note["loan"] as? String == "huabei")
    #expect(note["text"] as? String == "客服说可申请延期 | asked for time" && note["channel"] as? String == "phone")
    #expect(note["ref"] as? String == "A-1" && note["follow_up"] as? String == "\(day.advanced(by: 2))")
    #expect((dossier["agreements"] as? [Any])?.isEmpty == true)
    #expect((dossier["attachments"] as? [Any])?.isEmpty == true)
    let everyDelivery = try #require(dossier["deliveries"] as? [[String: Any]])
    // The two instalments overdue at the first start: the notice of the stage each stood at, once.
    #expect(
      everyDelivery.filter { $0["occurrence"] as? String != "\(day)" }.map {
        "\($0["stage"] as? String ?? "") \($0["occurrence"] as? String ?? "")"
      } == ["overdue \(day.advanced(by: -40))", "overdue \(day.advanced(by: -10))"])
    let deliveries = everyDelivery.filter { $0["occurrence"] as? String == "\(day)" }
    #expect(deliveries.map { $0["stage"] as? String } == ["advance", "due"])
    let planned = [household.fireAt - 5, household.fireAt].map {
      InstantText.format(microseconds: $0 * 1_000_000)
    }
    #expect(deliveries.map { $0["planned"] as? String } == planned)
    for delivery in deliveries {
      let delivered = try #require((delivery["delivered"] as? String).flatMap(InstantText.parse))
      let plannedAt = try #require((delivery["planned"] as? String).flatMap(InstantText.parse))
      #expect(delivered >= plannedAt)
      #expect((delivery["sinks"] as? [String])?.isEmpty == false)
    }

    for (lang, words) in [
      ("C.UTF-8", ["Days overdue", "Penalty so far"]), ("zh_CN.UTF-8", ["逾期天数", "至今罚息"]),
    ] {
      for format in ["markdown", "html"] {
        let document = try household.daemon.repayctl(["dossier", "huabei", "--format", format], lang: lang)
        #expect(document.status == 0, "\(document.standardError)")
        for figure in ["¥3,450.00", "38", "¥43.05", "¥28.05", "¥15.00"] + words {
          #expect(document.standardOutput.contains(figure), "\(lang) \(format) lacks \(figure)")
        }
      }
    }
    let markdown = try household.daemon.repayctl(["dossier", "huabei"]).standardOutput
    #expect(markdown.hasPrefix("# Repayment dossier: 花呗 (huabei) · 支付宝\n"))
    #expect(
      markdown.contains(
        "| 1 | \(day.advanced(by: -40)) | \(day.advanced(by: -40)) | ¥1,250.00 | ¥300.00 | ¥950.00 |"))
    let file = household.daemon.folder + "/dossier.html"
    #expect(
      try household.daemon.repayctl(["dossier", "huabei", "--format", "html", "-o", file]).standardOutput
        .isEmpty)
    #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
  }

  @Test("--bundle: sha256sum -c accepts it and fails on a changed byte; a used folder is refused")
  func bundle() throws {
    let household = try Household()
    try household.fill()
    let daemon = household.daemon
    let folder = daemon.folder + "/bundle"
    let written = try daemon.repayctl(["dossier", "huabei", "--bundle", folder])
    #expect(written.status == 0, "\(written.standardError)")
    #expect(written.standardOutput.contains("sha256sum -c SHA256SUMS"))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        == ["SHA256SUMS", "dossier.html", "dossier.json", "dossier.md"])
    #expect(try object(String(contentsOfFile: folder + "/dossier.json", encoding: .utf8))["loan"] != nil)
    // Only the owner may read it: it holds a person's debts.
    #expect(try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int == 0o700)
    for name in ["SHA256SUMS", "dossier.html", "dossier.json", "dossier.md"] {
      let mode = try FileManager.default.attributesOfItem(atPath: folder + "/" + name)[.posixPermissions]
      #expect(mode as? Int == 0o600, "\(name)")
    }
    let checked = try ChildProcess.run("/usr/bin/sha256sum", ["-c", "SHA256SUMS"], in: folder)
    #expect(checked.status == 0, "\(checked.standardOutput)\(checked.standardError)")
    #expect(
      checked.standardOutput.components(separatedBy: ": OK\n").count - 1 == 3, "\(checked.standardOutput)")

    // One byte changed: the check must fail, naming the file.
    let markdown = folder + "/dossier.md"
    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: markdown)))
    bytes[0] ^= 0x01
    try Data(bytes).write(to: URL(fileURLWithPath: markdown))
    let broken = try ChildProcess.run("/usr/bin/sha256sum", ["-c", "SHA256SUMS"], in: folder)
    #expect(
      broken.status == 1 && broken.standardOutput.contains("dossier.md: FAILED"), "\(broken.standardOutput)")

    // The folder now holds files: refused, and nothing in it replaced.
    let again = try daemon.repayctl(["dossier", "huabei", "--bundle", folder], lang: "zh_CN.UTF-8")
    #expect(again.status == 1 && again.standardError.contains("不是空目录"), "\(again.standardError)")
    #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: markdown))) == bytes)
    let empty = daemon.folder + "/empty"
    try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: false)
    #expect(try daemon.repayctl(["dossier", "huabei", "--bundle", empty]).status == 0)
    #expect(
      try daemon.repayctl(["dossier", "huabei", "--bundle", empty + "2", "--format", "html"]).status == 2)
    #expect(try daemon.repayctl(["dossier", "nope", "--bundle", empty + "3"]).status == 1)
    #expect(!FileManager.default.fileExists(atPath: empty + "3"))
  }

  @Test("the HTML in headless Chromium: a PNG, and an A4 PDF whose text holds the summary's figures")
  func chromium() throws {
    let household = try Household()
    try household.fill()
    let folder = household.daemon.folder
    for (lang, words) in [
      ("C.UTF-8", ["Days overdue", "Penalty so far"]), ("zh_CN.UTF-8", ["逾期天数", "至今罚息"]),
    ] {
      let page = folder + "/dossier-\(lang).html"
      #expect(
        try household.daemon.repayctl(["dossier", "huabei", "--format", "html", "-o", page], lang: lang)
          .status == 0)
      let picture = folder + "/dossier-\(lang).png"
      let pdf = folder + "/dossier-\(lang).pdf"
      try Self.chromium(
        ["--screenshot=\(picture)", "--window-size=1000,1400", "file://\(page)"], folder: folder)
      try Self.chromium(
        ["--no-pdf-header-footer", "--print-to-pdf=\(pdf)", "file://\(page)"], folder: folder)
      let png = try [UInt8](Data(contentsOf: URL(fileURLWithPath: picture)))
      #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
      // IHDR's width, big-endian at byte 16: the window's.
      #expect(png[16..<20].reduce(0) { $0 << 8 | Int($1) } == 1000)
      let info = try ChildProcess.run("/usr/bin/pdfinfo", [pdf])
      #expect(info.standardOutput.contains("(A4)"), "\(info.standardOutput)")
      let text = try ChildProcess.run("/usr/bin/pdftotext", ["-layout", pdf, "-"]).standardOutput
      for figure in ["3,450.00", "38", "43.05"] + words {
        #expect(text.contains(figure), "\(lang): the PDF's text lacks \(figure)")
      }
    }
  }

  /// Runs Debian's Chromium headless on a profile of its own in `folder`, and waits for it to
  /// end (`timeout` ends it by its pid after 180 s: it takes 10 to 30 s on a loaded machine).
  static func chromium(_ arguments: [String], folder: String) throws {
    let outcome = try ChildProcess.run(
      "/usr/bin/timeout",
      [
        "180", "/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
        "--user-data-dir=\(folder)/chromium",
      ]
        + arguments,
      environment: ProcessInfo.processInfo.environment.merging(["HOME": folder]) { $1 })
    #expect(outcome.status == 0, "\(outcome.standardError)")
  }

  /// Whether two JSON texts hold the same values, `generated_at` aside.
  static func sameJSON(_ first: String, _ second: String) throws -> Bool {
    func read(_ text: String) throws -> NSDictionary {
      var object = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
      object["generated_at"] = nil
      return NSDictionary(dictionary: object)
    }
    return try read(first).isEqual(to: read(second) as! [AnyHashable: Any])
  }
}
