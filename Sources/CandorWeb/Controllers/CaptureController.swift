import CandorCore
import CandorStore
import Vapor

/// Interview mode (`/interviews/:id/capture`): answers typed during the interview, and what
/// the candidate noted afterwards. Every form here works without JavaScript; a post that saved
/// everything goes back to the page (303) with a notice, one that could not comes back at once
/// with everything that was typed still in place.
enum CaptureController {
    @Sendable static func show(req: Request) async throws -> Page {
        let model = try await CapturePageModel.load(
            from: req.store, interviewID: try req.uuid("id"), notice: Notice.from(req))
        return CapturePageView(model: model).page()
    }

    /// Saves one section's answers (`answer-<askID>`, each with the `version-<askID>` it was
    /// loaded at) and statuses (`status-<askID>`).
    ///
    /// An answer equal to the stored one is left alone. An answer changed elsewhere since its
    /// version is not saved over: the page comes back (409) with the stored text and the typed
    /// one side by side, and the current version in the form, so saving again keeps the typed
    /// one. An answer over the limit comes back (422) with a one-line error and the text kept.
    @Sendable static func saveSection(req: Request) async throws -> Response {
        let store = req.store
        let interviewID = try req.uuid("id")
        let plan = try await store.plan(interviewID: interviewID)
        let form = try req.content.decode([String: String].self)
        let stored = Dictionary(uniqueKeysWithValues: plan.asks.map { ($0.id, $0) })

        var typed: [UUID: String] = [:]
        var formVersions: [UUID: Int] = [:]
        var conflicts: Set<UUID> = []
        var fieldErrors: [UUID: String] = [:]
        var orphans: [String] = []
        var notSaved: HTTPResponseStatus?

        // The answers first: a status change bumps the version, which would make the answer's
        // own version look stale.
        let answers = form.compactMap { key, value -> (UUID, String)? in
            guard key.hasPrefix("answer-"), let id = UUID(uuidString: String(key.dropFirst("answer-".count))) else { return nil }
            return (id, normalisedLineBreaks(value))
        }
        for (askID, text) in answers.sorted(by: { $0.0.uuidString < $1.0.uuidString }) {
            guard let before = stored[askID] else {
                if text.trimmedOrNil != nil { orphans.append(text) }
                continue
            }
            if sameText(text, before.answer) { continue }
            let baseVersion = form["version-\(askID.uuidString)"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? -1
            do {
                switch try await store.saveAnswer(askID: askID, text: text, baseVersion: baseVersion) {
                case .saved:
                    break
                case let .conflict(current):
                    if !sameText(text, current.answer) {
                        conflicts.insert(askID)
                        typed[askID] = text
                    }
                }
            } catch let error as CandorError {
                switch error {
                case .notFound:
                    if text.trimmedOrNil != nil { orphans.append(text) }
                case .invalidField, .invalidChoice:
                    fieldErrors[askID] = refusal(error)
                    typed[askID] = text
                    // Started from the then current version: it stays the base once this post's
                    // own status change below has bumped it.
                    if baseVersion != before.version { formVersions[askID] = baseVersion }
                case .diskFull, .databaseUnreachable:
                    // Nothing of it was written: the page comes back with the text in place.
                    (notSaved, fieldErrors[askID]) = HTMLErrorMiddleware.describe(error)
                    typed[askID] = text
                default:
                    throw error
                }
            }
        }

        for (key, value) in form where key.hasPrefix("status-") {
            guard let askID = UUID(uuidString: String(key.dropFirst("status-".count))), let before = stored[askID],
                  let status = try? AskStatus.parseSettable(value),
                  status != CapturePageModel.shownStatus(before.status)
            else { continue }
            do {
                try await store.setStatus(askID: askID, status)
            } catch CandorError.notFound {
                continue
            } catch let error where Self.isStorageFailure(error) {
                (notSaved, fieldErrors[askID]) = HTMLErrorMiddleware.describe(error)
            }
        }

        let section = form["section"].flatMap { id in
            CapturePageModel.sectionIDs(plan).contains(id) ? id : nil
        }
        guard !conflicts.isEmpty || !fieldErrors.isEmpty || !orphans.isEmpty else {
            return req.seeOther(SiteURL.capture(interview: interviewID).with(notice: .captureSaved, anchor: section))
        }
        var model = try await CapturePageModel.load(from: store, interviewID: interviewID, notice: nil)
        model.typed = typed
        model.formVersions = formVersions
        model.conflicts = conflicts
        model.fieldErrors = fieldErrors
        model.orphans = orphans
        let status: HTTPResponseStatus = notSaved ?? (conflicts.isEmpty && orphans.isEmpty ? .unprocessableEntity : .conflict)
        return try await CapturePageView(model: model, status: status).page().encodeResponse(for: req)
    }

    /// A question made up during the interview, added to the plan for one person.
    @Sendable static func add(req: Request) async throws -> Response {
        struct Input: Content { var personID: String?; var text: String? }
        let store = req.store
        let interviewID = try req.uuid("id")
        let input = try req.content.decode(Input.self)
        let personID = input.personID.trimmedOrNil.flatMap(UUID.init(uuidString:))
        do {
            guard let personID else { throw CandorError.invalidField(field: "person", reason: "choose who to ask") }
            guard input.text.trimmedOrNil != nil else {
                throw CandorError.invalidField(field: "question", reason: "type what you want to ask")
            }
            let ask = try await store.addToPlan(interviewID: interviewID, personID: personID, text: input.text, refill: false)
            return req.seeOther(SiteURL.capture(interview: interviewID).with(notice: .captureAdded, anchor: "ask-\(ask.id)"))
        } catch {
            guard let message = Request.message(for: error) else { throw error }
            var model = try await CapturePageModel.load(from: store, interviewID: interviewID, notice: nil)
            model.adHoc = AdHocInput(personID: personID, text: input.text ?? "")
            model.adHocError = message
            return try await CapturePageView(model: model, status: .unprocessableEntity).page().encodeResponse(for: req)
        }
    }

    /// The after-the-interview form: minutes given, a gut feeling per interviewer, notes, and
    /// the themes heard per answer, all saved in one transaction; the interview is marked held.
    @Sendable static func after(req: Request) async throws -> Response {
        let store = req.store
        let interviewID = try req.uuid("id")
        let plan = try await store.plan(interviewID: interviewID)
        let form = try req.content.decode([String: String].self)
        let stored = AfterInput(plan: plan, gutFeelings: try await store.gutFeelings(interviewID: interviewID))

        var input = stored
        input.minutes = form["minutesGiven"] ?? ""
        input.notes = normalisedLineBreaks(form["notes"] ?? "")
        var badScore = false
        for person in plan.interview.participants {
            guard let raw = form["gut-\(person.personID.uuidString)"].trimmedOrNil else { continue }
            if let score = Int(raw), GutFeeling.range.contains(score) { input.gut[person.personID] = score } else { badScore = true }
        }
        for ask in plan.asks where form["tags-\(ask.id.uuidString)"] != nil {
            input.tags[ask.id] = Set(Theme.allCases.filter { form["tag-\(ask.id.uuidString)-\($0.rawValue)"] != nil })
        }

        do {
            if badScore { throw CandorError.invalidField(field: "gut feeling", reason: "choose 1 to 5") }
            let minutes = try FieldCheck.parseNumber(
                input.minutes, field: "minutes they left for your questions", in: 0...plan.interview.durationMinutes)
            let changes = input
            try await store.transaction { tx in
                for (personID, score) in changes.gut where stored.gut[personID] != score {
                    try await tx.setGutFeeling(interviewID: interviewID, personID: personID, score: score)
                }
                for (askID, themes) in changes.tags where stored.tags[askID] != themes {
                    try await tx.tagAnswer(askID: askID, themes: Theme.allCases.filter(themes.contains))
                }
                try await tx.finishInterview(interviewID: interviewID, minutesGiven: minutes, notes: changes.notes)
            }
            return req.seeOther(SiteURL.capture(interview: interviewID).with(notice: .captureFinished, anchor: "after"))
        } catch {
            guard let message = Request.message(for: error) else { throw error }
            var model = try await CapturePageModel.load(from: store, interviewID: interviewID, notice: nil)
            model.after = input
            model.afterError = message
            return try await CapturePageView(model: model, status: .unprocessableEntity).page().encodeResponse(for: req)
        }
    }

    // MARK: -

    /// A write the database could not make for now (a full disk, PostgreSQL restarting), as
    /// opposed to one it refused: the form comes back with everything typed, to be sent again.
    static func isStorageFailure(_ error: any Error) -> Bool {
        switch StoreError.translated(error) {
        case .diskFull, .databaseUnreachable: true
        default: false
        }
    }

    /// Browsers send a text area's line breaks as CR LF; the script and the API send LF.
    static func normalisedLineBreaks(_ text: String) -> String {
        text.contains("\r") ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
    }

    /// Equal byte for byte (Swift's `==` would call "é" and "e + ◌́" the same), blank as no answer.
    static func sameText(_ text: String, _ answer: String?) -> Bool {
        let blank = text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        guard let answer else { return blank }
        return text.utf8.elementsEqual(answer.utf8)
    }

    /// The one line shown beside an answer the store refused (`Ask.checkAnswer`), in words
    /// about the answer rather than the field.
    static func refusal(_ error: CandorError) -> String {
        guard case let .invalidField(_, reason) = error else { return error.errorDescription ?? "" }
        return "This answer \(reason). Nothing was saved: change it and save again."
    }
}

extension CapturePageModel {
    /// The ids of the page's sections, which a section post may name to come back to.
    static func sectionIDs(_ plan: InterviewPlan) -> Set<String> {
        Set(plan.interview.participants.map { "person-\($0.personID)" } + ["others", "closing-round"])
    }
}
