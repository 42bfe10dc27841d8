import CandorCore
import Vapor

enum ProfileController {
    @Sendable static func show(req: Request) async throws -> Page {
        let saved = (try? req.query.get(String.self, at: "saved")) != nil
        return ProfileView(input: ProfileFormInput(profile: try await req.store.profile()), error: nil, saved: saved).page()
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let input = try req.content.decode(ProfileFormInput.self)
        do {
            try await req.store.saveProfile(try input.profile())
            return req.seeOther("/profile?saved=1")
        } catch {
            guard let message = Request.message(for: error) else { throw error }
            return try await ProfileView(input: input, error: message, saved: false).page().encodeResponse(for: req)
        }
    }
}
