import ArgumentParser
import CandorCore

/// The question fields `question add` and `question edit` share; each is applied only when given.
struct QuestionFieldOptions: ParsableArguments {
    @Option(help: ArgumentHelp("A category, such as role, team or engineering (default: general).", valueName: "name"))
    var category: String?

    @Option(help: ArgumentHelp("Who to ask (repeatable): \(Audience.helpValues).", valueName: "audience"))
    var audience: [String] = []

    @Option(help: ArgumentHelp("A kind of company it is written for (repeatable; none means every company): \(CompanyContext.helpValues).",
                               valueName: "context"))
    var context: [String] = []

    @Option(help: ArgumentHelp("A theme it is about (repeatable): \(Theme.helpValues).", valueName: "theme"))
    var theme: [String] = []

    @Option(help: ArgumentHelp("Minutes it takes to ask and answer, \(QuestionDraft.minutesRange.lowerBound)–\(QuestionDraft.minutesRange.upperBound).",
                               valueName: "n"))
    var minutes: Int?

    @Option(help: ArgumentHelp("What a good or a worrying answer tells you.", valueName: "text"))
    var purpose: String?

    /// Writes the options that were given into `draft`. A repeatable option that is given replaces
    /// that whole list; an empty `--category` or `--purpose` clears it.
    func apply(to draft: inout QuestionDraft) throws {
        if let category { draft.category = category }
        if !audience.isEmpty { draft.audiences = try Audience.parseAll(audience, field: "--audience") }
        if !context.isEmpty { draft.contexts = try CompanyContext.parseAll(context, field: "--context") }
        if !theme.isEmpty { draft.themes = try Theme.parseAll(theme, field: "--theme") }
        if let minutes { draft.minutes = minutes }
        if let purpose { draft.purpose = purpose }
    }

    /// Whether any field option was given.
    var isEmpty: Bool {
        category == nil && audience.isEmpty && context.isEmpty && theme.isEmpty && minutes == nil && purpose == nil
    }
}
