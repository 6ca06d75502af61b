import CSystemd

/// sd-bus through the gate: connections, method calls built with
/// `sd_bus_message_append_basic` and the container calls (Swift cannot call the variadic
/// `sd_bus_message_append` or `sd_bus_call_method`), replies read with
/// `sd_bus_message_read_basic`, signal matches, and the event-loop calls (`sd_bus_get_fd`,
/// `sd_bus_get_events`, `sd_bus_get_timeout`, `sd_bus_process`). Each failure becomes a
/// `SystemdCallError` naming the call, and for a method call its member.
///
/// The pointers are libsystemd's (`sd_bus *`, `sd_bus_message *`, `sd_bus_slot *`); the Swift
/// types that hold them (`SessionBus`, `BusMessage`, `BusMatch`) free them, and must be used from
/// one serial queue, since sd-bus objects are not thread-safe.
extension LibSystemd {
  /// `sd_bus_open_user(&bus)`: a connection to the session bus at `DBUS_SESSION_BUS_ADDRESS`,
  /// else at `$XDG_RUNTIME_DIR/bus`.
  @inline(never)
  static func busOpenUser() throws(SystemdCallError) -> OpaquePointer {
    var bus: OpaquePointer?
    try check("sd_bus_open_user", sd_bus_open_user(&bus))
    return bus!
  }

  /// `sd_bus_new`, `sd_bus_set_address`, `sd_bus_set_bus_client(1)`, `sd_bus_start`: a
  /// connection to the bus at the D-Bus `address` (`unix:path=...`), made as `sd_bus_open_user`
  /// makes one from `DBUS_SESSION_BUS_ADDRESS`.
  @inline(never)
  static func busOpen(address: String) throws(SystemdCallError) -> OpaquePointer {
    var created: OpaquePointer?
    try check("sd_bus_new", sd_bus_new(&created))
    let bus = created!
    do {
      try check("sd_bus_set_address", sd_bus_set_address(bus, address))
      try check("sd_bus_set_bus_client", sd_bus_set_bus_client(bus, 1))
      try check("sd_bus_start", sd_bus_start(bus))
    } catch {
      _ = sd_bus_unref(bus)
      throw error
    }
    return bus
  }

  /// `sd_bus_flush_close_unref(bus)`: writes what is queued, closes the connection and drops
  /// this reference (slots still held keep the object, closed, until they are dropped).
  @inline(never)
  static func busClose(_ bus: OpaquePointer) {
    _ = sd_bus_flush_close_unref(bus)
  }

  /// `sd_bus_is_open(bus)`: false once the connection was closed or lost.
  @inline(never)
  static func busIsOpen(_ bus: OpaquePointer) -> Bool {
    sd_bus_is_open(bus) > 0
  }

  /// `sd_bus_get_fd(bus)`: the descriptor to watch.
  @inline(never)
  static func busDescriptor(_ bus: OpaquePointer) throws(SystemdCallError) -> Int32 {
    try check("sd_bus_get_fd", sd_bus_get_fd(bus))
  }

  /// `sd_bus_get_events(bus)`: the `poll(2)` events to wait for (`POLLIN`, and `POLLOUT` while
  /// output is queued).
  @inline(never)
  static func busEvents(_ bus: OpaquePointer) throws(SystemdCallError) -> Int32 {
    try check("sd_bus_get_events", sd_bus_get_events(bus))
  }

  /// `sd_bus_get_timeout(bus, &usec)`: the CLOCK_MONOTONIC instant in microseconds by which
  /// `sd_bus_process` must run even if nothing arrives; `UInt64.max` when there is none.
  @inline(never)
  static func busTimeout(_ bus: OpaquePointer) throws(SystemdCallError) -> UInt64 {
    var microseconds: UInt64 = 0
    try check("sd_bus_get_timeout", sd_bus_get_timeout(bus, &microseconds))
    return microseconds
  }

