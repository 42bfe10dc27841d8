import CandorCore
import Plot

/// The offer a company made, recorded piece by piece; emptied, it removes the offer.
struct OfferFormView {
    var model: OfferFormModel

    func page() -> Page {
        let input = model.input
        let heading = "Offer from \(model.companyName)"
        return Page(
            title: heading, section: .companies, status: model.error == nil ? .ok : .unprocessableEntity,
            content: [
                H.h1(heading),
                Blocks.errorAlert(model.error),
                H.p("Fill in what you know so far; the rest can follow. Amounts are whole units a year.", [.cls("muted")]),
                H.postForm([.attr("action", SiteURL.offer(company: model.companyID).path), .cls("card offer-form")], [
                    H.div([.cls("row")], [
                        field("basePay", input.basePay, hint: "a year", extra: [.attr("inputmode", "numeric"), .attr("autocomplete", "off")]),
                        field("bonus", input.bonus, hint: "a year", extra: [.attr("inputmode", "numeric"), .attr("autocomplete", "off")]),
                        field("currency", input.currency, hint: "EUR, USD…",
                              extra: [.attr("maxlength", "3"), .attr("size", "4"), .attr("autocomplete", "off")]),
                    ]),
                    field("equity", input.equity, hint: "options, RSUs, vesting…"),
                    H.div([.cls("row")], [
                        field("startDate", input.startDate, type: "date"),
                        field("decisionDeadline", input.decisionDeadline, type: "date",
                              hint: "the home page reminds you \(OfferTerms.deadlineWarningDays) days ahead"),
                    ]),
                    Field.textarea("notes", label: OfferFormInput.labels.label("notes"), value: input.notes, rows: 3,
                                   error: model.fieldErrors["notes"]),
                    model.exists
                        ? H.p("To remove the offer, empty every field and save.", [.cls("small muted")])
                        : H.nothing,
                    H.div([.cls("actions")], [
                        Field.submit("Save offer"),
                        H.a("Cancel", href: SiteURL.company(model.companyID).anchor("offer")),
                    ]),
                ]),
            ])
    }

    /// One of the form's inputs, labelled from its table, with any refusal next to it.
    private func field(_ name: String, _ value: String?, type: String = "text", hint: String? = nil, extra: [Attr] = []) -> Markup {
        Field.text(name, label: OfferFormInput.labels.label(name), value: value, type: type, hint: hint, extra: extra,
                   error: model.fieldErrors[name])
    }
}
