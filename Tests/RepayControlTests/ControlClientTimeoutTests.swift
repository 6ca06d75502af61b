import ControlInterface
import Foundation
import RepayControl
import RepayTestSupport
import Testing

/// The client's wait for a reply: bounded by its timeout, and never shorter.
@Suite struct ControlClientTimeoutTests {
  @Test(arguments: [Duration.milliseconds(300), .milliseconds(1_500)])
  func aServerThatNeverAnswersTimesOutAtTheTimeout(_ timeout: Duration) throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "repay-timeout-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("silent.sock").path
    // A socket that takes connections (the kernel's backlog) and never reads or answers.
    let listener = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    try #require(listener >= 0)
    defer { close(listener) }
    try #require(UnixSocketAddress.with(path, { bind(listener, $0, $1) }) == 0 && listen(listener, 4) == 0)

    let client = try ControlClient(address: ControlAddress(path: path), timeout: timeout)
    let start = ContinuousClock.now
    let outcome = Result { () throws(ControlClientError) in try client.call(Control.GetStatusRequest()) }
    let waited = ContinuousClock.now - start
    guard case .failure(.timedOut) = outcome else {
      Issue.record("expected timedOut, got \(outcome)")
      return
    }
    // Not before the timeout (the upper bound is the machine's, not the client's).
    #expect(waited >= timeout, "\(waited)")
  }
}
