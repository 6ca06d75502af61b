/// One piece of a dossier below its title, in terms that both Markdown and HTML can write: the
/// dossier is composed once and written twice, so that the two say exactly the same.
public enum DossierBlock: Hashable, Sendable {
  /// A section's title.
  case heading(String)
  /// A paragraph of plain text.
  case paragraph(String)
  /// A table of plain text: the column titles, the rows (each as wide as the titles), and the
  /// columns that hold amounts or counts (aligned right, so that digits line up).
  case table(header: [String], rows: [[String]], numeric: Set<Int>)
}
