/// The visible stand-ins Unicode gives the C0 controls and DEL (the Control Pictures block,
/// U+2400 to U+2421: "␛" for ESC, "␀" for NUL), for text written where a control character
/// must not go as it is: a terminal would act on it, and RFC 5545 forbids it in TEXT. A stand-in
/// shows that something was there, where dropping it would hide that.
public enum ControlPicture {
  /// The picture of `scalar` when it is a C0 control (U+0000 to U+001F) or DEL, else nil.
  public static func of(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    switch scalar.value {
    case 0x00...0x1F: Unicode.Scalar(0x2400 + scalar.value)
    case 0x7F: "\u{2421}"
    default: nil
    }
  }
}
