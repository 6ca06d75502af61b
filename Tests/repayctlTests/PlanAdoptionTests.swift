import Foundation
import RepayCore
import Testing

/// `repayctl plan --adopt` against the real daemon: the plan in force, this month's planned
/// payments against what was paid in `status` and `upcoming`, a newer plan replacing it and both
/// listed by `repayctl plans`. The household is `PlanCommandTests`': a card with ¥5,000.00 owed
/// at 0 %, at least ¥1,000.00 a month, and jd, without a balance, ¥300.00 three days overdue.
@Suite(.serialized)
struct PlanAdoptionTests {
  private static func object(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(text)")
  }

  @Test("adopt, keep to it loan by loan (what is still to pay this month), replace it")
  func adoptKeepReplace() throws {
    let today = try LiveDaemon.rules().localDate(at: Int64(Date().timeIntervalSince1970))
    let daemon = try LiveDaemon(household: PlanCommandTests.daemonHousehold(today: today))
    defer { daemon.stop() }
    let thisMonth = CalendarMonth(containing: daemon.today).description
    func json(_ arguments: [String]) throws -> [String: Any] {
      let outcome = try daemon.repayctl(arguments + ["--json"])
      try #require(outcome.status == 0, "\(arguments): \(outcome.standardError)")
      return try Self.object(outcome.standardOutput)
    }
    func progress(_ reply: [String: Any]) throws -> [String: Any] {
      try #require(reply["plan"] as? [String: Any], "no plan in \(reply)")
    }
    func loans(_ progress: [String: Any]) -> [[String: String]] {
      (progress["loans"] as? [[String: Any]] ?? []).map { $0.compactMapValues { $0 as? String } }
    }

    #expect(try json(["status"])["plan"] == nil)
    // ¥2,000.00: jd's overdue ¥300.00 first, then the card's minimum ¥1,000.00 and the ¥700.00 left.
    let adopted = try progress(try json(["plan", "--budget", "2000", "--adopt"]))
    #expect(adopted["id"] as? Int == 1 && adopted["replaced_at"] == nil)
    #expect((adopted["plan"] as? [String: Any])?["budget"] as? String == "2000.00")

    func month(_ reply: [String: Any]) throws -> [String: Any] {
      let progress = try progress(reply)
      #expect(progress["last_month"] == nil, "the plan begins this month")
      return try #require(progress["this_month"] as? [String: Any], "\(progress)")
    }
    let status = try json(["status"])
    #expect(try progress(status)["plan"] as? Int == 1)
    let before = try month(status)
    #expect(before["month"] as? String == thisMonth)
    #expect(before["planned"] as? String == "2000.00" && before["short"] as? String == "2000.00")
    #expect(
      loans(before) == [
        ["loan": "card", "planned": "1700.00", "paid": "0.00"],
        ["loan": "jd", "planned": "300.00", "paid": "0.00"],
      ])

    // jd paid in full: what is still to pay is the card's.
    #expect(try daemon.repayctl(["pay", "jd"]).status == 0)
    let paidJD = try month(try json(["upcoming"]))
    #expect(paidJD["paid"] as? String == "300.00" && paidJD["short"] as? String == "1700.00")
    let words = try daemon.repayctl(["status"])
    #expect(
      words.standardOutput.contains("¥1,700.00 of this month's plan still to pay"), "\(words.standardOutput)")
    let chinese = try daemon.repayctl(["upcoming"], lang: "zh_CN.UTF-8")
    #expect(chinese.standardOutput.contains("本月计划还需还 ¥1,700.00"), "\(chinese.standardOutput)")
    #expect(try daemon.repayctl(["pay", "card", "1700.00"]).status == 0)
    let kept = try month(try json(["status"]))
    #expect(kept["short"] as? String == "0.00" && kept["paid"] as? String == "2000.00")
    #expect(try daemon.repayctl(["status"]).standardOutput.contains("this month keeps to the plan"))

    // A newer plan replaces it; both are listed, the one in force last.
    let second = try progress(try json(["plan", "--budget", "2500", "--strategy", "snowball", "--adopt"]))
    #expect(second["id"] as? Int == 2)
    let plans = try #require(try json(["plans"])["plans"] as? [[String: Any]])
    #expect(plans.map { $0["id"] as? Int } == [1, 2])
    #expect(plans[0]["replaced_at"] as? String != nil && plans[1]["replaced_at"] == nil)
    #expect(try progress(try json(["status"]))["plan"] as? Int == 2)
    let listed = try daemon.repayctl(["plans"])
    #expect(listed.standardOutput.contains("in force") && listed.standardOutput.contains("replaced"))
  }

  @Test("--adopt with --config is a usage error: only the daemon keeps a plan")
  func adoptNeedsTheDaemon() throws {
    let outcome = try RepayctlProcess.run(
      ["plan", "--budget", "100", "--adopt", "--config", "/nonexistent/repayd.toml"], lang: "C.UTF-8")
    #expect(outcome.status == 2)
    #expect(outcome.standardError.contains("leave out --config"), "\(outcome.standardError)")
    // No daemon answering: not planned offline, but the daemon's absence said as for any command.
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "repayctl-adopt-\(UUID().uuidString)")
    let absent = try RepayctlProcess.run(
      ["plan", "--budget", "100", "--adopt"], lang: "C.UTF-8",
      environment: ["REPAYD_ADDRESS": "unix:\(folder.path)/control.sock"])
    #expect(absent.status == 3)
    #expect(absent.standardError.contains("No such file or directory"), "\(absent.standardError)")
    #expect(absent.standardError.contains("systemctl --user start repayd"))
  }
}
