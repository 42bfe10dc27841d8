import CandorCore
import CandorStore
@testable import CandorWeb
import Foundation
import SnapshotTesting
import Testing
import Vapor
import VaporTesting

/// The main pages, rendered from the demo with a fixed clock, compared with their reviewed HTML
/// in `__Snapshots__/PageSnapshotTests/`.
///
/// A change to a page's markup shows here as a diff to read like code. After a deliberate change,
/// record the new snapshots with `SNAPSHOT_TESTING_RECORD=all` set, read the diff in git, and
/// commit them with the change. Ids are random per run, so each distinct UUID is replaced by
/// `id-1`, `id-2`, … in order of first appearance; the stylesheet's fingerprint is kept (a
/// change of style shows as that one line).
@Suite("Pages as reviewed HTML", .serialized)
struct PageSnapshotTests {
    /// 4 March 2031, 09:00 in Berlin, where the demo's candidate lives.
    static let now = Date(timeIntervalSince1970: 1_930_377_600)
    static let zone = TimeZone(identifier: "Europe/Berlin")!

    @Test("the main pages, as a candidate with the demo's search sees them")
    func mainPages() async throws {
        try await withCandorApp(clock: { Self.now }) { app, store in
            try await store.loadDemo(zone: Self.zone)
            let companies = try await store.companies()
            let lumen = try #require(companies.first { $0.name == "Lumen Health" })
            let interviews = try await store.interviews(companyID: lumen.id)
            let panel = try #require(interviews.first { $0.kind == .panel })
            let answer = try #require(try await store.insight(companyID: lumen.id).answers.first { !$0.mentions.isEmpty })

            let pages: [(name: String, url: SiteURL)] = [
                ("home", .home),
                ("pipeline", .pipeline),
                ("agenda", .agenda),
                ("interviews", .interviews),
                ("company", .company(lumen.id)),
                ("insight", .insight(company: lumen.id)),
                ("answer-themes", .askThemes(answer.quote.askID)),
                ("plan", .plan(interview: panel.id)),
                ("interview-mode", .capture(interview: panel.id)),
                ("compare", .compare),
                ("questions", .questions),
                ("profile", .profile),
            ]
            for page in pages {
                try await app.local().test(.GET, page.url.path, beforeRequest: { request in
                    request.headers.replaceOrAdd(
                        name: .cookie, value: "\(CSRFMiddleware.cookieName)=\(sessionToken); \(ViewerZone.cookieName)=\(Self.zone.identifier)")
                }) { response in
                    #expect(response.status == .ok, "\(page.name)")
                    assertSnapshot(of: Self.reviewable(response.body.string), as: .lines, named: page.name)
                }
            }
        }
    }

    /// The page one tag per line (Candor sends it on one line, which no diff can be read in),
    /// with what is random per run named by order of first appearance: each UUID becomes
    /// `id-N` (and the 8-digit prefix some element ids are made of), each 256-bit token
    /// (the calendar address) `token-N`.
    static func reviewable(_ html: String) -> String {
        var text = html
        // Tokens first: a UUID's prefix could otherwise be found inside one.
        _ = renaming("[0-9a-f]{64}", in: &text, as: "token")
        let ids = renaming(#"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"#, in: &text, as: "id")
        for (id, name) in ids {
            text = text.replacingOccurrences(of: String(id.lowercased().prefix(8)), with: name)
        }
        return text.replacingOccurrences(of: "><", with: ">\n<")
    }

    /// Replaces each distinct match of `pattern` by `label-N`; returns what was renamed.
    static func renaming(_ pattern: String, in text: inout String, as label: String) -> [String: String] {
        let expression = try! NSRegularExpression(pattern: pattern)
        var names: [String: String] = [:]
        var result = ""
        var last = text.startIndex
        for match in expression.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let range = Range(match.range, in: text) else { continue }
            let found = text[range].uppercased()
            let name = names[found] ?? "\(label)-\(names.count + 1)"
            names[found] = name
            result += text[last..<range.lowerBound] + name
            last = range.upperBound
        }
        text = result + text[last...]
        return names
    }
}
