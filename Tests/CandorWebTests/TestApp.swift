import CandorStore
@testable import CandorWeb
import Foundation
import Vapor
import VaporTesting

/// Runs `body` against the real app on a fresh SQLite file of its own.
func withCandorApp(_ body: (Application, Store) async throws -> Void) async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("candor-web-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let location = DatabaseLocation.sqlite(path: folder.appendingPathComponent("candor.sqlite").path)
    try await withApp(configure: { app in
        app.logger.logLevel = .error
        try await configure(app, settings: AppSettings(location: location))
    }) { app in
        try await body(app, Store(db: app.db))
    }
}

extension TestingHTTPRequest {
    /// Fills the body as a browser posting a form does.
    mutating func form(_ fields: [String: String]) throws {
        try content.encode(fields, as: .urlEncodedForm)
    }
}

extension TestingHTTPResponse {
    var html: String { body.string }
    var location: String? { headers.first(name: .location) }
}