  /// `sd_bus_process(bus, NULL)`: one step of work (a message read and dispatched to its match,
  /// output written); true when it did something and another step may have more to do.
  @inline(never)
  static func busProcess(_ bus: OpaquePointer) throws(SystemdCallError) -> Bool {
    try check("sd_bus_process", sd_bus_process(bus, nil)) > 0
  }

  /// `sd_bus_flush(bus)`: blocks until all queued output is written.
  @inline(never)
  static func busFlush(_ bus: OpaquePointer) throws(SystemdCallError) {
    try check("sd_bus_flush", sd_bus_flush(bus))
  }

  /// `sd_bus_message_new_method_call`: an empty call of `interface.member` on `path` at
  /// `destination`.
  @inline(never)
  static func messageNewMethodCall(
    _ bus: OpaquePointer, destination: String, path: String, interface: String, member: String
  ) throws(SystemdCallError) -> OpaquePointer {
    var message: OpaquePointer?
    try check(
      "sd_bus_message_new_method_call(\(member))",
      sd_bus_message_new_method_call(bus, &message, destination, path, interface, member))
    return message!
  }

  /// `sd_bus_message_ref(message)`: another reference, for a message libsystemd lends to a
  /// match's handler.
  @inline(never)
  static func messageReference(_ message: OpaquePointer) -> OpaquePointer {
    sd_bus_message_ref(message)
  }

  /// `sd_bus_message_unref(message)`.
  @inline(never)
  static func messageRelease(_ message: OpaquePointer) {
    _ = sd_bus_message_unref(message)
  }

  /// `sd_bus_message_append_basic(message, 's', text)`.
  @inline(never)
  static func messageAppend(_ message: OpaquePointer, string: String) throws(SystemdCallError) {
    let result = string.withCString { sd_bus_message_append_basic(message, typeCode("s"), $0) }
    try check("sd_bus_message_append_basic", result)
  }

  /// `sd_bus_message_append_basic(message, type, &value)` for a fixed-size `type` (`y`, `u`,
  /// `i`, ...) whose C type has `value`'s size.
  @inline(never)
  static func messageAppend<Value: FixedWidthInteger>(
    _ message: OpaquePointer, _ type: Unicode.Scalar, _ value: Value
  ) throws(SystemdCallError) {
    var value = value
    try check("sd_bus_message_append_basic", sd_bus_message_append_basic(message, typeCode(type), &value))
  }

  /// `sd_bus_message_open_container(message, type, contents)`: `a` with the element signature,
  /// `e` (a dict entry) or `r` with the members', `v` with the value's.
  @inline(never)
  static func messageOpenContainer(
    _ message: OpaquePointer, _ type: Unicode.Scalar, contents: String
  ) throws(SystemdCallError) {
    try check(
      "sd_bus_message_open_container", sd_bus_message_open_container(message, typeCode(type), contents))
  }

  /// `sd_bus_message_close_container(message)`.
  @inline(never)
  static func messageCloseContainer(_ message: OpaquePointer) throws(SystemdCallError) {
    try check("sd_bus_message_close_container", sd_bus_message_close_container(message))
  }

  /// `sd_bus_call(bus, message, usec, &error, &reply)`: sends the method call and waits for its
  /// reply, at most `timeoutMicroseconds`. A D-Bus error reply's name and message become the
  /// error's `detail`; the call is named with `member`.
  @inline(never)
  static func busCall(
    _ bus: OpaquePointer, _ message: OpaquePointer, member: String, timeoutMicroseconds: UInt64
  ) throws(SystemdCallError) -> OpaquePointer {
    var error = sd_bus_error()
    defer { sd_bus_error_free(&error) }
    var reply: OpaquePointer?
    let result = sd_bus_call(bus, message, timeoutMicroseconds, &error, &reply)
    guard result >= 0 else {
      let detail = error.name.map { name in
        String(cString: name) + (error.message.map { ": " + String(cString: $0) } ?? "")
      }
      throw SystemdCallError(call: "sd_bus_call(\(member))", errorNumber: -result, detail: detail)
    }
    return reply!
  }

