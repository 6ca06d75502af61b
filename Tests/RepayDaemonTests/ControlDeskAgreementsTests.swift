import ControlInterface
import RepayConfig
import RepayControl
import RepayCore
import RepayStore
import Testing

@testable import RepayDaemon

/// `Renegotiate`, `ListAgreements` and `CancelAgreement` over the fixture's household on
/// 2026-12-15, huabei's instalments of October and November paid, so that only the one due
/// 2026-12-10 is overdue (3 days past its 2 grace days: ¥1,250.00 and ¥11.88 of penalty).
struct ControlDeskAgreementsTests {
  private func paidThroughNovember(_ fixture: ControlDeskFixture) throws {
    try fixture.pay("huabei", "2026-10-10", "1250.00", at: "2026-10-10T02:00:00Z")
    try fixture.pay("huabei", "2026-11-10", "1250.00", at: "2026-11-10T02:00:00Z")
  }

  private func occurrence(_ desk: ControlDesk, _ due: String) throws -> Control.Occurrence? {
    try desk.getLoan(Control.GetLoanRequest(id: "huabei")).occurrences.first { $0.due == due }
  }

  @Test("instalments replace the overdue one: split in minor units, the remainder on the last")
  func instalments() throws {
    try withDesk { fixture in
      try paidThroughNovember(fixture)
      let desk = fixture.desk()
      let reply = try desk.renegotiate(
        Control.RenegotiateRequest(
          loan: "huabei", installments: 3, start: "2027-01-05", note: "3 instalments agreed with Ms Li",
          ref: "C-88", counterpart: "Ms Li"))
      #expect(
        reply.agreement
          == Control.Agreement(
            id: 1, loan: "huabei", kind: .installments, state: .active, createdAt: "2026-12-15T02:00:00Z",
            note: "3 instalments agreed with Ms Li", ref: "C-88", counterpart: "Ms Li", total: "1261.88",
            currency: "CNY", supersedes: ["2026-12-10"],
            occurrences: [
              .init(due: "2027-01-05", amount: "420.62"), .init(due: "2027-02-05", amount: "420.62"),
              .init(due: "2027-03-05", amount: "420.64"),
            ]))
      let superseded = try #require(try occurrence(desk, "2026-12-10"))
      #expect(
        superseded.status == .superseded && superseded.supersededBy == 1 && superseded.outstanding == "0.00")
      #expect(superseded.penalty == nil)
      let agreed = try #require(try occurrence(desk, "2027-01-05"))
      #expect(
        agreed
          == Control.Occurrence(
            scheduled: "2027-01-05", due: "2027-01-05", amount: "420.62", paid: "0.00", outstanding: "420.62",
            currency: "CNY", status: .upcoming, agreement: 1))
      let loans = try desk.listLoans(Control.ListLoansRequest()).loans
      let huabei = try #require(loans.first { $0.id == "huabei" })
      #expect(
        huabei.daysOverdue == 0 && huabei.nextDue == "2027-01-05" && huabei.nextDueOutstanding == "420.62")
      #expect(huabei.outstanding == "0.00")
      // jd's instalment of 2026-12-14 is still within its grace days.
      #expect(try desk.getStatus(Control.GetStatusRequest()).overdueCount == 0)
      #expect(
        try desk.listAgreements(Control.ListAgreementsRequest(loan: "huabei")).agreements == [reply.agreement]
      )
      #expect(try desk.getLoan(Control.GetLoanRequest(id: "huabei")).agreements == [reply.agreement])
      let upcoming = try desk.listUpcoming(Control.ListUpcomingRequest(days: 30)).occurrences
      #expect(
        upcoming.filter { $0.loan == "huabei" }.map { "\($0.due) \($0.amount) \($0.installment ?? 0)" } == [
          "2027-01-05 420.62 0", "2027-01-10 1250.00 4",
        ])
    }
  }

  @Test("--amount: each X and the last the rest; --total and --waive-penalty set what is agreed")
  func amountsAndTotals() throws {
    try withDesk { fixture in
      try paidThroughNovember(fixture)
      let desk = fixture.desk()
      let each = try desk.renegotiate(
        Control.RenegotiateRequest(
          loan: "huabei", installments: 3, start: "2027-01-31", everyMonths: 2, amount: "500.00",
          waivePenalty: true, note: "500 a time, no penalty")
      ).agreement
      #expect(each.total == "1250.00")
      // The 31st is clamped to the end of shorter months; two months apart.
      #expect(
        each.occurrences == [
          .init(due: "2027-01-31", amount: "500.00"), .init(due: "2027-03-31", amount: "500.00"),
          .init(due: "2027-05-31", amount: "250.00"),
        ])
      // A second agreement supersedes nothing overdue now: the first one is in force.
      #expect(
        controlError { () throws(ControlError) in
          try desk.renegotiate(Control.RenegotiateRequest(loan: "huabei", extendTo: "2027-02-01", note: "x"))
        } == .nothingToRenegotiate(loan: "huabei", all: false))
      let all = try desk.renegotiate(
        Control.RenegotiateRequest(
          loan: "huabei", extendTo: "2027-06-30", all: true, total: "4000.00", note: "everything by June")
      ).agreement
      #expect(all.kind == .extension && all.total == "4000.00")
      #expect(all.occurrences == [.init(due: "2027-06-30", amount: "4000.00")])
      // Every unsettled occurrence: the first agreement's three and the schedule's last three.
      #expect(
        all.supersedes == [
          "2027-01-10", "2027-01-31", "2027-02-10", "2027-03-10", "2027-03-31", "2027-05-31",
        ])
      #expect(try occurrence(desk, "2027-01-31")?.status == .superseded)
    }
  }

  @Test("a waiver keeps the dates and forgives the penalty, which stops accruing")
  func waiver() throws {
    try withDesk { fixture in
      try paidThroughNovember(fixture)
      let reply = try fixture.desk().renegotiate(
        Control.RenegotiateRequest(loan: "huabei", waivePenalty: true, note: "penalty waived on the phone"))
      #expect(reply.agreement.kind == .waiver && reply.agreement.total == "1250.00")
      #expect(reply.agreement.supersedes == ["2026-12-10"] && reply.agreement.occurrences.isEmpty)
      let later = fixture.desk(at: ControlDeskFixture.instant("2026-12-20T02:00:00Z"))
      let waived = try #require(try occurrence(later, "2026-12-10"))
      #expect(waived.status == .overdue && waived.daysOverdue == 8 && waived.outstanding == "1250.00")
      #expect(waived.penalty == "0.00" && waived.penaltyPerDay == "0.00" && waived.penaltyWaived == true)
    }
  }

  @Test("an agreed instalment missed breaks the agreement; paid, it is kept")
  func brokenAndKept() throws {
    try withDesk { fixture in
      try paidThroughNovember(fixture)
      let desk = fixture.desk()
      _ = try desk.renegotiate(
        Control.RenegotiateRequest(loan: "huabei", installments: 2, start: "2027-01-05", note: "two halves"))
      // 2027-01-08 is past the 2 grace days of the first agreed instalment.
      let january = fixture.desk(at: ControlDeskFixture.instant("2027-01-08T02:00:00Z"))
      #expect(try january.listAgreements(Control.ListAgreementsRequest()).agreements.first?.state == .broken)
      let missed = try #require(try occurrence(january, "2027-01-05"))
      #expect(missed.status == .overdue && missed.daysOverdue == 1 && missed.agreement == 1)
      #expect(try january.listLoans(Control.ListLoansRequest()).loans.first?.daysOverdue == 1)
      try fixture.pay("huabei", "2027-01-05", "630.94", at: "2027-01-08T03:00:00Z")
      try fixture.pay("huabei", "2027-01-10", "1250.00", at: "2027-01-08T03:00:00Z")
      #expect(try january.listAgreements(Control.ListAgreementsRequest()).agreements.first?.state == .active)
      try fixture.pay("huabei", "2027-02-05", "630.94", at: "2027-01-08T03:00:00Z")
      #expect(try january.listAgreements(Control.ListAgreementsRequest()).agreements.first?.state == .kept)
    }
  }

  @Test("cancelled: the superseded occurrence comes back with its date and penalty; the record stays")
  func cancelled() throws {
    try withDesk { fixture in
      try paidThroughNovember(fixture)
      let desk = fixture.desk()
      _ = try desk.renegotiate(
        Control.RenegotiateRequest(loan: "huabei", extendTo: "2027-01-20", note: "one month more"))
      let later = fixture.desk(at: ControlDeskFixture.instant("2026-12-16T02:00:00Z"))
      #expect(
        controlError { () throws(ControlError) in
          try later.cancelAgreement(Control.CancelAgreementRequest(id: 1, note: "they\u{0}withdrew it"))
        } == .invalidParameter(parameter: "note", reason: .format))
      let reply = try later.cancelAgreement(Control.CancelAgreementRequest(id: 1, note: "they withdrew it"))
      #expect(reply.agreement.state == .cancelled && reply.agreement.cancelledAt == "2026-12-16T02:00:00Z")
      let back = try #require(try occurrence(later, "2026-12-10"))
      #expect(back.status == .overdue && back.daysOverdue == 4 && back.penalty == "12.50")
      #expect(try occurrence(later, "2027-01-20") == nil)
      #expect(
        controlError { () throws(ControlError) in
          try later.cancelAgreement(Control.CancelAgreementRequest(id: 1, note: "again"))
        } == .invalidParameter(parameter: "id", reason: .conflict))
      #expect(
        controlError { () throws(ControlError) in
          try later.cancelAgreement(Control.CancelAgreementRequest(id: 2, note: "none"))
        } == .agreementNotFound(id: 2))
      #expect(try fixture.store.agreements().first?.cancelNote == "they withdrew it")
    }
  }

  @Test(
    "every fault is refused with one error naming the field, and nothing is recorded",
    arguments: [
      (
        Control.RenegotiateRequest(loan: "nope", extendTo: "2027-01-20", note: "x"),
        ControlError.loanNotFound(loan: "nope")
      ),
      (
        .init(loan: "huabei", extendTo: "2026-12-14", note: "x"),
        .invalidParameter(parameter: "extend_to", reason: .range)
      ),
      (
        .init(loan: "huabei", extendTo: "2027-1-20", note: "x"),
        .invalidParameter(parameter: "extend_to", reason: .format)
      ),
      (
        .init(loan: "huabei", installments: 3, start: "2026-12-01", note: "x"),
        .invalidParameter(parameter: "start", reason: .range)
      ),
      (
        .init(loan: "huabei", installments: 0, start: "2027-01-05", note: "x"),
        .invalidParameter(parameter: "installments", reason: .range)
      ),
      (
        .init(loan: "huabei", installments: 601, start: "2027-01-05", note: "x"),
        .invalidParameter(parameter: "installments", reason: .range)
      ),
      (
        .init(loan: "huabei", installments: 3, note: "x"),
        .invalidParameter(parameter: "start", reason: .missing)
      ),
      (
        .init(loan: "huabei", installments: 3, start: "2027-01-05", everyMonths: 13, note: "x"),
        .invalidParameter(parameter: "every_months", reason: .range)
      ),
      (
        .init(loan: "huabei", installments: 3, start: "2027-01-05", amount: "400.00", note: "x"),
        .invalidParameter(parameter: "amount", reason: .range)
      ),
      (
        .init(loan: "huabei", installments: 3, start: "2027-01-05", amount: "700.00", note: "x"),
        .invalidParameter(parameter: "amount", reason: .range)
      ),
      (
        .init(loan: "huabei", installments: 200_000, start: "2027-01-05", note: "x"),
        .invalidParameter(parameter: "installments", reason: .range)
      ),
      (
        .init(loan: "huabei", extendTo: "2027-01-20", installments: 3, start: "2027-01-05", note: "x"),
        .invalidParameter(parameter: "installments", reason: .conflict)
      ),
      (
        .init(loan: "huabei", extendTo: "2027-01-20", start: "2027-01-05", note: "x"),
        .invalidParameter(parameter: "start", reason: .conflict)
      ),
      (.init(loan: "huabei", note: "x"), .invalidParameter(parameter: "extend_to", reason: .missing)),
      (
        .init(loan: "huabei", waivePenalty: true, total: "1.00", note: "x"),
        .invalidParameter(parameter: "total", reason: .conflict)
      ),
      (
        .init(loan: "huabei", extendTo: "2027-01-20", total: "0.00", note: "x"),
        .invalidParameter(parameter: "total", reason: .range)
      ),
      (
        .init(loan: "huabei", extendTo: "2027-01-20", note: "  "),
        .invalidParameter(parameter: "note", reason: .missing)
      ),
      (.init(loan: "jd", extendTo: "2027-01-20", note: "x"), .nothingToRenegotiate(loan: "jd", all: false)),
      // SQLite would keep each only up to the NUL.
      (
        .init(loan: "huabei", extendTo: "2027-01-20", note: "x\u{0}y"),
        .invalidParameter(parameter: "note", reason: .format)
      ),
      (
        .init(loan: "huabei", extendTo: "2027-01-20", note: "x", ref: "A\u{0}1"),
        .invalidParameter(parameter: "ref", reason: .format)
      ),
      (
        .init(loan: "huabei", extendTo: "2027-01-20", note: "x", counterpart: "Ms\u{0}Li"),
        .invalidParameter(parameter: "counterpart", reason: .format)
      ),
    ])
  func refused(_ request: Control.RenegotiateRequest, _ expected: ControlError) throws {
    try withDesk { fixture in
      try paidThroughNovember(fixture)
      // jd's instalment of 2026-12-14 is paid, so that nothing of it is overdue.
      try fixture.pay("jd", "2026-12-14", "300.00", at: "2026-12-14T02:00:00Z")
      #expect(controlError { () throws(ControlError) in try fixture.desk().renegotiate(request) } == expected)
      #expect(try fixture.store.agreements().isEmpty)
      #expect(!expected.message(in: .english).isEmpty && !expected.message(in: .simplifiedChinese).isEmpty)
    }
  }

  @Test("a loan taken out of the configuration keeps its agreements, which apply again when it comes back")
  func loanRemovedAndBack() throws {
    try withDesk { fixture in
      try paidThroughNovember(fixture)
      _ = try fixture.desk().renegotiate(
        Control.RenegotiateRequest(loan: "huabei", extendTo: "2027-01-20", note: "one month more"))
      // The household without huabei: its [[loan]] table left out.
      let text = ControlDeskFixture.household
      let start = try #require(text.range(of: "[[loan]]\nid = \"huabei\""))
      let end = try #require(text.range(of: "[[loan]]\nid = \"jd\""))
      let report = ConfigurationReader.read(
        [
          (
            "repayd.toml",
            Array(text.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: "").utf8)
          )
        ],
        environment: [:], language: .english)
      let without = try #require(report.configuration, "\(report.diagnostics)")
      var desk = fixture.desk()
      desk = ControlDesk(
        configuration: without, store: fixture.store, now: desk.now, language: .english, status: desk.status,
        next: nil, wake: .max)
      #expect(try desk.listLoans(Control.ListLoansRequest()).loans.map(\.id) == ["jd"])
      let kept = try desk.listAgreements(Control.ListAgreementsRequest()).agreements
      #expect(kept.map(\.loan) == ["huabei"] && kept.first?.state == .active)
      // Back in the configuration: the agreement applies as before.
      let back = fixture.desk()
      #expect(try occurrence(back, "2026-12-10")?.status == .superseded)
      #expect(try back.listLoans(Control.ListLoansRequest()).loans.first?.nextDue == "2027-01-10")
    }
  }

  @Test("a loan with nothing left to pay has nothing to renegotiate, even with all")
  func settledLoan() throws {
    try withDesk { fixture in
      try fixture.pay("jd", "2026-12-14", "300.00", at: "2026-12-14T02:00:00Z")
      try fixture.pay("jd", "2027-01-20", "300.00", at: "2026-12-14T02:00:00Z")
      #expect(
        controlError { () throws(ControlError) in
          try fixture.desk().renegotiate(
            Control.RenegotiateRequest(loan: "jd", extendTo: "2027-01-20", all: true, note: "x"))
        } == .nothingToRenegotiate(loan: "jd", all: true))
      #expect(try fixture.store.agreements().isEmpty)
    }
  }
}
