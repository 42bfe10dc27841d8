import CandorCore
import Foundation
import Plot

struct InterviewFormView {
    var model: InterviewFormModel

    func page() -> Page {
        let input = model.input
        let errors = model.fieldErrors
        return Page(
            title: model.heading, section: .interviews, status: model.error == nil ? .ok : .unprocessableEntity,
            content: [
                H.h1(model.heading),
                H.p("at \(model.company.name)", [.cls("muted")]),
                Blocks.errorAlert(model.error),
                H.postForm([.attr("action", model.action), .cls("card")], [
                    H.div([.cls("row")], [
                        Field.text("startsAt", label: "Starts", value: input.startsAt, type: "datetime-local", required: true,
                                   error: errors["startsAt"]),
                        Field.select("timeZone", label: "Time zone", selected: input.timeZone,
                                     options: Self.zoneChoices(including: input.timeZone).map { ($0, $0) }, error: errors["timeZone"]),
                        Field.text("durationMinutes", label: "Minutes", value: input.durationMinutes, type: "number",
                                   required: true, extra: [.attr("min", "1"), .attr("max", "720")], error: errors["durationMinutes"]),
                    ]),
                    H.div([.cls("row")], [
                        Field.choice("kind", label: "Kind", selected: input.kind, of: InterviewKind.self, allowNone: true,
                                     noneLabel: "From the panel", error: errors["kind"]),
                        Field.choice("format", label: "Format", selected: input.format, of: InterviewFormat.self, allowNone: false,
                                     error: errors["format"]),
                        model.isNew ? H.nothing
                            : Field.choice("status", label: "Status", selected: input.status, of: InterviewStatus.self, allowNone: false,
                                           error: errors["status"]),
                    ]),
                    Field.text("location", label: "Where", value: input.location, hint: "address, video link or phone number",
                               error: errors["location"]),
                    panelFieldset(input),
                    H.div([.cls("row")], [
                        Field.text("questionMinutesPlanned", label: "Minutes to keep for your questions", value: input.questionMinutesPlanned,
                                   type: "number", hint: "blank: your default, or more if the panel needs it for the closing round and one question each",
                                   extra: [.attr("min", "0")], error: errors["questionMinutesPlanned"]),
                        model.isNew ? H.nothing
                            : Field.text("questionMinutesGiven", label: "Minutes they actually left you", value: input.questionMinutesGiven,
                                         type: "number", extra: [.attr("min", "0")], error: errors["questionMinutesGiven"]),
                    ]),
                    Field.textarea("notes", label: "Notes", value: input.notes, rows: 3),
                    H.div([.cls("actions")], [Field.submit(model.isNew ? "Add interview" : "Save changes"), H.a("Cancel", href: model.cancel)]),
                ]),
            ])
    }

    /// Every IANA zone, plus the one already chosen when Foundation's list lacks it
    /// (`Etc/UTC`), so the drop-down never silently switches to its first entry.
    static func zoneChoices(including chosen: String) -> [String] {
        var zones = TimeZone.knownTimeZoneIdentifiers
        if !chosen.isEmpty, !zones.contains(chosen) { zones.append(chosen) }
        return zones.sorted()
    }

    /// One row per seat, in panel order: pick someone known, or type a new person's name and
    /// role. On a wide screen the three columns are named once above the rows and each input's
    /// own label (seat number included) is there for screen readers; on a phone, where the row
    /// stacks, the labels show.
    private func panelFieldset(_ input: InterviewFormInput) -> Markup {
        let known = model.people.map { (value: $0.id.uuidString, label: "\($0.name) (\($0.roleKind.label))") }
        return H.tag("fieldset", [.cls("panel-seats")], [
            H.tag("legend", [], [H.text("Panel, in order"),
                                 H.span(" The closing questions go round in this order, then back.", [.cls("hint")])]),
            H.div([.cls("row panel-head"), .aria("hidden", "true")], [
                H.span("Someone you know"), H.span("or a new person"), H.span("their role (needed for a new person)"),
            ]),
            H.tag("ol", [.cls("panel-rows")], input.shownSlots.enumerated().map { index, slot in
                H.tag("li", [.cls("row panel-row"), .data("slot", String(index))], [
                    Field.select("slot\(index)Person", label: "\(index + 1). Someone you know", selected: slot.personID,
                                 options: known, allowNone: true),
                    Field.text("slot\(index)Name", label: "\(index + 1). Or a new person", value: slot.newName),
                    Field.choice("slot\(index)Role", label: "\(index + 1). Role of the new person", selected: slot.newRole,
                                 of: RoleKind.self, allowNone: true,
                                 noneLabel: "Choose a role", error: model.fieldErrors["slot\(index)Role"]),
                ])
            }),
        ])
    }
}
