import ArgumentParser
import ControlInterface
import Foundation
import RepayConfig
import RepayCore
import RepayDisplay
import RepayStore

/// Writes the folder of `repayctl dossier --bundle DIR`: the dossier in its three forms, a copy
/// of each attached file read from the daemon's kept copy, and `SHA256SUMS` over all of them.
///
/// Everything is read and checked before the first file is written, so that a failure (a kept
/// copy gone, or changed since its digest was recorded) leaves no half-made bundle; and a folder
/// that already holds something is refused, so that nobody's files are replaced unasked.
struct DossierBundleWriter {
  /// The folder, new or empty.
  let folder: String
  /// The daemon's reply.
  let reply: Control.GetDossierReply
  /// The reply's parameters as the daemon wrote them.
  let json: String
  /// How the documents are written.
  let display: Display

  /// Writes the bundle and says what it holds; reports a failure on standard error and throws
  /// `ExitCode(1)`.
  func write() throws {
    try refuseUsedFolder()
    let document = DossierDocument(reply, display: display)
    var files: [(path: String, bytes: [UInt8])] = [
      (DossierBundle.markdown, Array(document.markdown.utf8)),
      (DossierBundle.html, Array(document.html.utf8)),
      (DossierBundle.json, Array((json + "\n").utf8)),
    ]
    let names = DossierBundle.attachmentNames(reply.attachments.map(\.name))
    for (attachment, name) in zip(reply.attachments, names) {
      files.append((DossierBundle.attachments + "/" + name, try keptCopy(of: attachment)))
    }
    try OutputFile.makeFolder(folder)
    if !names.isEmpty { try OutputFile.makeFolder(folder + "/" + DossierBundle.attachments) }
    for file in files { try OutputFile.save(file.bytes, to: folder + "/" + file.path) }
    try OutputFile.save(
      Array(DossierBundle.checksumLines(files).utf8), to: folder + "/" + DossierBundle.checksums)
    StandardOutput.show(
      display.text(
        en: "Wrote the dossier of \(reply.loan.loan.id) to \(folder): 3 documents, \(names.count) attached "
          + "files, SHA256SUMS (check with: cd \(folder) && sha256sum -c SHA256SUMS).",
        zh: "已将 \(reply.loan.loan.id) 的档案写入 \(folder)：3 份文档、\(names.count) 个附件和 SHA256SUMS"
          + "（校验：cd \(folder) && sha256sum -c SHA256SUMS）。"))
  }

  /// Refuses a folder that exists and holds anything, or a path that is not a folder.
  private func refuseUsedFolder() throws {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else { return }
    guard isFolder.boolValue else {
      throw failure(
        en: "\(folder) exists and is not a folder; give a new or empty folder to --bundle.",
        zh: "\(folder) 已存在且不是目录；请为 --bundle 指定一个不存在或空的目录。")
    }
    let contents = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    guard contents.isEmpty else {
      throw failure(
        en: "\(folder) is not empty; nothing was written. Give a new or empty folder to --bundle.",
        zh: "\(folder) 不是空目录，未写入任何内容。请为 --bundle 指定一个不存在或空的目录。")
    }
  }

  /// The bytes of the daemon's copy of `attachment`, after checking them against the digest
  /// recorded when it was kept.
  private func keptCopy(of attachment: Control.Attachment) throws -> [UInt8] {
    guard let path = attachment.path else {
      throw failure(
        en: "the daemon did not say where it keeps \(attachment.name).",
        zh: "守护进程没有给出 \(attachment.name) 的保存位置。")
    }
    let bytes: [UInt8]
    do {
      // A kept attachment may be as large as the daemon accepts one, above a text file's limit.
      bytes = try SourceFile.read(path, limit: Int(AttachmentVault.limit))
    } catch {
      throw failure(
        en: "\(attachment.name) (\(path)): \(error.message(in: .english))",
        zh: "\(attachment.name)（\(path)）：\(error.message(in: .simplifiedChinese))")
    }
    guard SHA256.hex(of: bytes) == attachment.sha256 else {
      throw failure(
        en: "the kept copy of \(attachment.name) (\(path)) no longer has the SHA-256 recorded for it; "
          + "nothing was written.",
        zh: "\(attachment.name) 的保存副本（\(path)）与记录的 SHA-256 不再一致，未写入任何内容。")
    }
    return bytes
  }

  /// Reports `en` or `zh` as an error and returns exit status 1.
  private func failure(en: String, zh: String) -> ExitCode {
    Invocation.printError(display.text(en: "error: " + en, zh: "错误：" + zh))
    return ExitCode(ExitStatus.failure)
  }
}
