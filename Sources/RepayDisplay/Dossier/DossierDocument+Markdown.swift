extension DossierDocument {
  /// The dossier in GitHub-flavoured Markdown: a level-1 title, level-2 sections, and each
  /// table a GFM table (amount columns aligned right). Every text is escaped, so that what a
  /// person typed into a note (`|`, `*`, `<`, a line break) cannot change the document's form.
  public var markdown: String {
    var lines = ["# " + Self.markdownText(title), "", Self.markdownText(preamble)]
    for block in blocks {
      lines.append("")
      switch block {
      case .heading(let text): lines.append("## " + Self.markdownText(text))
      case .paragraph(let text): lines.append(Self.markdownText(text))
      case .table(let header, let rows, let numeric):
        lines.append(Self.markdownRow(header))
        lines.append(
          Self.markdownRow(header.indices.map { numeric.contains($0) ? "---:" : "---" }, escaped: false))
        lines += rows.map { Self.markdownRow($0) }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// One table row, `| a | b |`.
  private static func markdownRow(_ cells: [String], escaped: Bool = true) -> String {
    "| " + cells.map { escaped ? markdownText($0) : $0 }.joined(separator: " | ") + " |"
  }

  /// `text` on one line with Markdown's inline punctuation escaped by a backslash (a line break
  /// becomes a space: a table row or a paragraph here is one line).
  private static func markdownText(_ text: String) -> String {
    var escaped = ""
    for character in text {
      switch character {
      case "\n", "\r", "\r\n": escaped.append(" ")
      case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "!":
        escaped.append("\\")
        escaped.append(character)
      default: escaped.append(character)
      }
    }
    return escaped
  }
}
