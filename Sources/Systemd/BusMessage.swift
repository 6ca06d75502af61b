#if canImport(Glibc)
  import Glibc
#endif

/// A D-Bus message of sd-bus's, held by one reference: a method call being written, or a reply
/// or signal being read. Use it on the queue of the `SessionBus` it came from.
final class BusMessage {
  /// libsystemd's `sd_bus_message *`.
  let handle: OpaquePointer

  /// An empty call of `interface.member` on `path` at `destination`.
  init(
    callTo destination: String, path: String, interface: String, member: String, on bus: SessionBus
  ) throws(SystemdCallError) {
    handle = try LibSystemd.messageNewMethodCall(
      bus.handle, destination: destination, path: path, interface: interface, member: member)
  }

  /// Takes over the reference `handle` that sd-bus handed out (a reply).
  init(taking handle: OpaquePointer) {
    self.handle = handle
  }

  /// Takes a reference of its own to `handle`, which sd-bus only lends (to a match's handler).
  init(lent handle: OpaquePointer) {
    self.handle = LibSystemd.messageReference(handle)
  }

  deinit {
    LibSystemd.messageRelease(handle)
  }

  /// Appends a string (`s`).
  func append(_ text: String) throws(SystemdCallError) {
    try LibSystemd.messageAppend(handle, string: text)
  }

  /// Appends an unsigned 32-bit integer (`u`).
  func append(_ value: UInt32) throws(SystemdCallError) {
    try LibSystemd.messageAppend(handle, "u", value)
  }

  /// Appends a signed 32-bit integer (`i`).
  func append(_ value: Int32) throws(SystemdCallError) {
    try LibSystemd.messageAppend(handle, "i", value)
  }

  /// Appends a byte (`y`).
  func append(_ value: UInt8) throws(SystemdCallError) {
    try LibSystemd.messageAppend(handle, "y", value)
  }

  /// Appends a container of `type` (`a`, `e`, `v`) holding `contents` (its signature), whose
  /// members `body` appends.
  func appendContainer(
    _ type: Unicode.Scalar, contents: String, _ body: () throws(SystemdCallError) -> Void
  ) throws(SystemdCallError) {
    try LibSystemd.messageOpenContainer(handle, type, contents: contents)
    try body()
    try LibSystemd.messageCloseContainer(handle)
  }

  /// Reads the next argument as a string; throws when it is of another type or missing.
  func readString() throws(SystemdCallError) -> String {
    guard let text = try LibSystemd.messageReadString(handle) else { throw Self.missing("s") }
    return text
  }

  /// Reads the next argument as an unsigned 32-bit integer; throws when it is of another type
  /// or missing.
  func readUInt32() throws(SystemdCallError) -> UInt32 {
    guard let value = try LibSystemd.messageRead(handle, "u", as: UInt32.self) else {
      throw Self.missing("u")
    }
    return value
  }

  /// Reads the next argument as an array of strings (`as`).
  func readStrings() throws(SystemdCallError) -> [String] {
    guard try LibSystemd.messageEnterContainer(handle, "a", contents: "s") else { throw Self.missing("as") }
    var strings: [String] = []
    while let text = try LibSystemd.messageReadString(handle) { strings.append(text) }
    try LibSystemd.messageExitContainer(handle)
    return strings
  }

  /// A message that ended before an argument of `signature`: sd-bus's `ENXIO` for a read past
  /// the end, naming what was expected.
  private static func missing(_ signature: String) -> SystemdCallError {
    SystemdCallError(
      call: "sd_bus_message_read_basic", errorNumber: ENXIO, detail: "no argument of type \(signature)")
  }
}
