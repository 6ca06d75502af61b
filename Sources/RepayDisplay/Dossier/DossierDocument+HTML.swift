extension DossierDocument {
  /// The dossier as one self-contained HTML file: no scripts, no fonts, images or style sheets
  /// fetched from anywhere, every text escaped. Its style prints on A4 with margins; tables
  /// take the page's width and wrap long words (a SHA-256, a reference) rather than overflow,
  /// their header repeats on each page, and a row is never split across two pages.
  public var html: String {
    var body = "<h1>\(Self.escaped(title))</h1>\n<p class=\"preamble\">\(Self.escaped(preamble))</p>\n"
    for block in blocks {
      switch block {
      case .heading(let text): body += "<h2>\(Self.escaped(text))</h2>\n"
      case .paragraph(let text): body += "<p>\(Self.escaped(text))</p>\n"
      case .table(let header, let rows, let numeric):
        func cells(_ row: [String], tag: String) -> String {
          row.enumerated().map { index, text in
            let style = numeric.contains(index) ? " class=\"num\"" : ""
            return "<\(tag)\(style)>\(Self.escaped(text))</\(tag)>"
          }.joined()
        }
        body += "<table>\n<thead><tr>\(cells(header, tag: "th"))</tr></thead>\n<tbody>\n"
        body += rows.map { "<tr>\(cells($0, tag: "td"))</tr>\n" }.joined()
        body += "</tbody>\n</table>\n"
      }
    }
    return """
      <!DOCTYPE html>
      <html lang="\(language.rawValue)">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(Self.escaped(title))</title>
      <style>
      \(Self.style)
      </style>
      </head>
      <body>
      \(body)</body>
      </html>

      """
  }

  /// The style sheet: sans-serif with the system's CJK faces, A4 pages with 15 mm margins.
  private static let style = """
    @page { size: A4; margin: 15mm 14mm; }
    html { font-family: "Noto Sans", "Noto Sans CJK SC", "DejaVu Sans", sans-serif; font-size: 10pt;
      color: #111; background: #fff; }
    body { margin: 0 auto; max-width: 182mm; padding: 12px; line-height: 1.35; }
    h1 { font-size: 16pt; margin: 0 0 4pt; }
    h2 { font-size: 12pt; margin: 14pt 0 4pt; border-bottom: 1px solid #888;
      break-after: avoid; page-break-after: avoid; }
    p { margin: 0 0 6pt; }
    .preamble { color: #444; }
    table { width: 100%; border-collapse: collapse; margin: 0 0 8pt; font-size: 9pt; }
    thead { display: table-header-group; }
    tr, th, td { break-inside: avoid; page-break-inside: avoid; }
    th, td { border: 1px solid #999; padding: 2pt 4pt; text-align: left; vertical-align: top;
      overflow-wrap: anywhere; word-break: break-word; }
    th { background: #eee; overflow-wrap: normal; word-break: normal; }
    .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    @media print { body { padding: 0; max-width: none; } th { background: #eee !important;
      print-color-adjust: exact; -webkit-print-color-adjust: exact; } }
    """

  /// `text` with HTML's five special characters written as entities, for text and attributes.
  private static func escaped(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }
}
