import RepayCore
import Testing

/// A locale variable's language and territory, from the first of a category's variables set.
struct LocaleNameTests {
  @Test(
    "language and territory of the forms people set",
    arguments: [
      ("zh_CN.UTF-8@euro", "zh", "CN"), ("en_US", "en", "US"), ("en-us", "en", "US"), ("C.UTF-8", "c", nil),
      ("POSIX", "posix", nil), ("zh-Hans", "zh", "HANS"), ("de_DE@euro", "de", "DE"),
    ] as [(String, String, String?)])
  func parts(name: String, language: String, territory: String?) throws {
    let locale = try #require(LocaleName(environment: ["LANG": name], variables: ["LANG"]))
    #expect(locale.language == language)
    #expect(locale.territory == territory)
  }

  @Test("the first variable set and non-empty decides; none set gives nil")
  func precedence() {
    let environment = ["LC_ALL": "", "LC_TIME": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8", "LANG": "de_DE"]
    #expect(LocaleName(environment: environment, variables: LocaleName.timeVariables)?.territory == "US")
    #expect(LocaleName(environment: environment, variables: LocaleName.messageVariables)?.language == "zh")
    #expect(LocaleName(environment: ["LC_ALL": ""], variables: LocaleName.timeVariables) == nil)
  }
}
