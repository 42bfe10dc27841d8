import CandorCore
import Foundation
import Plot

/// The insight page's chart: every theme raised at the company, as two horizontal bars, how
/// many of the interviewers asked loved it and how many said it needs improving, with the
/// candidate's dealbreakers and values named beside the theme.
///
/// Drawn narrow (360 units) with each theme's name on its own line above its bars, so that at
/// phone width it is shown at about its own size and the words stay legible; the bars, the
/// hatching and the legend's look are the comparison chart's (``ThemeChart``). The table
/// (``table(_:)``) holds the same numbers.
enum InsightChart {
    static let width = 360
    static let legendHeight = 30
    static let rowHeight = 52
    /// A bar as long as this stands for everyone asked.
    static let barSpan = 190
    static let titleID = "insight-chart-title"
    static let descID = "insight-chart-desc"

    /// What a theme is to the candidate, named beside it.
    enum Mark {
        case dealbreaker, value

        var words: String { self == .dealbreaker ? "your dealbreaker" : "your value" }
        /// A dealbreaker in the problem colour, a value in the loved one; the words say it either way.
        var colour: String { self == .dealbreaker ? ThemeChart.improveColour : ThemeChart.lovedColour }
    }

    struct Row: Equatable {
        var theme: Theme
        var loved: Int
        var toImprove: Int
        var mark: Mark?
    }

    /// One row per theme on the board, in the board's order.
    static func rows(_ model: InsightPageModel) -> [Row] {
        model.insight.board.map { row in
            Row(theme: row.theme, loved: row.loved.count, toImprove: row.toImprove.count,
                mark: model.dealbreakers.contains(row.theme) ? .dealbreaker : model.values.contains(row.theme) ? .value : nil)
        }
    }

    static func barLength(_ count: Int, of asked: Int) -> Int {
        guard count > 0, asked > 0 else { return 0 }
        return max(3, Int((Double(min(count, asked)) / Double(asked) * Double(barSpan)).rounded()))
    }

    static func svg(_ rows: [Row], asked: Int) -> Markup {
        let height = legendHeight + rows.count * rowHeight
        var content: [Markup] = [
            H.tag("title", [.id(titleID)], text: "Themes raised, out of \(asked) asked"),
            H.tag("desc", [.id(descID)], text: "For each theme, the solid bar counts the interviewers who loved it and the "
                + "hatched bar those who said it needs improving; a full bar is all \(asked) asked. "
                + "The table under the chart has the same numbers."),
            ThemeChart.defs(),
            ThemeChart.bar(x: 0, y: 8, length: 16, loved: true),
            ThemeChart.label("Loved", x: 22, y: 18),
            ThemeChart.bar(x: 90, y: 8, length: 16, loved: false),
            ThemeChart.label("Needs improving", x: 112, y: 18),
        ]
        for (index, row) in rows.enumerated() {
            content.append(themeRow(row, asked: asked, top: legendHeight + index * rowHeight))
        }
        return H.tag("svg", [
            .attr("xmlns", "http://www.w3.org/2000/svg"), .attr("viewBox", "0 0 \(width) \(height)"),
            .attr("width", String(width)), .attr("height", String(height)),
            .attr("role", "img"), .aria("labelledby", "\(titleID) \(descID)"), .cls("insight-chart"),
            .attr("font-size", "13"),
        ], content)
    }

    private static func themeRow(_ row: Row, asked: Int, top: Int) -> Markup {
        let loved = barLength(row.loved, of: asked)
        let improve = barLength(row.toImprove, of: asked)
        var name: [Markup] = [H.text(row.theme.label)]
        if let mark = row.mark {
            name.append(H.tag("tspan", [.attr("fill", mark.colour), .attr("font-weight", "400")], text: " · \(mark.words)"))
        }
        return H.tag("g", [.cls("chart-theme"), .data("theme", row.theme.rawValue)], [
            H.tag("text", [.attr("x", "0"), .attr("y", String(top + 14)), .attr("fill", "#1d2330"), .attr("font-weight", "600")], name),
            ThemeChart.bar(x: 0, y: top + 20, length: loved, loved: true),
            ThemeChart.label("\(row.loved) of \(asked) loved", x: loved + 6, y: top + 29),
            ThemeChart.bar(x: 0, y: top + 34, length: improve, loved: false),
            ThemeChart.label("\(row.toImprove) of \(asked) needs improving", x: improve + 6, y: top + 43),
        ])
    }

    /// The chart's numbers as a table.
    static func table(_ rows: [Row], asked: Int) -> Markup {
        H.table(
            headers: ["Theme", "Loved", "Needs improving", "For you"],
            rows: rows.map { row in
                [H.text(row.theme.label), H.text("\(row.loved) of \(asked)"), H.text("\(row.toImprove) of \(asked)"),
                 H.text(row.mark.map { $0.words.prefix(1).uppercased() + $0.words.dropFirst() } ?? "")]
            },
            caption: "Themes raised, in numbers")
    }
}
