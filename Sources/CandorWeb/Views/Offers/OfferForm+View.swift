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
                        Field.text("basePay", label: "Base pay", value: input.basePay, hint: "a year",
                                   extra: [.attr("inputmode", "numeric"), .attr("autocomplete", "off")]),
                        Field.text("bonus", label: "Bonus", value: input.bonus, hint: "a year",
                                   extra: [.attr("inputmode", "numeric"), .attr("autocomplete", "off")]),
                        Field.text("currency", label: "Currency", value: input.currency, hint: "EUR, USD…",
                                   extra: [.attr("maxlength", "3"), .attr("size", "4"), .attr("autocomplete", "off")]),
                    ]),
                    Field.text("equity", label: "Equity", value: input.equity, hint: "options, RSUs, vesting…"),
                    H.div([.cls("row")], [
                        Field.text("startDate", label: "Start date", value: input.startDate, type: "date"),
                        Field.text("decisionDeadline", label: "Decision deadline", value: input.decisionDeadline, type: "date",
                                   hint: "the home page reminds you \(OfferTerms.deadlineWarningDays) days ahead"),
                    ]),
                    Field.textarea("notes", label: "Notes", value: input.notes, rows: 3),
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
}
