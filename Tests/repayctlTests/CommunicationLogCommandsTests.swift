import Foundation
import RepayTestSupport
import Testing

/// `note` with every field, `notes --pending`, `unpay --note` and an over-payment, end to end:
/// the real repayctl against the real repayd on a real socket and a real state file.
@Suite(.serialized)
struct CommunicationLogCommandsTests {
  private func object(_ text: String) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(text)")
  }

  @Test("note with every field and a relative attachment; notes, --pending, show and history show them all")
  func wholeNote() throws {
    let daemon = try LiveDaemon()
    let receipt = daemon.folder + "/收据.txt"
    try Data("转账凭证 2026".utf8).write(to: URL(fileURLWithPath: receipt))
    let promiseDate = "\(daemon.today.advanced(by: 2))"
    let noted = try daemon.repayctl(
      [
        "note", "jd", "答应周五还 300", "--channel", "phone", "--direction", "out", "--counterpart", "王女士",
        "--ref", "A-1", "--promise", "300.00", "--promise-date", promiseDate, "--promise-by", "me",
        "--follow-up", "\(daemon.today.advanced(by: 1))T10:30", "--attach", "收据.txt", "--json",
      ], in: daemon.folder)
    #expect(noted.status == 0, "\(noted.standardError)")
    let note = try #require(try object(noted.standardOutput)["note"] as? [String: Any])
    #expect(note["direction"] as? String == "out" && note["counterpart"] as? String == "王女士")
    #expect(
      note["promise"] as? [String: String]
        == ["amount": "300.00", "currency": "CNY", "date": promiseDate, "by": "me"])
    #expect(note["follow_up"] as? String == "\(daemon.today.advanced(by: 1))T10:30")
    let attachment = try #require((note["attachments"] as? [[String: Any]])?.first)
    let sum = try ChildProcess.run("/usr/bin/sha256sum", [receipt], environment: [:]).standardOutput
    #expect(attachment["sha256"] as? String == String(sum.prefix(64)))
    #expect(attachment["name"] as? String == "收据.txt")
    let copy = try #require(attachment["path"] as? String)
    #expect(copy.hasPrefix(daemon.stateDirectory + "/attachments/"))
    #expect(FileManager.default.contents(atPath: copy) == FileManager.default.contents(atPath: receipt))
    for file in try FileManager.default.contentsOfDirectory(atPath: daemon.stateDirectory)
    where file != "attachments" {
      let mode =
        try FileManager.default.attributesOfItem(atPath: daemon.stateDirectory + "/" + file)[
          .posixPermissions] as? Int
      #expect(mode == 0o600, "\(file)")
    }

    let correction = try daemon.repayctl(["note", "jd", "是 280，不是 300", "--corrects", "1"])
    #expect(correction.status == 0 && correction.standardOutput.contains("corrects note 1"))
    #expect(try daemon.repayctl(["note", "jd", "x", "--corrects", "7"]).status == 1)
    #expect(try daemon.repayctl(["note", "jd", "x", "--promise", "1"]).status == 1)
    #expect(try daemon.repayctl(["note", "jd", "x", "--follow-up", "tomorrow"]).status == 2)

    let pending = try daemon.repayctl(["notes", "--pending", "--json"])
    #expect(
      (try object(pending.standardOutput)["notes"] as? [[String: Any]])?.map { $0["id"] as? Int } == [1])
    let english = try daemon.repayctl(["notes", "jd"]).standardOutput
    for phrase in [
      "ref A-1", "I reached out", "with 王女士", "I promised ¥300.00 by \(promiseDate)", "corrects note 1",
      "sha256 \(sum.prefix(64))",
    ] {
      #expect(english.contains(phrase), "\(phrase) in \(english)")
    }
    let chinese = try daemon.repayctl(["show", "jd"], lang: "zh_CN.UTF-8").standardOutput
    #expect(chinese.contains("对接人 王女士") && chinese.contains("我承诺 \(promiseDate) 前支付 ¥300.00"), "\(chinese)")
    let history = try daemon.repayctl(["history", "--loan", "jd"]).standardOutput
    #expect(history.contains("答应周五还 300") && history.contains("attached 收据.txt"), "\(history)")
    let entries = try #require(
      try object(try daemon.repayctl(["history", "--json"]).standardOutput)["entries"] as? [[String: Any]])
    #expect(entries.first { $0["id"] as? Int == 2 }?["corrects"] as? Int == 1)
  }

  @Test("unpay withdraws: the payment stays in history --json with when and why, and no longer counts")
  func unpay() throws {
    let daemon = try LiveDaemon()
    #expect(try daemon.repayctl(["pay", "jd"]).status == 0)
    let withdrawn = try daemon.repayctl(["unpay", "1", "--note", "bank reversed it"])
    #expect(withdrawn.status == 0 && withdrawn.standardOutput.contains("Withdrew payment 1"))
    let again = try daemon.repayctl(["unpay", "1"])
    #expect(again.status == 1 && again.standardError.contains("withdrawn"), "\(again.standardError)")
    let entries = try #require(
      try object(try daemon.repayctl(["history", "--json", "--loan", "jd"]).standardOutput)["entries"]
        as? [[String: Any]])
    let payment = try #require(entries.first { $0["kind"] as? String == "payment" })
    #expect(payment["withdrawn_note"] as? String == "bank reversed it" && payment["withdrawn_at"] is String)
    let loans = try #require(
      try object(try daemon.repayctl(["loans", "--json"]).standardOutput)["loans"] as? [[String: Any]])
    #expect(loans.first { $0["id"] as? String == "jd" }?["outstanding"] as? String == "300.00")
    #expect(try daemon.repayctl(["history", "--loan", "jd"]).standardOutput.contains("bank reversed it"))
  }

  @Test("pay says where an over-payment went and what is a credit past the last instalment")
  func overPayment() throws {
    let daemon = try LiveDaemon()
    let paid = try daemon.repayctl(["pay", "huabei", "3000.00"])
    #expect(paid.status == 0, "\(paid.standardError)")
    #expect(
      paid.standardOutput.contains(
        "Carried ¥1,750.00 beyond it to the instalment due \(daemon.today.advanced(by: 35)) (payment 2)."),
      "\(paid.standardOutput)")
    #expect(paid.standardOutput.contains("¥500.00 is more than the loan asks for"), "\(paid.standardOutput)")
    let chinese = try daemon.repayctl(["pay", "jd", "400", "--json"])
    let reply = try object(chinese.standardOutput)
    #expect(reply["credit"] as? String == "100.00" && reply["carried"] == nil)
  }
}
