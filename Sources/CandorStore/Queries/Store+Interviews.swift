import CandorCore
import FluentKit
import SQLKit
import Foundation

extension Store {
    /// Interviews by start time, optionally for one company and within `[from, to)`.
    ///
    /// - Parameter panels: `false` leaves every interview's `participants` empty, for callers
    ///   that only look at times, kinds and statuses (the pipeline, the schedule's flags, the
    ///   practice nudge): reading each panel and its people was most of the home page's time.
    public func interviews(companyID: UUID? = nil, from: Date? = nil, to: Date? = nil, panels: Bool = true) async throws -> [Interview] {
        let models = try await rows(InterviewModel.self) { query in
            if let companyID { query.where("company_id", .equal, SQLBind(companyID)) }
            if let from { query.where("starts_at", .greaterThanOrEqual, SQLBind(from)) }
            if let to { query.where("starts_at", .lessThan, SQLBind(to)) }
            return query.orderBy("starts_at")
        }
        return try await records(for: models, panels: panels)
    }

    /// The interview with this id.
    public func interview(id: UUID) async throws -> Interview {
        guard let model = try await InterviewModel.query(on: db)
            .filter(\.$accountID == accountID).filter(\.$id == id).first()
        else {
            throw CandorError.notFound(kind: "interview", reference: id.uuidString.lowercased(), hint: Self.interviewHint)
        }
        return try await records(for: [model])[0]
    }

    /// The interview a reference means: its full id or a unique start of it.
    public func interview(matching reference: String) async throws -> Interview {
        let all = try await interviews()
        return try Resolver.pick(reference, in: all, kind: "interview", id: \.id, name: { _ in "" }, hint: Self.interviewHint)
    }

    /// Adds an interview with its participants in panel order. A company still researched or
    /// applied to moves to `interviewing` in the same transaction, since that is where it now
    /// is (as recording an offer moves it to `offer`).
    @discardableResult
    public func addInterview(_ draft: InterviewDraft) async throws -> Interview {
        let valid = try draft.validated()
        try valid.checkStatus(at: now())
        return try await transaction { store in
            try await store.checkParticipants(valid)
            let model = InterviewModel()
            model.id = UUID()
            model.accountID = store.accountID
            model.apply(valid)
            model.createdAt = store.now()
            try await model.create(on: store.db)
            try await store.replaceParticipants(interviewID: model.id!, with: valid.participantIDs)
            let interview = try await store.interview(id: model.id!)
            try await store.planIfScheduled(interview)
            if [.researching, .applied].contains(try await store.company(id: valid.companyID).status) {
                _ = try await store.setStatus(companyID: valid.companyID, to: .interviewing, note: "Interview added")
            }
            return interview
        }
    }

    /// Replaces an interview's fields and participants; it stays with the same company.
    @discardableResult
    public func updateInterview(id: UUID, _ draft: InterviewDraft) async throws -> Interview {
        let valid = try draft.validated()
        return try await transaction { store in
            let current = try await store.interview(id: id)
            var valid = valid
            valid.companyID = current.companyID
            try valid.checkStatus(at: store.now())
            try await store.checkParticipants(valid)
            guard let model = try await InterviewModel.find(id, on: store.db) else {
                throw CandorError.notFound(kind: "interview", reference: id.uuidString, hint: Self.interviewHint)
            }
            model.apply(valid)
            try await model.save(on: store.db)
            try await store.replaceParticipants(interviewID: id, with: valid.participantIDs)
            let interview = try await store.interview(id: id)
            // A new panel, length or budget: the plan fits them again.
            try await store.planIfScheduled(interview)
            return interview
        }
    }

    /// Saves an interview whose panel may name new people: they are added to the company
    /// first, all in one transaction, so a refused interview leaves no one behind.
    ///
    /// - Parameters:
    ///   - id: the interview to replace, or `nil` to add a new one.
    ///   - suggestKind: the candidate did not say what kind of interview it is: take the one
    ///     its panel suggests (`InterviewKind.suggested(for:)`).
    @discardableResult
    public func saveInterview(
        _ draft: InterviewDraft, panel: [PanelSeat], replacing id: UUID? = nil, suggestKind: Bool = false
    ) async throws -> Interview {
        try await transaction { store in
            var draft = draft
            draft.participantIDs = []
            for seat in panel {
                switch seat {
                case let .person(personID):
                    draft.participantIDs.append(personID)
                case let .named(name, role):
                    draft.participantIDs.append(try await store.findOrAddPerson(companyID: draft.companyID, name: name, roleKind: role).id)
                }
            }
            if suggestKind {
                var roles: [RoleKind] = []
                for personID in draft.participantIDs { roles.append(try await store.person(id: personID).roleKind) }
                draft.kind = InterviewKind.suggested(for: roles)
            }
            if let id { return try await store.updateInterview(id: id, draft) }
            return try await store.addInterview(draft)
        }
    }

