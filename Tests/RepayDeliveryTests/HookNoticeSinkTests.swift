import Foundation
import Logging
import RepayCore
import RepayDelivery
import RepayTestSupport
import Testing

/// `HookNoticeSink` running real processes: `/usr/bin/env` and `/bin/sh` scripts that the tests
/// write, whose environment, output, exit, children and concurrency are read back from what
/// they leave and what the sink logs. The tests assert what happened, never how fast.
@Suite(.timeLimit(.minutes(5)))
struct HookNoticeSinkTests {
  @Test("a hook gets exactly the notice's REPAY_* variables and PATH, HOME, LANG, XDG_RUNTIME_DIR")
  func environment() async throws {
    let fixture = try HookFixture()
    let notRun = try fixture.script("not-run", "touch \"$0.ran\"\n")
    let sink = fixture.sink([fixture.hook(["/usr/bin/env"]), fixture.hook(notRun, on: [.advance, .due])])
    let notice = fixture.examples.overdue()
    sink.deliver([notice])
    await sink.waitUntilIdle()

    #expect(
      Set(fixture.output("stdout")) == [
        "PATH=/usr/bin:/bin", "HOME=\(fixture.directory)/home", "LANG=C.UTF-8",
        "XDG_RUNTIME_DIR=/run/user/4242",
        "REPAY_MESSAGE=\(notice.message)", "REPAY_PRIORITY=3",
        "REPAY_MESSAGE_ID=b765eeec1f8447b2b880ee0effb7a48d",
        "REPAY_LOAN=huabei", "REPAY_OCCURRENCE=2026-12-10", "REPAY_STAGE=overdue", "REPAY_AMOUNT=1250.00",
        "REPAY_CURRENCY=CNY", "REPAY_DAYS_OVERDUE=3",
      ])
    #expect(fixture.output("stdout").count == 13)
    #expect(fixture.messages(at: .info) == ["hook /usr/bin/env finished (exit status 0)"])
    #expect(fixture.file("not-run.ran") == nil)
    #expect(sink.name == "hooks")
  }

  /// A hook that hangs with a child, as `timeout` runs it: one that SIGTERM ends, and one whose
  /// whole group ignores SIGTERM (an ignored signal stays ignored across `exec`), which SIGKILL
  /// ends after the grace; the signal that ended the hook, as logged.
  static let hangingHooks = [
    ("", "signal 15 (Terminated)"), ("trap '' TERM\n", "signal 9 (Killed)"),
  ]

  @Test(
    "a hook that hangs is killed at its timeout with the children in its process group",
    arguments: hangingHooks)
  func timeout(prelude: String, ending: String) async throws {
    let fixture = try HookFixture()
    let script = try fixture.script(
      "hang",
      prelude + """
        sleep 300 &
        echo $! > "$1/child.pid"
        echo started
        while :; do sleep 1; done

        """)
    // Far longer than the hook needs to start its child and say so, even on a busy machine.
    let sink = fixture.sink([fixture.hook(script + [fixture.directory], timeout: "5s")])
    sink.deliver([fixture.examples.overdue()])
    // deliver queued the run and returned: the hook cannot have ended before its timeout.
    #expect(fixture.messages(at: .warning).isEmpty)
    await sink.waitUntilIdle()

    let child = try #require(fixture.file("child.pid").flatMap { Int32($0.filter(\.isNumber)) })
    try Polling.until("the hook's child \(child) is gone") { !isAlive(child) }
    #expect(fixture.output("stdout") == ["started"])
    #expect(
      fixture.messages(at: .warning) == [
        "hook /bin/sh timed out after 5s and was stopped (\(ending)); the other sinks and hooks carry on"
      ])
  }

  @Test("a failing hook and one that cannot start are logged; the other hooks still run")
  func failures() async throws {
    let fixture = try HookFixture()
    let failing = try fixture.script("fail", "echo 'about to fail' >&2\nexit 3\n")
    let after = try fixture.script("after", "touch \"$0.ran\"\n")
    let sink = fixture.sink(
      [fixture.hook(failing), fixture.hook(["/nonexistent/hook"]), fixture.hook(after)], maxConcurrent: 1)
    sink.deliver([fixture.examples.overdue()])
    await sink.waitUntilIdle()

    #expect(fixture.output("stderr") == ["about to fail"])
    #expect(
      fixture.messages(at: .warning) == [
        "hook /bin/sh failed (exit status 3); the other sinks and hooks carry on"
      ])
    #expect(
      fixture.messages(at: .error) == [
        "hook /nonexistent/hook could not be started (posix_spawn: No such file or directory (errno 2)); "
          + "the other sinks and hooks carry on"
      ])
    #expect(fixture.file("after.ran") != nil)
    #expect(fixture.messages(at: .info) == ["hook /bin/sh finished (exit status 0)"])
  }

  @Test("a hook that prints a megabyte is read to its end and logged up to 64 KiB, the rest counted")
  func megabyte() async throws {
    let fixture = try HookFixture()
    // 127 characters and a newline, 8,192 times: 1 MiB, of which the first 512 lines are kept.
    let line = String(repeating: "0123456789abcdef", count: 8).dropLast()
    let script = try fixture.script("loud", "yes '\(line)' | head -c 1048576\n")
    let sink = fixture.sink([fixture.hook(script)])
    sink.deliver([fixture.examples.overdue()])
    await sink.waitUntilIdle()

    #expect(fixture.output("stdout") == Array(repeating: String(line), count: 512))
    #expect(
      fixture.messages(at: .warning) == [
        "hook /bin/sh printed 1048576 bytes; the first 65536 were logged, 983040 dropped"
      ])
    #expect(fixture.messages(at: .info) == ["hook /bin/sh finished (exit status 0)"])
  }

  /// Run in `hook-probe`, a process of its own, since the peak memory of this one is shared with
  /// every suite running beside it.
  @Test("a hook printing 256 MiB leaves the daemon's memory as it was")
  func memoryBounded() throws {
    let probe = URL(
      fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
    ).deletingLastPathComponent().appendingPathComponent("hook-probe").path
    let outcome = try ChildProcess.run(probe, ["268435456"])
    let lines = outcome.standardOutput.split(separator: "\n")

    #expect(outcome.status == 0, "\(outcome.standardError)")
    #expect(
      lines.dropLast() == [
        "warning: hook /usr/bin/head printed 268435456 bytes; the first 65536 were logged, 268369920 dropped",
        "info: hook /usr/bin/head finished (exit status 0)",
      ])
    // Everything the run kept is 64 KiB; a capture without a bound would have held 256 MiB at
    // its peak.
    let grew = try #require(lines.last.flatMap { Int($0.dropFirst("grew ".count)) })
    #expect(grew < 64 * 1_024 * 1_024)
  }

  @Test("twenty hooks at once with a limit of four: four run at a time, all twenty run")
  func concurrencyLimit() async throws {
    let fixture = try HookFixture()
    let script = try fixture.script(
      "slow",
      """
      echo "start $$" >> "$1/events"
      # Ends once four runs have started (or after 20 s): the limit's first four then run
      # together however slowly a busy machine starts them, and a lower limit shows.
      i=0
      while [ "$(grep -c '^start' "$1/events")" -lt 4 ] && [ $i -lt 200 ]; do sleep 0.1; i=$((i + 1)); done
      echo "end $$" >> "$1/events"

      """)
    let sink = fixture.sink([fixture.hook(script + [fixture.directory])], maxConcurrent: 4)
    let notices = (0..<20).map { _ in fixture.examples.overdue() }
    sink.deliver(notices)
    await sink.waitUntilIdle()

    let events = try #require(fixture.file("events")).split(separator: "\n").map { $0.split(separator: " ") }
    var running = 0
    var most = 0
    for event in events {
      running += event[0] == "start" ? 1 : -1
      most = max(most, running)
    }
    #expect(events.filter { $0[0] == "start" }.count == 20)
    #expect(Set(events.filter { $0[0] == "end" }.map { $0[1] }).count == 20)
    #expect(most == 4)
    #expect(fixture.messages(at: .info).count == 20)
  }

  @Test(
    "a reload's hooks, limit and language apply to what follows; the sink wants only notices a hook is for")
  func reconfigured() async throws {
    let fixture = try HookFixture()
    let record = try fixture.script("record", "echo \"$2 $REPAY_STAGE\" >> \"$1/ran\"\n")
    let sink = fixture.sink([fixture.hook(record + [fixture.directory, "first"])])
    let (advance, overdue) = (fixture.examples.advance(), fixture.examples.overdue())
    #expect(sink.wants([overdue]) && sink.wants([advance, overdue]))
    #expect(!sink.wants([advance]))
    sink.deliver([overdue])
    await sink.waitUntilIdle()

    // In Chinese, hooks for the advance stage and for summaries; one run at a time, so that the
    // two runs below append in the order they were queued.
    sink.reconfigure(
      for: NoticeExamples.configuration(
        [fixture.hook(record + [fixture.directory, "second"], on: [.advance, .summary])], maxConcurrent: 1),
      language: .simplifiedChinese)
    let summary = fixture.examples.writer.summary(of: [overdue, overdue, overdue])
    #expect(sink.wants([advance]) && !sink.wants([overdue]))
    #expect(sink.wants([summary]))
    sink.deliver([advance])
    sink.deliver([summary])
    await sink.waitUntilIdle()

    #expect(fixture.file("ran") == "first overdue\nsecond advance\nsecond summary\n")
    #expect(
      fixture.messages(at: .info) == [
        "hook /bin/sh finished (exit status 0)", "钩子 /bin/sh 已完成（退出状态 0）", "钩子 /bin/sh 已完成（退出状态 0）",
      ])
  }

  @Test("a reload raising the limit starts waiting runs at once")
  func reconfiguredLimit() async throws {
    let fixture = try HookFixture()
    let script = try fixture.script(
      "slow",
      """
      echo "start $$" >> "$1/events"
      # Ends once all three runs have started (or after 20 s), so that only a limit left at one
      # keeps the first run alone, however slowly a busy machine starts them.
      i=0
      while [ "$(grep -c '^start' "$1/events")" -lt 3 ] && [ $i -lt 200 ]; do sleep 0.1; i=$((i + 1)); done
      echo "end $$" >> "$1/events"

      """)
    let hook = fixture.hook(script + [fixture.directory])
    let sink = fixture.sink([hook], maxConcurrent: 1)
    sink.deliver([fixture.examples.overdue(), fixture.examples.overdue(), fixture.examples.overdue()])
    sink.reconfigure(for: NoticeExamples.configuration([hook], maxConcurrent: 3), language: .english)
    await sink.waitUntilIdle()

    // All three started before the first ended.
    let events = try #require(fixture.file("events")).split(separator: "\n")
    #expect(events.prefix(3).allSatisfy { $0.hasPrefix("start ") }, "\(events)")
    #expect(events.count == 6)
  }

  @Test("hostile loan names, ids and arguments arrive as plain values and run nothing")
  func hostileValues() async throws {
    let fixture = try HookFixture()
    let canary = "\(fixture.directory)/canary"
    let hostile = [
      "; rm -rf ~", "$(touch \(canary))", "`touch \(canary)`", "'; touch \(canary); '",
      "\"; touch \(canary) #",
      "line one\nline two; touch \(canary)", "| touch \(canary) &",
    ].joined(separator: " ")
    let long = String(repeating: "长", count: 10_000)
    let loan = fixture.examples.loan(hostile, name: hostile + long)
    let notice = fixture.examples.overdue(loan)
    let script = try fixture.script(
      "record",
      """
      printf '%s' "$REPAY_LOAN" > "$1/loan"
      printf '%s' "$REPAY_MESSAGE" > "$1/message"
      printf '%s' "$2" > "$1/argument"

      """)
    let sink = fixture.sink([fixture.hook(script + [fixture.directory, hostile])])
    sink.deliver([notice])
    await sink.waitUntilIdle()

    #expect(fixture.file("loan") == hostile)
    #expect(fixture.file("message") == notice.message)
    #expect(notice.message.contains(hostile + long))
    #expect(fixture.file("argument") == hostile)
    #expect(!FileManager.default.fileExists(atPath: canary))
    #expect(FileManager.default.fileExists(atPath: "\(fixture.directory)/home"))
    #expect(fixture.messages(at: .info) == ["hook /bin/sh finished (exit status 0)"])
  }

  @Test(
    "through the queue: a catch-up beyond catch_up_fold runs the summary's hooks once, one of exactly it each notice's"
  )
  func catchUpFold() async throws {
    let fixture = try HookFixture()
    let script = try fixture.script("stage", "echo \"$REPAY_STAGE\" >> \"$1/stages\"\n")
    let sink = fixture.sink(
      [fixture.hook(script + [fixture.directory], on: [.overdue, .summary])], maxConcurrent: 2)
    let queue = DeliveryQueue(sinks: [sink], clock: { 0 })
    _ = queue.deliver(fixture.batch((0..<4).map { _ in fixture.examples.overdue() }, catchUpFold: 3))
    _ = queue.deliver(fixture.batch((0..<3).map { _ in fixture.examples.overdue() }, catchUpFold: 3))
    await sink.waitUntilIdle()

    #expect(
      fixture.file("stages")?.split(separator: "\n").sorted() == ["overdue", "overdue", "overdue", "summary"])
  }

  @Test(
    "through the queue: a sink whose hooks are for summaries only takes a folded catch-up, not one that is not"
  )
  func summaryHooksOnly() async throws {
    let fixture = try HookFixture()
    let script = try fixture.script("stage", "echo \"$REPAY_STAGE\" >> \"$1/stages\"\n")
    let sink = fixture.sink([fixture.hook(script + [fixture.directory], on: [.summary])])
    let queue = DeliveryQueue(sinks: [sink], clock: { 0 })
    let within = queue.deliver(fixture.batch((0..<3).map { _ in fixture.examples.overdue() }, catchUpFold: 3))
    let beyond = queue.deliver(fixture.batch((0..<4).map { _ in fixture.examples.overdue() }, catchUpFold: 3))
    await sink.waitUntilIdle()

    #expect(within.allSatisfy { $0.sinks.isEmpty && $0.failures.isEmpty })
    #expect(beyond.allSatisfy { $0.sinks == ["hooks"] })
    #expect(fixture.file("stages") == "summary\n")
  }
}
