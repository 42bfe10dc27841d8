import ArgumentParser
import CandorCore
import CandorStore
import Foundation

extension CompanyCommand {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List companies by next action: soonest interview first, then the quietest active ones, closed last.")

        @OptionGroup var database: DatabaseOptions

        @Option(help: "Only companies with this status (repeatable): \(PipelineStatus.helpValues).")
        var status: [String] = []

        @Flag(help: "Print JSON instead of a table.")
        var json = false

        func run() async throws {
            let wanted = Set(try PipelineStatus.parseAll(status, field: "--status"))
            let entries = try await database.withStore { store in try await store.pipeline(now: store.now()) }
                .filter { wanted.isEmpty || wanted.contains($0.company.status) }
            if json { return try Output.json(entries.map(\.company)) }
            guard !entries.isEmpty else {
                if wanted.isEmpty {
                    print("No companies yet. Add one with `candor company add NAME`, or load a sample search with `candor demo`.")
                } else {
                    print("No companies with that status.")
                }
                return
            }
            Output.table(
                ["ID", "NAME", "STATUS", "STAGE", "ROLE", "SINCE", "NEXT", "QUIET"],
                entries.map { entry in
                    let company = entry.company
                    return [company.id.short, company.name, company.status.rawValue, company.stage?.rawValue ?? "",
                            company.roleTitle ?? "", Output.day(company.lastStatusChange), next(entry), "\(entry.daysSinceContact)d"]
                })
        }

        /// The next step, with the day of the next interview when there is one (in the zone it happens in).
        private func next(_ entry: PipelineEntry) -> String {
            guard let interview = entry.nextInterview else { return entry.nextStep }
            let zone = TimeZone(identifier: interview.timeZone) ?? .current
            return "\(entry.nextStep), \(ViewerTime.heading(LocalTime.day(interview.startsAt, in: zone)).dropLast(5))"
        }
    }
}
