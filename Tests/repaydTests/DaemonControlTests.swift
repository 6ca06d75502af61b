import ControlInterface
import Foundation
import RepayControl
import RepayCore
import RepayTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The real `repayd` binary serving its control socket: the calls of `io.repayd.Control` through
/// the real socket, their typed errors, `Watch`, a payment that settles an occurrence (its later
/// notices are not delivered, its `settled` notice is), and `Reload` of a broken configuration.
@Suite(.serialized)
struct DaemonControlTests {
  @Test(
    "every kind of call on the real daemon's socket; a payment stops the reminders and is announced as settled"
  )
  func controlSocket() throws {
    try ServingDaemon.with { served in
      let (household, daemon, journal) = (served.household, served.daemon, served.journal)
      // The socket is where design.md puts it, private to the user.
      let path = served.address.path
      var info = stat()
      #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o600)
      let client = try ControlClient(address: ControlAddress(path: path), timeout: .seconds(20))

      let status = try client.call(Control.GetStatusRequest())
      #expect(status.version == RepayVersion.current)
      #expect(status.configuration.files == [household.configPath] && !status.configuration.demo)
      #expect(status.configuration.timezone == PlacedHousehold.zoneName)
      #expect(status.nextReminder?.loan == household.loan && status.nextReminder?.stage == .advance)
      #expect(status.nextReminder?.at == InstantText.format(microseconds: household.planned["advance"]!))
      // The demo household's weilidai is 5 days overdue from the start, and nothing else is.
      #expect(status.lastReload == nil && status.overdueCount == 1)
      // Asked again with nothing changed: the same status (answered on the socket's event loop
      // from the one the state owner gave), but for the uptime.
      var again = try client.call(Control.GetStatusRequest())
      #expect(again.uptimeSeconds >= status.uptimeSeconds)
      again.uptimeSeconds = status.uptimeSeconds
      #expect(again == status)

      let loans = try client.call(Control.ListLoansRequest()).loans
      let loan = try #require(loans.first { $0.id == household.loan })
      #expect(loan.amount == "1250.00" && loan.currency == "CNY" && loan.outstanding == "1250.00")

      // Typed errors, each with its parameters.
      do throws(ControlClientError) {
        _ = try client.call(Control.GetLoanRequest(id: "nope"))
        Issue.record("an unknown loan was found")
      } catch {
        #expect(error.errorName == "io.repayd.Control.LoanNotFound")
      }
      do throws(ControlClientError) {
        _ = try client.call(Control.DeletePaymentRequest(id: 999))
        Issue.record("an unknown payment was deleted")
      } catch {
        #expect(error.errorName == "io.repayd.Control.PaymentNotFound")
      }
      do throws(ControlClientError) {
        _ = try client.call(Control.SnoozeRequest(loan: household.loan, duration: "1d", until: "2099-01-01"))
        Issue.record("a snooze with both a duration and a date was made")
      } catch {
        #expect(error.errorName == "io.repayd.Control.InvalidParameter")
      }

      // A second client follows the events.
      let watcher = try ControlClient(address: ControlAddress(path: path), timeout: .seconds(20))
      // Read with blocking calls in this synchronous test: a blocked task of the shared pool
      // would starve the other tests.
      _ = try watcher.stream(Control.WatchRequest())
      func nextEvent() throws(ControlClientError) -> Control.WatchEvent? {
        let message = try watcher.receiveRaw(deadline: .now + .seconds(20))
        let decoded = try? JSONDecoder().decode(WatchReply.self, from: Data(message))
        return decoded?.parameters
      }
      #expect(try nextEvent()?.kind == .watching)

      // The whole instalment paid before its first notice: nothing more is due.
      let paid = try client.call(Control.RecordPaymentRequest(loan: household.loan))
      #expect(paid.payment.amount == "1250.00" && paid.occurrence.status == .settled)
      // A status asked right after the payment's reply knows of it: the paid instalment's
      // advance notice is no longer the next.
      #expect(try client.call(Control.GetStatusRequest()).nextReminder != status.nextReminder)
      let announced = try nextEvent()
      #expect(
        announced?.kind == .payment && announced?.loan == household.loan && announced?.id == paid.payment.id)

      // The payment settled the instalment: its settled notice goes out at once.
      let delivered = try nextEvent()
      #expect(
        delivered?.kind == .delivery && delivered?.stage == .settled && delivered?.loan == household.loan)
      let settled = try journal.entries(
        matching: [household.match, "REPAY_STAGE=settled"], since: household.start - 1, count: 1,
        timeout: .seconds(60))
      #expect(settled.first?["MESSAGE_ID"] == "9b56d4020eee4794b174cacd19902166")

