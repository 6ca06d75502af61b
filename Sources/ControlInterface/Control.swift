/// `io.repayd.Control`, repayd's control interface: as nested types, the records, calls and
/// replies it defines. Its definition, the `.varlink` file both sides are built from, is served
/// by `RepayControl`.
public enum Control {
  /// The interface's name.
  public static let name = "io.repayd.Control"
}
