import CandorStore
import Fluent
import Vapor

/// Sets up the app: database and migrations, middleware, routes.
///
/// The app keeps no user state in memory: every request reads what it needs from the
/// database, so several instances can serve one PostgreSQL.
public func configure(_ app: Application, settings: AppSettings) async throws {
    app.candorClock = settings.clock
    let configuration = try DatabaseSetup.configuration(for: settings.location)
    app.databases.use(configuration, as: .candor, isDefault: true)
    do {
        try await DatabaseSetup.check(app.db, location: settings.location)
        DatabaseSetup.register(in: app.migrations)
        try await app.autoMigrate()
        try await DatabaseSetup.tune(app.db, location: settings.location)
        try await Store(db: app.db, now: settings.clock).bootstrap()
    } catch {
        throw StoreError.wrap(error, location: settings.location)
    }

    // Outermost first. Every request is counted while it is handled, so that stopping waits
    // for it (`InFlightMiddleware`). The security headers wrap everything, error pages
    // included; errors become HTML pages (JSON under /api/) instead of Vapor's default JSON;
    // then the request must name this server, come from its own pages and carry the session's
    // token. Only a few requests work at once, the rest queue in order
    // (`ConcurrencyLimitMiddleware`), so a PostgreSQL pool that still times out has stopped
    // opening connections and is replaced (`DatabaseRecoveryMiddleware`).
    app.middleware = Middlewares()
    app.middleware.use(InFlightMiddleware(requests: app.requestsInFlight))
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(ConcurrencyLimitMiddleware())
    app.middleware.use(HTMLErrorMiddleware())
    if case .postgres = settings.location {
        app.middleware.use(DatabaseRecoveryMiddleware())
    }
    app.middleware.use(HostGuardMiddleware(policy: settings.hosts))
    app.middleware.use(SameOriginMiddleware())
    app.middleware.use(CSRFMiddleware())
    app.middleware.use(DemoMiddleware())
    app.middleware.use(ViewerZoneMiddleware())
    app.routes.defaultMaxBodySize = "2mb"
    try routes(app)
}
