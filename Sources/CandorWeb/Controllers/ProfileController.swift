import CandorCore
import Vapor

enum ProfileController {
    @Sendable static func show(req: Request) async throws -> Page {
        let saved = (try? req.query.get(String.self, at: "saved")) != nil
        // After saving, the next step: a first company, or the plans that now follow the profile.
        let next: ProfileView.Saved? = saved ? (try await req.store.companies().isEmpty ? .firstCompany : .plansFollow) : nil
        return ProfileView(
            input: ProfileFormInput(profile: try await req.store.profile()), error: nil, saved: next,
            notice: Notice.from(req), calendar: try await calendarAddress(req)
        ).page()
    }

    @Sendable static func save(req: Request) async throws -> Response {
        let input = try req.content.decode(ProfileFormInput.self)
        do {
            try await req.store.saveProfile(try input.profile())
            return req.seeOther(SiteURL.profile.query(["saved": "1"]))
        } catch {
            guard let refused = ProfileFormInput.refusal(error) else { throw error }
            return try await ProfileView(
                input: input, error: refused.summary, fieldErrors: refused.fields, saved: nil, notice: nil,
                calendar: try await calendarAddress(req)
            ).page().encodeResponse(for: req)
        }
    }

    /// A new calendar address; the old one stops working at once.
    @Sendable static func newCalendarToken(req: Request) async throws -> Response {
        try await req.store.regenerateCalendarToken()
        return req.seeOther(SiteURL.profile.with(notice: .calendarTokenChanged, anchor: "calendar"))
    }

    private static func calendarAddress(_ req: Request) async throws -> CalendarFeedAddress {
        CalendarFeedAddress(request: req, token: try await req.store.calendarToken())
    }
}
