import RepayControl
import RepayCore
import RepayStore
import Testing

@testable import RepayDaemon

/// Every method reaches the store through `ControlDesk.stored`, which makes a store failure the
/// error `StoreFailed` with the store's message, naming the file, in the desk's language.
struct ControlDeskStoreFailureTests {
  @Test(
    "a store failure becomes StoreFailed in the desk's language",
    arguments: [Language.english, .simplifiedChinese])
  func storeFailed(language: Language) throws {
    try withDesk { fixture in
      let failure = StoreError(path: "/state/state.sqlite", problem: .locked(timeoutMilliseconds: 300))
      let error = controlError { () throws(ControlError) in
        try fixture.desk(language: language).stored { () throws(StoreError) in throw failure }
      }
      #expect(error == .storeFailed(message: failure.message(in: language)))
      #expect(failure.message(in: language).contains("/state/state.sqlite"))
    }
  }
}
