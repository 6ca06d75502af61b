/// The keys one kind of configuration table may hold: one case per key, in the order the
/// reference (docs/config.md) lists them, each case's raw value its place in that order (the
/// implicit 0, 1, 2, …).
///
/// Typed keys let `TableFields` find every key of a table in one pass over its entries and then
/// answer each accessor by the key's place, without comparing names again; a misspelt key in
/// the reader's own code does not compile.
protocol TableKey: RawRepresentable<Int>, CaseIterable, Equatable where AllCases == [Self] {
  /// The key as written in a file.
  var name: String { get }
}
