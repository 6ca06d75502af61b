import RepayCore

extension Notice {
  /// The `REPAY_*` variables of a hook run for this notice, mirroring its journal entry: each
  /// `REPAY_*` field as it is (those that apply to the stage only), `MESSAGE` as `REPAY_MESSAGE`,
  /// `PRIORITY` as `REPAY_PRIORITY` and `MESSAGE_ID` as `REPAY_MESSAGE_ID` (so that a script can
  /// tell the urgency and the kind without parsing text); `SYSLOG_IDENTIFIER` is always `repayd`
  /// and left out.
  var hookVariables: [(name: String, value: String)] {
    journalFields.compactMap { field in
      switch field.name {
      case "MESSAGE": ("REPAY_MESSAGE", field.value)
      case "PRIORITY": ("REPAY_PRIORITY", field.value)
      case "MESSAGE_ID": ("REPAY_MESSAGE_ID", field.value)
      case "SYSLOG_IDENTIFIER": nil
      default: field
      }
    }
  }
}