    /// Removes an interview with its plan and answers, leaving none of their text behind in a
    /// SQLite file (see ``erasing(_:)``).
    public func removeInterview(id: UUID) async throws {
        try await erasing { store in
            _ = try await store.interview(id: id)
            try await AskModel.query(on: store.db).filter(\.$interviewID == id).delete()
            try await ParticipantModel.query(on: store.db).filter(\.$interviewID == id).delete()
            try await InterviewModel.query(on: store.db).filter(\.$id == id).delete()
        }
    }

    static let interviewHint = "Run `candor interview list` to see interview ids."

    private func checkParticipants(_ draft: InterviewDraft) async throws {
        _ = try await companyModel(id: draft.companyID)
        guard !draft.participantIDs.isEmpty else { return }
        let found = try await PersonModel.query(on: db).filter(\.$accountID == accountID)
            .filter(\.$id ~~ draft.participantIDs).all()
        guard found.count == draft.participantIDs.count else {
            throw CandorError.invalidField(field: "participants", reason: "someone on the panel is not a known person")
        }
        if found.contains(where: { $0.companyID != draft.companyID }) {
            throw CandorError.invalidField(field: "participants", reason: "everyone on the panel must belong to the interview's company")
        }
    }

    /// Participants are replaced rather than diffed: the panel is short and its order matters.
    private func replaceParticipants(interviewID: UUID, with personIDs: [UUID]) async throws {
        try await ParticipantModel.query(on: db).filter(\.$interviewID == interviewID).delete()
        for (position, personID) in personIDs.enumerated() {
            let participant = ParticipantModel()
            participant.id = UUID()
            participant.accountID = accountID
            participant.interviewID = interviewID
            participant.personID = personID
            participant.position = position
            try await participant.create(on: db)
        }
    }

    /// Builds interview values with company names and (with `panels`) participants, in at most
    /// three queries whatever the number of interviews.
    private func records(for models: [InterviewModel], panels: Bool = true) async throws -> [Interview] {
        guard !models.isEmpty else { return [] }
        let ids = models.compactMap(\.id)
        let companyIDs = Array(Set(models.map(\.companyID)))
        // Only the names: a company's row also holds the job posting's whole text.
        let names = Dictionary(uniqueKeysWithValues: try await select(["id", "name"], from: CompanyModel.schema) {
            $0.where("id", in: companyIDs)
        }.map { (try $0.value("id", as: UUID.self), try $0.value("name", as: String.self)) })
        let links = panels ? try await rows(ParticipantModel.self) { $0.where("interview_id", in: ids) } : []
        let people = panels ? try await rows(PersonModel.self) { $0.where("id", in: Array(Set(links.map(\.personID)))) } : []
        let personByID = Dictionary(uniqueKeysWithValues: people.map { ($0.id!, $0) })
        let linksByInterview = Dictionary(grouping: links, by: \.interviewID)
        return try models.map { model in
            let participants = try (linksByInterview[model.id!] ?? [])
                .sorted { $0.position < $1.position }
                .compactMap { link -> Participant? in
                    guard let person = personByID[link.personID] else { return nil }
                    return Participant(
                        personID: link.personID, name: person.name, title: person.title,
                        roleKind: try RoleKind.stored(person.roleKind, field: "role kind"), position: link.position)
                }
            return Interview(
                id: model.id!, companyName: names[model.companyID] ?? "", draft: try model.draft(participantIDs: participants.map(\.personID)),
                participants: participants, createdAt: model.createdAt)
        }
    }
}

extension InterviewModel {
    func apply(_ draft: InterviewDraft) {
        companyID = draft.companyID
        startsAt = LocalTime.wholeSeconds(draft.startsAt)
        timeZone = draft.timeZone
        durationMinutes = draft.durationMinutes
        kind = draft.kind.rawValue
        format = draft.format.rawValue
        location = draft.location
        status = draft.status.rawValue
        questionMinutesPlanned = draft.questionMinutesPlanned
        questionMinutesGiven = draft.questionMinutesGiven
        notes = draft.notes
    }

    func draft(participantIDs: [UUID]) throws -> InterviewDraft {
        InterviewDraft(
            companyID: companyID, startsAt: startsAt, timeZone: timeZone, durationMinutes: durationMinutes,
            kind: try InterviewKind.stored(kind, field: "kind"), format: try InterviewFormat.stored(format, field: "format"),
            location: location, status: try InterviewStatus.stored(status, field: "status"),
            questionMinutesPlanned: questionMinutesPlanned, questionMinutesGiven: questionMinutesGiven,
            notes: notes, participantIDs: participantIDs)
    }
}
