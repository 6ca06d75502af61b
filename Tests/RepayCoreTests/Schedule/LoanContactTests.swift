import Foundation
import RepayCore
import Testing

/// A loan's contact keeps each of its four fields as given, whatever the text (empty, with the
/// characters of its packed form, non-ASCII, long), and codes to JSON with the present fields
/// only, by name.
struct LoanContactTests {
  @Test("every field comes back as given: absent, empty, with '-' and ':' and digits, non-ASCII, long")
  func fields() {
    let long = String(repeating: "https://example.com/help/", count: 8)
    let values: [String?] = [nil, "", "95188", "-", "12:3-", "支付宝 App", long]
    for phone in values {
      for url in values {
        var contact = LoanContact(phone: phone, url: url, email: url, app: phone)
        #expect(contact.phone == phone && contact.url == url && contact.email == url && contact.app == phone)
        contact.email = "help@example.com"
        contact.phone = nil
        #expect(contact.phone == nil && contact.url == url && contact.email == "help@example.com")
        #expect(contact.app == phone)
      }
    }
    #expect(LoanContact(phone: "1") != LoanContact(app: "1"))
    #expect(LoanContact(phone: "") != LoanContact())
    #expect(LoanContact(phone: "95188") == LoanContact(phone: "95188"))
  }

  @Test("JSON: the present fields by name, the absent ones left out; decoded back equal")
  func json() throws {
    let contact = LoanContact(phone: "95188", app: "支付宝")
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let data = try encoder.encode(contact)
    #expect(String(decoding: data, as: UTF8.self) == #"{"app":"支付宝","phone":"95188"}"#)
    #expect(try JSONDecoder().decode(LoanContact.self, from: data) == contact)
    #expect(try JSONDecoder().decode(LoanContact.self, from: Data("{}".utf8)) == LoanContact())
  }
}
