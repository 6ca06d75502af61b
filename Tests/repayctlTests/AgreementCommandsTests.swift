import Foundation
import RepayTestSupport
import Testing

/// `repayctl renegotiate`, `agreements` and `agreement-cancel` as people and scripts use them:
/// the real binaries against the real daemon. Each fault is one message with the option named,
/// in English and Chinese, with its exit code, and nothing is recorded.
@Suite(.serialized)
struct AgreementCommandsTests {
  /// The agreements the daemon holds, as `agreements --json` prints them.
  private func agreements(_ daemon: LiveDaemon) throws -> [[String: Any]] {
    let printed = try daemon.repayctl(["agreements", "--json"]).standardOutput
    let object = try #require(try JSONSerialization.jsonObject(with: Data(printed.utf8)) as? [String: Any])
    return try #require(object["agreements"] as? [[String: Any]])
  }

  @Test("faults: one line each naming the option, exit 1 from the daemon or 2 for usage, nothing recorded")
  func faults() throws {
    let daemon = try LiveDaemon()
    let past = daemon.today.advanced(by: -1).description
    let later = daemon.today.advanced(by: 20).description
    let cases: [([String], Int32, String, String)] = [
      (
        ["renegotiate", "jd", "--installments", "2", "--start", past, "--note", "x"], 1,
        "error: --start lies in the past: the first agreed instalment is today or later",
        "错误：--start 早于今天：第一期约定还款须在今天或之后"
      ),
      (
        ["renegotiate", "jd", "--installments", "601", "--start", later, "--note", "x"], 1,
        "error: --installments must be 1 to 600", "错误：--installments 须在 1 到 600 之间"
      ),
      (
        ["renegotiate", "huabei", "--extend-to", later, "--note", "x"], 1,
        "error: loan huabei has no overdue instalment to renegotiate; add --all to cover every unpaid one",
        "错误：贷款 huabei 没有可协商的逾期分期；加上 --all 可涵盖所有未还分期"
      ),
      (
        ["renegotiate", "nope", "--extend-to", later, "--note", "x"], 1, "error: no loan has the id nope",
        "错误：没有 id 为 nope 的贷款"
      ),
      (
        ["agreement-cancel", "9", "--note", "x"], 1,
        "error: no agreement has the id 9 (repayctl agreements lists them)",
        "错误：没有 id 为 9 的协议（repayctl agreements 可列出全部协议）"
      ),
      (
        ["renegotiate", "jd", "--note", "x"], 2,
        "--extend-to DATE, --installments N --start DATE, or --waive-penalty", "--waive-penalty"
      ),
      (
        ["renegotiate", "jd", "--installments", "2", "--note", "x"], 2, "--installments needs --start DATE",
        "--start DATE"
      ),
      (
        ["renegotiate", "jd", "--extend-to", "2027-13-01", "--note", "x"], 2,
        "--extend-to '2027-13-01' is not a date", "不是日期"
      ),
    ]
    for (arguments, status, english, chinese) in cases {
      let outcome = try daemon.repayctl(arguments)
      #expect(outcome.status == status, "\(arguments): \(outcome.standardError)")
      #expect(outcome.standardError.contains(english), "\(arguments): \(outcome.standardError)")
      #expect(outcome.standardOutput.isEmpty)
      if status == 1 {
        #expect(outcome.standardError.split(separator: "\n").count == 1, "\(outcome.standardError)")
      }
      let zh = try daemon.repayctl(arguments, lang: "zh_CN.UTF-8")
      #expect(zh.status == status && zh.standardError.contains(chinese), "\(arguments): \(zh.standardError)")
    }
    // With --json, the daemon's error as it came.
    let json = try daemon.repayctl([
      "renegotiate", "jd", "--installments", "2", "--start", past, "--note", "x", "--json",
    ])
    #expect(json.status == 1)
    let error = try #require(
      try JSONSerialization.jsonObject(with: Data(json.standardError.utf8)) as? [String: Any])
    #expect(error["error"] as? String == "io.repayd.Control.InvalidParameter")
    #expect(error["parameters"] as? [String: String] == ["parameter": "start", "reason": "range"])
    #expect(try agreements(daemon).isEmpty)
  }

  @Test("made, listed and cancelled, for people in English and Chinese")
  func madeListedCancelled() throws {
    let daemon = try LiveDaemon()
    let later = daemon.today.advanced(by: 20).description
    let made = try daemon.repayctl([
      "renegotiate", "jd", "--extend-to", later, "--waive-penalty", "--note", "one month more", "--ref",
      "J-7",
    ])
    #expect(made.status == 0, "\(made.standardError)")
    let dueDate = daemon.today.advanced(by: -3).description
    #expect(
      made.standardOutput == """
        Recorded agreement 1 for jd: ¥300.00 on \(later).
        It replaces the instalments due \(dueDate); repayd now reminds you of the agreed dates.
        Cancel with: repayctl agreement-cancel 1 --note "why"

        """)
    let listed = try daemon.repayctl(["agreements"], lang: "zh_CN.UTF-8").standardOutput
    #expect(
      listed.contains("执行中") && listed.contains("\(later) 还 ¥300.00") && listed.contains("J-7"), "\(listed)")
    let show = try daemon.repayctl(["show", "jd"]).standardOutput
    #expect(show.contains("superseded by agreement 1") && show.contains("\(later) (agreement 1)"), "\(show)")
    let loans = try daemon.repayctl(["loans"]).standardOutput
    #expect(!loans.contains("overdue"), "\(loans)")
    let cancelled = try daemon.repayctl(
      ["agreement-cancel", "1", "--note", "withdrawn"], lang: "zh_CN.UTF-8")
    #expect(cancelled.status == 0 && cancelled.standardOutput.hasPrefix("已取消 jd 的协议 1。"), "\(cancelled)")
    #expect(try agreements(daemon).first?["state"] as? String == "cancelled")
    #expect(try daemon.repayctl(["loans"]).standardOutput.contains("overdue 3 days"))
  }
}
