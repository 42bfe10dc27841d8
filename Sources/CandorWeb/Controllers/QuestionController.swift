import CandorCore
import Foundation
import Vapor

enum QuestionController {
    @Sendable static func bank(req: Request) async throws -> Page {
        let query = try req.query.decode(BankQuery.self)
        let notice = query.notice.flatMap(Notice.init(rawValue:))?.text
        return QuestionBankView(model: try await QuestionBankModel.load(from: req.store, query: query, notice: notice)).page()
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let input = try req.content.decode(QuestionFormInput.self)
        do {
            let question = try await req.store.addQuestion(try input.draft())
            return req.seeOther(SiteURL.adding(.questionAdded, to: input.backPath, anchor: "q-\(question.id)"))
        } catch {
            guard let refused = QuestionFormInput.labels.refusal(error) else { throw error }
            return try await QuestionEditView(
                question: nil, input: input, categories: try await categories(req), error: refused.summary, fieldErrors: refused.fields
            ).page().encodeResponse(for: req)
        }
    }

    @Sendable static func edit(req: Request) async throws -> Page {
        let question = try await req.store.question(id: try req.uuid("id"))
        var input = QuestionFormInput(question: question)
        input.back = SiteURL.questions.anchor("q-\(question.id)")
        return QuestionEditView(question: question, input: input, categories: try await categories(req), error: nil).page()
    }

    @Sendable static func update(req: Request) async throws -> Response {
        let question = try await req.store.question(id: try req.uuid("id"))
        let input = try req.content.decode(QuestionFormInput.self)
        do {
            try await req.store.updateQuestion(id: question.id, try input.draft(keeping: question))
            return req.seeOther(SiteURL.adding(.questionSaved, to: input.backPath, anchor: "q-\(question.id)"))
        } catch {
            guard let refused = QuestionFormInput.labels.refusal(error) else { throw error }
            // An inline edit comes back as the full form, with what was typed and the reason at its field.
            var full = QuestionFormInput(question: question)
            full.text = input.text
            full.category = input.category
            full.minutes = input.minutes
            full.purpose = input.purpose
            if !input.isInline {
                full.audiences = input.audiences
                full.contexts = input.contexts
                full.themes = input.themes
                full.askEveryone = input.askEveryone
            }
            full.back = input.backPath
            return try await QuestionEditView(
                question: question, input: full, categories: try await categories(req), error: refused.summary, fieldErrors: refused.fields
            ).page().encodeResponse(for: req)
        }
    }

    @Sendable static func retire(req: Request) async throws -> Response {
        try await setRetired(req, true)
    }

    @Sendable static func restore(req: Request) async throws -> Response {
        try await setRetired(req, false)
    }

    @Sendable static func confirmDelete(req: Request) async throws -> Page {
        let question = try await req.store.question(id: try req.uuid("id"))
        return ConfirmView(
            heading: "Delete this question?",
            warning: "“\(question.text)” will be removed from your bank."
                + (question.origin == .starter ? " Candor will not bring it back when it updates its starter questions." : ""),
            confirmLabel: "Delete", action: SiteURL.deleteQuestion(question.id).path,
            cancel: SiteURL.questions.anchor("q-\(question.id)"), section: .questions
        ).page()
    }

    @Sendable static func delete(req: Request) async throws -> Response {
        try await req.store.deleteQuestion(id: try req.uuid("id"))
        return req.seeOther(SiteURL.questions.with(notice: .questionDeleted))
    }

    @Sendable static func importFile(req: Request) async throws -> Response {
        struct Upload: Content {
            var file: File
            var format: String?
            var dryRun: String?
        }
        let upload = try req.content.decode(Upload.self)
        let data = Data(buffer: upload.file.data)
        let fileName = upload.file.filename
        let format = try BankFormat.parseOptional(upload.format, field: "format")
            ?? BankFormat.guess(fileName: fileName)
            ?? { throw CandorError.invalidImport(line: nil, reason: "cannot tell the format from '\(fileName)'; choose Markdown, CSV or JSON") }()
        let report = try await req.store.importQuestions(try BankImport.parse(data, format: format), dryRun: upload.dryRun != nil)
        return try await ImportResultView(fileName: fileName, report: report).page().encodeResponse(for: req)
    }

    @Sendable static func export(req: Request) async throws -> Response {
        let format = try BankFormat.parseOptional(try? req.query.get(String.self, at: "format"), field: "format") ?? .json
        let questions = try await req.store.questions(includeRetired: true)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: format.mediaType)
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"candor-questions.\(format.fileExtension)\"")
        return Response(status: .ok, headers: headers, body: .init(data: BankExport.render(questions, format: format)))
    }

    private static func setRetired(_ req: Request, _ retired: Bool) async throws -> Response {
        struct Input: Content { var back: String? }
        let back = QuestionFormInput(back: try? req.content.decode(Input.self).back).backPath
        let question = try await req.store.setRetired(id: try req.uuid("id"), retired)
        return req.seeOther(SiteURL.adding(retired ? .questionRetired : .questionRestored, to: back, anchor: "q-\(question.id)"))
    }

    private static func categories(_ req: Request) async throws -> [String] {
        try await req.store.questions(includeRetired: true).map(\.category).uniqued().sorted()
    }
}

extension QuestionFormInput {
    init(back: String?) {
        self.init()
        self.back = back
    }
}
