import ArgumentParser
import CandorCore

/// The company fields `company add` and `company edit` share; each is applied only when given.
struct CompanyFieldOptions: ParsableArguments {
    @Option(help: "Company website (http:// or https://).")
    var website: String?

    @Option(help: "Number of employees.")
    var headcount: Int?

    @Option(help: "Stage: \(CompanyStage.helpValues).")
    var stage: String?

    @Option(help: "Ownership: \(Ownership.helpValues).")
    var ownership: String?

    @Option(help: "Funding: \(Funding.helpValues).")
    var funding: String?

    @Option(help: "Kind of organisation: \(CompanyKind.helpValues).")
    var kind: String?

    @Option(help: ArgumentHelp("The role you are applying for.", valueName: "title"))
    var role: String?

    @Option(help: ArgumentHelp("Address of the job posting.", valueName: "url"))
    var postingURL: String?

    @Option(help: ArgumentHelp("A text file holding the job posting.", valueName: "file"))
    var postingFile: String?

    @Option(help: ArgumentHelp("A theme you worry about here (repeatable): \(Theme.helpValues).", valueName: "theme"))
    var concern: [String] = []

    @Option(help: ArgumentHelp("Your worries in your own words.", valueName: "text"))
    var concernNotes: String?

    @Option(help: ArgumentHelp("Anything else worth remembering.", valueName: "text"))
    var notes: String?

    @Option(help: "Pipeline status: \(PipelineStatus.helpValues).")
    var status: String?

    /// A posting is a page or two; anything much larger is the wrong file.
    static let maxPostingBytes = 1_048_576

    /// Writes the options that were given into `draft`; an empty text value clears that field.
    func apply(to draft: inout CompanyDraft) throws {
        if let website { draft.website = website }
        if let headcount { draft.headcount = headcount }
        if let stage { draft.stage = try CompanyStage.parseOptional(stage, field: "--stage") }
        if let ownership { draft.ownership = try Ownership.parseOptional(ownership, field: "--ownership") }
        if let funding { draft.funding = try Funding.parseOptional(funding, field: "--funding") }
        if let kind { draft.kind = try CompanyKind.parseOptional(kind, field: "--kind") }
        if let role { draft.roleTitle = role }
        if let postingURL { draft.postingURL = postingURL }
        if let postingFile {
            draft.postingText = try FileInput.text(at: postingFile, option: "--posting-file", maxBytes: Self.maxPostingBytes)
        }
        draft.concerns += try Theme.parseAll(concern, field: "--concern")
        if let concernNotes { draft.concernNotes = concernNotes }
        if let notes { draft.notes = notes }
    }

    func parsedStatus() throws -> PipelineStatus? {
        try PipelineStatus.parseOptional(status, field: "--status")
    }
}