      // A note with text a shell would run, kept as it is.
      let text = "platform says: ok; rm -rf ~ $(id) `id`"
      let note = try client.call(Control.AddNoteRequest(loan: household.loan, text: text, channel: .phone))
      #expect(try client.call(Control.ListNotesRequest(loan: household.loan)).notes.map(\.text) == [text])
      #expect(note.note.channel == .phone)
      #expect(try nextEvent()?.kind == .note)

      // Past the overdue notice's instant and planned past it: only the settled notice arrived
      // for this loan.
      try client.waitUntilPlanned(past: household.planned["overdue"]!)
      let entries = try journal.readAfterSync(matching: [household.match], since: household.start - 1)
      #expect(entries.map { $0["REPAY_STAGE"] } == ["settled"], "\(daemon.standardError)")
      let history = try client.call(Control.HistoryRequest(loan: household.loan)).entries
      #expect(history.map(\.kind) == [.payment, .delivery, .note], "\(history)")

      // A broken configuration: ConfigInvalid at its place, and the old one stays in force.
      let good = try String(contentsOfFile: household.configPath, encoding: .utf8)
      try ("[daemon]\ntimezone = \"Mars/Olympus\"\n" + good).write(
        toFile: household.configPath, atomically: true, encoding: .utf8)
      do throws(ControlClientError) {
        _ = try client.call(Control.ReloadRequest())
        Issue.record("a broken configuration was accepted")
      } catch {
        guard case .control(.configInvalid(let diagnostics), _) = error else {
          Issue.record("\(error)")
          return
        }
        #expect(
          diagnostics.contains { $0.file == household.configPath && $0.line == 2 && $0.severity == .error })
      }
      let reloaded = try client.call(Control.GetStatusRequest())
      #expect(
        reloaded.lastReload?.succeeded == false && reloaded.configuration.timezone == PlacedHousehold.zoneName
      )
      daemon.send(SIGTERM)
      #expect(daemon.waitForExit() == 0, "\(daemon.standardError)")
      // The failed reload was not announced, and the watch ends with the daemon: the server
      // closes the connection.
      do throws(ControlClientError) {
        _ = try nextEvent()
        Issue.record("the watch went on after the daemon stopped")
      } catch {
        guard case .disconnected = error else {
          Issue.record("\(error)")
          return
        }
      }
    }
  }

  @Test("a status asked right after a snooze's reply, or an unsnooze's, shows what the call changed")
  func statusAfterAChange() throws {
    try ServingDaemon.with { served in
      let client = try ControlClient(address: served.address, timeout: .seconds(20))
      let before = try client.call(Control.GetStatusRequest())
      #expect(before.nextReminder?.loan == served.household.loan)
      // Asked twice, so that the status is the one the socket keeps, not the state owner's own.
      #expect(try client.call(Control.GetStatusRequest()).nextReminder == before.nextReminder)
      _ = try client.call(Control.SnoozeRequest(loan: served.household.loan, duration: "30d"))
      let snoozed = try client.call(Control.GetStatusRequest()).nextReminder
      #expect(snoozed != before.nextReminder, "\(String(describing: snoozed))")
      _ = try client.call(Control.UnsnoozeRequest(loan: served.household.loan))
      #expect(try client.call(Control.GetStatusRequest()).nextReminder == before.nextReminder)
    }
  }

  private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  @Test("Python's varlink package introspects the real daemon, parses its interface and calls every method")
  func pythonVarlinkClient() throws {
    let python = Self.root.appendingPathComponent(".build/venv/bin/python").path
    try #require(
      FileManager.default.isExecutableFile(atPath: python), "no \(python): run scripts/install-deps")
    try ServingDaemon.with { served in
      let household = served.household
      let script = Self.root.appendingPathComponent("Tests/oracles/varlink_daemon_client.py").path
      let outcome = try ChildProcess.run(python, [script, served.address.description, household.loan])
      try #require(outcome.status == 0, "\(outcome.standardError)")
      let seen = try #require(
        JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
      let members = try #require(seen["members"] as? [String])
      #expect(Set(Control.definition.methods.map(\.name) + Control.definition.errors).isSubset(of: members))
      let replies = try #require(seen["replies"] as? [String: [String: Any]])
      func field(_ method: String, _ path: String...) -> Any? {
        var value: Any? = replies[method]
        for key in path { value = (value as? [String: Any])?[key] }
        return value
      }
      #expect(field("GetInfo", "version") as? String == RepayVersion.current)
      #expect(field("GetStatus", "configuration", "files") as? [String] == [household.configPath])
      let loans = try #require(field("ListLoans", "loans") as? [[String: Any]])
      #expect(
        loans.contains { $0["id"] as? String == household.loan && $0["amount"] as? String == "1250.00" })
      #expect(field("GetLoan", "loan", "id") as? String == household.loan)
      #expect(field("ListUpcoming", "days") as? Int == 30)
      // A partial payment leaves the rest due; withdrawing it gives the same payment back, withdrawn.
      #expect(field("RecordPayment", "payment", "amount") as? String == "100.00")
      #expect(field("RecordPayment", "occurrence", "outstanding") as? String == "1150.00")
      #expect(
        field("DeletePayment", "payment", "id") as? Int == field("RecordPayment", "payment", "id") as? Int)
      #expect(field("DeletePayment", "payment", "withdrawn_note") as? String == "bounced")
      #expect(field("Snooze", "snooze", "loan") as? String == household.loan)
      #expect(field("Unsnooze", "snooze", "id") as? Int == field("Snooze", "snooze", "id") as? Int)
      #expect(field("AddNote", "note", "channel") as? String == "phone")
      #expect(field("AddNote", "note", "direction") as? String == "out")
      #expect((field("ListNotes", "notes") as? [[String: Any]])?.map { $0["ref"] as? String } == ["A-1"])
      let kinds =
        (field("History", "entries") as? [[String: Any]])?.compactMap { $0["kind"] as? String } ?? []
      // The payment was withdrawn: the history keeps it, with the snooze and the note.
      #expect(Set(["payment", "snooze", "note"]).isSubset(of: kinds), "\(kinds)")
      #expect(field("Reload", "configuration", "files") as? [String] == [household.configPath])
      #expect(field("Watch", "kind") as? String == "watching")
      let errors = try #require(seen["errors"] as? [String: [String: Any]])
      for (name, error) in errors {
        #expect(error["error"] as? String == "io.repayd.Control." + name, "\(error)")
      }
    }
  }

  @Test(
    "socket activation: systemd-socket-activate holds the socket, repayd starts on the first call and serves it"
  )
  func socketActivation() throws {
    let household = try PlacedHousehold()
    defer { household.remove() }
    let socket = household.folder + "/activated.sock"
    try JournaldFixture.withJournald { _ in
      // Not through Foundation's Process: see SpawnedChild.
      let activator = try SpawnedChild(
        [
          "/usr/bin/systemd-socket-activate", "--listen=" + socket, "--fdname=control", "-E",
          "TZ=" + PlacedHousehold.zoneName, "-E", "LANG=C.UTF-8", RepaydProcess.executable,
        ] + household.arguments, environment: [:])
      defer { activator.stop() }
      let deadline = ContinuousClock.now + .seconds(60)
      while access(socket, F_OK) != 0 && ContinuousClock.now < deadline {
        Thread.sleep(forTimeInterval: 0.02)
      }
      // repayd starts with the first connection, and answers it on the socket it was passed.
      let client = try ControlClient(address: ControlAddress(path: socket), timeout: .seconds(30))
      let status = try client.call(Control.GetStatusRequest())
      #expect(status.configuration.files == [household.configPath])
      #expect(try client.call(VarlinkServiceInterface.GetInfo()).interfaces.contains("io.repayd.Control"))
      // Its own socket was not made: the state directory holds no control.sock.
      #expect(access(household.stateDirectory + "/control.sock", F_OK) != 0)
    }
  }
}

/// A reply of `Watch` as it comes over the socket.
private struct WatchReply: Decodable {
  var parameters: Control.WatchEvent
}
