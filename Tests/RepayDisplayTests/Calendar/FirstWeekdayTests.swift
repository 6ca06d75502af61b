import RepayDisplay
import Testing

/// Weeks begin on Monday, and on Sunday under an `en_US` locale of dates, read from `LC_ALL`,
/// `LC_TIME` and `LANG` in that order.
struct FirstWeekdayTests {
  @Test(
    "the locale of dates decides: en_US gives Sunday, anything else Monday",
    arguments: [
      (["LANG": "en_US.UTF-8"], FirstWeekday.sunday),
      (["LANG": "en_US"], .sunday),
      (["LANG": "en-US"], .sunday),
      (["LANG": "en_GB.UTF-8"], .monday),
      (["LANG": "zh_CN.UTF-8"], .monday),
      (["LANG": "C.UTF-8"], .monday),
      (["LANG": "es_US.UTF-8"], .monday),
      ([:], .monday),
      (["LANG": "zh_CN.UTF-8", "LC_TIME": "en_US.UTF-8"], .sunday),
      (["LANG": "en_US.UTF-8", "LC_TIME": "de_DE.UTF-8"], .monday),
      (["LC_TIME": "en_US.UTF-8", "LC_ALL": "zh_CN.UTF-8"], .monday),
      (["LANG": "en_US.UTF-8", "LC_ALL": ""], .sunday),
      // The locale of messages does not choose the first weekday.
      (["LANG": "C", "LC_MESSAGES": "en_US.UTF-8"], .monday),
    ])
  func locale(environment: [String: String], expected: FirstWeekday) {
    #expect(FirstWeekday(localeEnvironment: environment) == expected)
  }
}
