import CandorCore
import Foundation
import Plot

/// The comparison's chart, drawn on the server as inline SVG: for each theme, a pair of
/// bars per company, how many interviewers loved it and how many said it needs improving.
///
/// No script and no chart library: the page stays within its content security policy and
/// works with scripts off. Bars differ by pattern (solid or hatched) and every bar has its
/// count in words beside it, so colour is never needed to read it; ``table(_:)`` holds the
/// same numbers for screen readers. Company names are user text, so everything goes
/// through the escaping helpers.
enum ThemeChart {
    static let width = 760
    /// Company names sit left of the bars; bars start here and grow to ``barSpan`` wide.
    static let barX = 200
    static let barSpan = 420
    static let legendHeight = 40
    static let themeHeading = 22
    static let companyBlock = 30
    static let themeGap = 12
    /// Longer names are cut (the full name is in the text's tooltip) so they stay clear of the bars.
    static let nameLimit = 26

    static let titleID = "theme-chart-title"
    static let descID = "theme-chart-desc"
    static let hatchID = "theme-chart-hatch"
    static let lovedColour = "#1f7a4d"
    static let improveColour = "#b3261e"

    static func height(themes: Int, companies: Int) -> Int {
        legendHeight + themes * (themeHeading + companies * companyBlock + themeGap)
    }

    /// Bar length for `count` people when the longest bar stands for `largest`.
    static func barLength(_ count: Int, largest: Int) -> Int {
        guard count > 0, largest > 0 else { return 0 }
        return max(2, Int((Double(count) / Double(largest) * Double(barSpan)).rounded()))
    }

    static func svg(_ comparison: Comparison) -> Markup {
        let total = height(themes: comparison.themes.count, companies: comparison.companies.count)
        let names = comparison.companies.map(\.name).joined(separator: ", ")
        var content: [Markup] = [
            H.tag("title", [.id(titleID)], text: "Themes raised at \(names)"),
            H.tag("desc", [.id(descID)], text: description(comparison)),
            defs(),
            legend(),
        ]
        var y = legendHeight
        for theme in comparison.themes {
            content.append(themeRows(theme, in: comparison, top: y))
            y += themeHeading + comparison.companies.count * companyBlock + themeGap
        }
        return H.tag("svg", [
            .attr("xmlns", "http://www.w3.org/2000/svg"), .attr("viewBox", "0 0 \(width) \(total)"),
            .attr("width", String(width)), .attr("height", String(total)),
            .attr("role", "img"), .aria("labelledby", "\(titleID) \(descID)"), .cls("theme-chart"),
            .attr("font-size", "12"),
        ], content)
    }

    static func description(_ comparison: Comparison) -> String {
        let largest = comparison.largestCount
        return "For each theme, two bars per company: the solid bar counts the interviewers who loved it, "
            + "the hatched bar those who said it needs improving. The longest bar stands for \(largest) "
            + (largest == 1 ? "person" : "people") + ". The table after the chart has the same numbers."
    }

    /// The hatching that marks "needs improving" without relying on its colour.
    static func defs() -> Markup {
        H.tag("defs", [], [
            H.tag("pattern", [.id(hatchID), .attr("width", "6"), .attr("height", "6"),
                              .attr("patternUnits", "userSpaceOnUse"), .attr("patternTransform", "rotate(45)")], [
                H.void("rect", [.attr("width", "6"), .attr("height", "6"), .attr("fill", "#fbe7e5")]),
                H.void("line", [.attr("x1", "0"), .attr("y1", "0"), .attr("x2", "0"), .attr("y2", "6"),
                                .attr("stroke", improveColour), .attr("stroke-width", "3")]),
            ]),
        ])
    }

    private static func legend() -> Markup {
        H.tag("g", [.cls("legend")], [
            bar(x: 0, y: 10, length: 18, loved: true),
            label("Loved (solid bar)", x: 24, y: 20),
            bar(x: 190, y: 10, length: 18, loved: false),
            label("Needs improving (hatched bar)", x: 214, y: 20),
        ])
    }

    private static func themeRows(_ theme: Theme, in comparison: Comparison, top: Int) -> Markup {
        var parts: [Markup] = [
            H.void("line", [.attr("x1", "0"), .attr("y1", String(top + 2)), .attr("x2", String(width)),
                            .attr("y2", String(top + 2)), .attr("stroke", "#d9dee7")]),
            label(theme.label, x: 0, y: top + 17, bold: true),
        ]
        let largest = comparison.largestCount
        for (index, company) in comparison.companies.enumerated() {
            let y = top + themeHeading + index * companyBlock
            let count = company.count(theme)
            let cut = company.name.count > nameLimit ? String(company.name.prefix(nameLimit - 1)) + "…" : company.name
            let lovedLength = barLength(count.loved, largest: largest)
            let improveLength = barLength(count.toImprove, largest: largest)
            parts += [
                H.tag("text", [.attr("x", "0"), .attr("y", String(y + 18)), .attr("fill", "#1d2330")], [
                    H.tag("title", text: company.name), H.text(cut),
                ]),
                bar(x: barX, y: y + 3, length: lovedLength, loved: true),
                label("\(count.loved) loved", x: barX + lovedLength + 6, y: y + 12),
                bar(x: barX, y: y + 16, length: improveLength, loved: false),
                label("\(count.toImprove) needs improving", x: barX + improveLength + 6, y: y + 25),
            ]
        }
        return H.tag("g", [.cls("chart-theme"), .data("theme", theme.rawValue)], parts)
    }

    static func bar(x: Int, y: Int, length: Int, loved: Bool) -> Markup {
        guard length > 0 else { return H.nothing }
        return H.void("rect", [
            .attr("x", String(x)), .attr("y", String(y)), .attr("width", String(length)), .attr("height", "10"),
            .attr("fill", loved ? lovedColour : "url(#\(hatchID))"),
            .attr("stroke", loved ? lovedColour : improveColour), .cls(loved ? "bar loved" : "bar improve"),
        ])
    }

    static func label(_ text: String, x: Int, y: Int, bold: Bool = false) -> Markup {
        H.tag("text", [.attr("x", String(x)), .attr("y", String(y)), .attr("fill", "#1d2330")]
                  + (bold ? [.attr("font-weight", "600")] : []), text: text)
    }

    /// The chart's numbers as a table: one row per theme, one column per company.
    static func table(_ comparison: Comparison) -> Markup {
        H.table(
            headers: ["Theme"] + comparison.companies.map(\.name),
            rows: comparison.themes.map { theme in
                [H.text(theme.label)] + comparison.companies.map { company in
                    let count = company.count(theme)
                    return H.text("\(count.loved) loved, \(count.toImprove) needs improving")
                }
            },
            caption: "Themes raised at each company, in numbers")
    }
}
