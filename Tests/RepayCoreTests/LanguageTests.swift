import RepayCore
import Testing

struct LanguageTests {
  @Test(
    "the locale variables choose the language, LC_ALL over LC_MESSAGES over LANG",
    arguments: [
      ([:], Language.english),
      (["LANG": "zh_CN.UTF-8"], .simplifiedChinese),
      (["LANG": "zh_SG"], .simplifiedChinese),
      (["LANG": "zh"], .simplifiedChinese),
      (["LANG": "en_US.UTF-8"], .english),
      (["LANG": "C"], .english),
      (["LANG": "POSIX"], .english),
      (["LANG": "zh_CN.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"], .english),
      (["LANG": "en_US.UTF-8", "LC_ALL": "zh_CN.UTF-8"], .simplifiedChinese),
      (["LANG": "zh_CN.UTF-8", "LC_ALL": ""], .simplifiedChinese),
      (["LANG": "zhx_XX"], .english),
    ] as [([String: String], Language)])
  func fromEnvironment(_ environment: [String: String], _ expected: Language) {
    #expect(Language(localeEnvironment: environment) == expected)
  }

  @Test(
    "the language in force is the configuration's locale when it names one, else the process locale's",
    arguments: [
      (nil, Language.english, Language.english), (nil, .simplifiedChinese, .simplifiedChinese),
      (.english, .simplifiedChinese, .english), (.simplifiedChinese, .english, .simplifiedChinese),
    ] as [(Language?, Language, Language)])
  func inForce(_ configured: Language?, _ locale: Language, _ expected: Language) {
    let configuration = Configuration(
      zone: .utc, language: configured, quietHours: nil, holidays: HolidayCalendar(), allowedUIDs: [],
      hooksMaxConcurrent: 1, maxConnections: 1, catchUpFold: 3, hooks: [], loans: [], reminders: [])
    #expect(configuration.languageInForce(locale: locale) == expected)
  }

  @Test("the identifiers are the ones configuration files use")
  func identifiers() {
    #expect(Language.allCases.map(\.rawValue) == ["en", "zh-Hans"])
  }
}
