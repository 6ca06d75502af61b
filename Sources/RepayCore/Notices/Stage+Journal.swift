extension Stage {
  /// The journal's `MESSAGE_ID` for notices of this stage, fixed by the design brief so that
  /// `journalctl MESSAGE_ID=…` finds them whatever the language.
  public var messageID: String {
    switch self {
    case .advance: "782879cde8764a17a59bdbaefa591b1d"
    case .due: "37e12212f21541d2a95713d1ceeffd48"
    case .overdue: "b765eeec1f8447b2b880ee0effb7a48d"
    case .settled: "9b56d4020eee4794b174cacd19902166"
    case .summary: "cf677ca140c24c04b2255fdd541c0ae8"
    case .reminder: "fc5c5594077c4813beb6acffe4c3c94f"
    }
  }
}
