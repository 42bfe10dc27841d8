import ArgumentParser
import CandorCore
import CandorStore

extension QuestionCommand {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the questions in your bank, filtered or searched.",
            discussion: """
                --audience also lists questions meant for anyone; --context lists only questions written \
                for that kind of company. --search ignores case and accents and matches word forms \
                ("deploy" finds "deployments"); results come best match first.
                """)

        @OptionGroup var database: DatabaseOptions

        @Option(help: ArgumentHelp("Only this category (role, team, engineering, …).", valueName: "name"))
        var category: String?

        @Option(help: ArgumentHelp("Only questions suited to this interviewer: \(Audience.helpValues).", valueName: "audience"))
        var audience: String?

        @Option(help: ArgumentHelp("Only questions written for this kind of company: \(CompanyContext.helpValues).", valueName: "context"))
        var context: String?

        @Option(help: ArgumentHelp("Only questions about this theme: \(Theme.helpValues).", valueName: "theme"))
        var theme: String?

        @Option(help: ArgumentHelp("Only Candor's starter questions or your own: \(QuestionOrigin.helpValues).", valueName: "origin"))
        var origin: String?

        @Option(help: ArgumentHelp("Words to look for in the text and purpose.", valueName: "text"))
        var search: String?

        @Flag(help: "List retired questions too.")
        var includeRetired = false

        @Flag(help: "Print JSON instead of a table.")
        var json = false

        func run() async throws {
            let filter = QuestionFilter(
                category: category,
                audience: try audience.map { try Audience.parse($0, field: "--audience") },
                context: try context.map { try CompanyContext.parse($0, field: "--context") },
                theme: try theme.map { try Theme.parse($0, field: "--theme") },
                origin: try origin.map { try QuestionOrigin.parse($0, field: "--origin") },
                search: search,
                includeRetired: includeRetired)
            let questions = filter.apply(to: try await database.withStore { store in
                try await store.questions(includeRetired: true)
            })
            if json { return try Output.json(questions) }
            guard !questions.isEmpty else {
                print(filter == QuestionFilter(includeRetired: includeRetired)
                    ? "No questions yet. Add one with `candor question add TEXT`."
                    : "No questions match.")
                return
            }
            let searching = search.trimmedOrNil != nil
            QuestionTable.print(questions)
            print("\(questions.count) question\(questions.count == 1 ? "" : "s")\(searching ? ", best match first" : "")")
        }
    }
}

/// The question table of `candor question list`, kept to about 100 columns.
enum QuestionTable {
    /// The width a row aims for; the text is cut to fit it.
    static let targetWidth = 100
    /// The text gets at least this many columns, so it stays readable, when the other columns are wide…
    static let minimumTextWidth = 40
    /// …as long as rows still fit a 120-column terminal.
    static let maximumWidth = 118
    static let categoryWidth = 12
    static let listWidth = 16

    static func print(_ questions: [Question]) {
        let header = ["ID", "CATEGORY", "MIN", "FOR", "THEMES", "ORIGIN", "TEXT"]
        let cells = questions.map { question in
            [question.id.short,
             truncated(question.category, to: categoryWidth),
             String(question.minutes),
             list(question.audiences.map(\.rawValue), width: listWidth),
             list(question.themes.map(\.rawValue), width: listWidth),
             origin(question)]
        }
        // Every column but the text is as wide as its widest cell; the text gets what is left.
        var used = 0
        for column in header.indices.dropLast() {
            used += ([header[column]] + cells.map { $0[column] }).map(\.count).max() ?? 0
        }
        used += 2 * (header.count - 1)
        let textWidth = max(targetWidth - used, min(minimumTextWidth, maximumWidth - used), 20)
        Output.table(header, zip(cells, questions).map { row, question in row + [truncated(question.text, to: textWidth)] })
    }

    /// `starter`, `starter*` once you edited it, or `own`; `retired` added for retired ones.
    static func origin(_ question: Question) -> String {
        let origin = question.origin == .starter && question.edited ? "starter*" : question.origin.rawValue
        return question.retired ? "\(origin) retired" : origin
    }

    /// Ids joined with commas; those that do not fit become a count, e.g. `engineer+1`.
    static func list(_ items: [String], width: Int) -> String {
        let all = items.joined(separator: ",")
        guard all.count > width else { return all }
        for kept in stride(from: items.count - 1, through: 1, by: -1) {
            let shown = items.prefix(kept).joined(separator: ",") + "+\(items.count - kept)"
            if shown.count <= width { return shown }
        }
        return truncated(all, to: width)
    }

    /// `text` on one line, cut to `width` characters with an ellipsis when longer; at the end of a
    /// word when one ends near the cut.
    static func truncated(_ text: String, to width: Int) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard line.count > width else { return line }
        var cut = String(line.prefix(width))
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) >= width * 3 / 4 {
            cut = String(cut[..<space])
        } else {
            cut.removeLast()
        }
        while let last = cut.last, last.isWhitespace || last.isPunctuation { cut.removeLast() }
        return cut + "…"
    }
}
