import CandorCore
import Plot

/// A question's full form on its own page: every field, and any error with what was typed.
struct QuestionEditView {
    var question: Question?
    var input: QuestionFormInput
    var categories: [String]
    var error: String?
    /// Input name → why its value was refused (see `FormError`).
    var fieldErrors: [String: String] = [:]

    func page() -> Page {
        let heading = question == nil ? "Add a question" : "Edit question"
        return Page(title: heading, section: .questions, status: error == nil ? .ok : .unprocessableEntity, content: [
            H.h1(heading),
            question?.isClosing == true
                ? Blocks.info("Every interviewer is asked this closing question. Reword it as you like, keeping {company}.")
                : H.nothing,
            Blocks.errorAlert(error),
            H.div([.cls("card")], [
                QuestionFields.form(
                    action: question.map { SiteURL.question($0.id).path } ?? SiteURL.questions.path, input: input, back: input.backPath,
                    submit: question == nil ? "Add question" : "Save changes", categories: categories, errors: fieldErrors),
            ]),
            H.p([], [H.a("Back to your questions", href: input.backPath)]),
        ])
    }
}

/// What an import did, row by row where rows were refused.
struct ImportResultView {
    var fileName: String
    var report: ImportReport

    func page() -> Page {
        Page(title: "Import", section: .questions, content: [
            H.h1(report.dryRun ? "Import preview" : "Import done"),
            H.p("From \(fileName)", [.cls("muted")]),
            Blocks.info(report.summary),
            report.rejected.isEmpty ? H.nothing : H.group([
                H.h2("Rows not imported"),
                H.table(headers: ["Line", "Why"], rows: report.rejected.map { [H.text(String($0.line)), H.text($0.reason)] },
                        caption: "Rejected rows"),
            ]),
            H.p([], [H.a("Back to your questions", href: SiteURL.questions.path)]),
        ])
    }
}
