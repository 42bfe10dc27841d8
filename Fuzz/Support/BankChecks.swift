@testable import CandorCore
import Foundation

/// Reads `data` as a question bank in `format` and checks what `BankImport` and `BankExport`
/// promise, whatever the bytes:
///
/// - the reader returns a result or throws `CandorError.invalidImport`, with a reason and, when it
///   names a line, a line that is in the file (any other error, or a trap, is a failure);
/// - a result holds at least one question or rejection, lines are in the file and in order, every
///   question has passed `QuestionDraft.validated()` (validating it again changes nothing) and every
///   rejection says why;
/// - what was read, exported in each of the three formats, is read back to the same drafts (CSV
///   has no column for `askEveryone` or `retired`; Markdown lists questions by category).
func checkBankImport(_ data: Data, format: BankFormat) {
    let lineCount = MarkdownBankReader.splitLines(String(decoding: data, as: UTF8.self)).count
    let parsed: ParsedImport
    do {
        parsed = try BankImport.parse(data, format: format)
    } catch let error as CandorError {
        guard case let .invalidImport(line, reason) = error else {
            require(false, "\(format): threw \(show(error)), not invalidImport")
            return
        }
        require(!reason.isEmpty, "\(format): an empty reason")
        if let line {
            require((1...lineCount).contains(line), "\(format): error on line \(line) of \(lineCount): \(reason)")
        }
        return
    } catch {
        require(false, "\(format): threw a foreign error \(show(error))")
        return
    }

    require(!parsed.questions.isEmpty || !parsed.rejections.isEmpty, "\(format): an empty result instead of an error")
    let lines = parsed.questions.map(\.line)
    let rejectedLines = parsed.rejections.map(\.line)
    // JSON numbers questions by their place in the list; the others by the line they start on.
    let lastPlace = format == .json ? Int.max : lineCount
    for line in lines + rejectedLines {
        require((1...lastPlace).contains(line), "\(format): line \(line) outside 1...\(lineCount)")
    }
    require(lines == lines.sorted() && rejectedLines == rejectedLines.sorted(), "\(format): lines out of order")
    require(Set(lines + rejectedLines).count == lines.count + rejectedLines.count, "\(format): two results on one line")
    for rejection in parsed.rejections {
        require(!rejection.reason.isEmpty, "\(format): a rejection without a reason on line \(rejection.line)")
    }
    for question in parsed.questions {
        let again = try? question.draft.validated()
        require(again == question.draft, "\(format): not validated, or validating twice differs: \(show(question.draft)) → \(show(again as Any))")
    }
    checkRoundTrip(parsed.questions, from: format)
}

/// Exports `imported` in every format and reads each file back.
func checkRoundTrip(_ imported: [ImportedQuestion], from source: BankFormat) {
    guard !imported.isEmpty else { return }
    let stamp = Date(timeIntervalSince1970: 1_800_000_000)
    var questions = imported.enumerated().map { index, item in
        let draft = item.draft
        return Question(
            id: UUID(uuidString: String(format: "00000000-0000-4000-8000-%012x", index))!, text: draft.text,
            category: draft.category, audiences: draft.audiences, contexts: draft.contexts, themes: draft.themes,
            minutes: draft.minutes, purpose: draft.purpose, retired: item.retired, askEveryone: draft.askEveryone,
            createdAt: stamp, updatedAt: stamp)
    }
    // Listed by category in order of first appearance, as the bank lists them and Markdown writes them.
    var categories: [String] = []
    for question in questions where !categories.contains(question.category) { categories.append(question.category) }
    questions = categories.flatMap { category in questions.filter { $0.category == category } }

    for format in BankFormat.allCases {
        let file = BankExport.render(questions, format: format)
        let reread: ParsedImport
        do {
            reread = try BankImport.parse(file, format: format)
        } catch {
            require(false, "\(source) → \(format): the export is refused: \(show(error))\n--- export ---\n\(String(decoding: file, as: UTF8.self).prefix(2_000))")
            return
        }
        require(reread.rejections.isEmpty, "\(source) → \(format): the export has rejections \(show(reread.rejections))")
        require(reread.questions.count == questions.count,
                "\(source) → \(format): \(questions.count) exported, \(reread.questions.count) read back\n--- export ---\n\(String(decoding: file, as: UTF8.self).prefix(2_000))")
        for (back, question) in zip(reread.questions, questions) {
            var expected = question.draft
            var retired = question.retired
            if format == .csv {
                expected.askEveryone = false
                retired = false
            }
            require(back.draft == expected && back.retired == retired,
                    "\(source) → \(format): \(show(question.draft)) retired \(question.retired) came back as \(show(back.draft)) retired \(back.retired)")
        }
    }
}