  /// `sd_bus_message_read_basic(message, 's', &text)`: the next string, or nil at the end of the
  /// enclosing container.
  @inline(never)
  static func messageReadString(_ message: OpaquePointer) throws(SystemdCallError) -> String? {
    var text: UnsafePointer<CChar>?
    let read = try check(
      "sd_bus_message_read_basic", sd_bus_message_read_basic(message, typeCode("s"), &text))
    return read > 0 ? String(cString: text!) : nil
  }

  /// `sd_bus_message_read_basic(message, type, &value)` for a fixed-size `type` whose C type has
  /// `Value`'s size: the next value, or nil at the end of the enclosing container.
  @inline(never)
  static func messageRead<Value: FixedWidthInteger>(
    _ message: OpaquePointer, _ type: Unicode.Scalar, as _: Value.Type
  ) throws(SystemdCallError) -> Value? {
    var value = Value.zero
    let read = try check(
      "sd_bus_message_read_basic", sd_bus_message_read_basic(message, typeCode(type), &value))
    return read > 0 ? value : nil
  }

  /// `sd_bus_message_enter_container(message, type, contents)`: false at the end of the
  /// enclosing container.
  @inline(never)
  static func messageEnterContainer(
    _ message: OpaquePointer, _ type: Unicode.Scalar, contents: String
  ) throws(SystemdCallError) -> Bool {
    try check(
      "sd_bus_message_enter_container", sd_bus_message_enter_container(message, typeCode(type), contents)) > 0
  }

  /// `sd_bus_message_exit_container(message)`.
  @inline(never)
  static func messageExitContainer(_ message: OpaquePointer) throws(SystemdCallError) {
    try check("sd_bus_message_exit_container", sd_bus_message_exit_container(message))
  }

  /// `sd_bus_match_signal(bus, &slot, sender, path, interface, member, ...)`: calls `handler`
  /// with each signal that matches (nil matches anything), from within `sd_bus_process` or
  /// `sd_bus_call`, until the returned slot is released. Adding the match waits for the bus's
  /// reply, so a signal sent after this returns is not missed. The caller keeps `match` alive
  /// as long as the slot.
  @inline(never)
  static func busMatchSignal(
    _ bus: OpaquePointer, sender: String?, path: String?, interface: String?, member: String?,
    match: BusMatch
  ) throws(SystemdCallError) -> OpaquePointer {
    var slot: OpaquePointer?
    try check(
      "sd_bus_match_signal(\(member ?? "*"))",
      sd_bus_match_signal(
        bus, &slot, sender, path, interface, member, dispatchToMatch,
        Unmanaged.passUnretained(match).toOpaque()))
    return slot!
  }

  /// `sd_bus_add_match(bus, &slot, rule, ...)`: as `busMatchSignal`, for a match rule in the
  /// bus's syntax, which can also test arguments (`arg0='...'`).
  @inline(never)
  static func busAddMatch(
    _ bus: OpaquePointer, rule: String, match: BusMatch
  ) throws(SystemdCallError) -> OpaquePointer {
    var slot: OpaquePointer?
    try check(
      "sd_bus_add_match(\(rule))",
      sd_bus_add_match(bus, &slot, rule, dispatchToMatch, Unmanaged.passUnretained(match).toOpaque()))
    return slot!
  }

  /// `sd_bus_slot_unref(slot)`: ends a match.
  @inline(never)
  static func slotRelease(_ slot: OpaquePointer) {
    _ = sd_bus_slot_unref(slot)
  }

  /// The C callback of every match: hands the message to the `BusMatch` that is its user data.
  /// Returns 0, so that other matches of the same message run too.
  private static let dispatchToMatch: sd_bus_message_handler_t = { message, userdata, _ in
    guard let message, let userdata else { return 0 }
    Unmanaged<BusMatch>.fromOpaque(userdata).takeUnretainedValue().receive(message)
    return 0
  }

  /// A D-Bus type code (`s`, `u`, `a`, ...) as C's `char`.
  private static func typeCode(_ code: Unicode.Scalar) -> CChar {
    CChar(bitPattern: UInt8(code.value))
  }
}
