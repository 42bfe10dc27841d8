import CandorCore
import Foundation
import Testing

/// Loads the demo and adds a three-person panel at Lumen Health tomorrow (60 minutes, 20 kept
/// for questions); returns the interview's short id. Shared by the plan and capture tests.
/// - Parameter daysAhead: 1 (tomorrow) unless given; an interview to be marked done must have
///   taken place, so such tests pass -1.
func lumenPanel(_ sandbox: Sandbox, daysAhead: Double = 1) throws -> String {
    #expect(try sandbox.candor("demo").status == 0)
    let day = LocalTime.format(Date().addingTimeInterval(86_400 * daysAhead), in: .current).prefix(10)
    let added = try sandbox.candor(
        "interview", "add", "lumen", "--at", "\(day) 10:00", "--minutes", "60", "--question-minutes", "20",
        "--kind", "panel", "--with", "Ana Ruiz:engineer", "--with", "Priya Raman", "--with", "Sam Okafor")
    #expect(added.status == 0, "\(added.errors)")
    let firstLine = try #require(added.output.split(separator: "\n").first)
    let id = try #require(firstLine.split(separator: "(").last?.dropLast())
    #expect(id.count == 8)
    return String(id)
}
