/// The baseline's plain structs: a loan as `JSONDecoder` fills it, with no checking beyond the
/// types.
struct DecodedLoan: Decodable {
  struct Contact: Decodable {
    var phone: String?
    var url: String?
    var email: String?
    var app: String?
  }

  struct Due: Decodable {
    var day: Int?
    var calendar: String?
    var dates: [String]?
  }

  struct Penalty: Decodable {
    var dailyRate: String
    var fee: String

    enum CodingKeys: String, CodingKey {
      case dailyRate = "daily_rate"
      case fee
    }
  }

  var id: String
  var name: String
  var platform: String
  var contact: Contact
  var amount: String
  var currency: String
  var due: Due
  var firstDue: String?
  var businessDay: String
  var graceDays: Int
  var penalty: Penalty

  // Explicit keys rather than a key-decoding strategy, which would slow the baseline down.
  enum CodingKeys: String, CodingKey {
    case id, name, platform, contact, amount, currency, due, penalty
    case firstDue = "first_due"
    case businessDay = "business_day"
    case graceDays = "grace_days"
  }
}
