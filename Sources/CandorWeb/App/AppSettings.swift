import CandorStore
import Vapor
import Foundation

/// What the web app needs to know to start; everything else it reads from the database.
public struct AppSettings: Sendable {
    public var location: DatabaseLocation
    /// The names a request's `Host` may carry (see `HostPolicy`).
    public var hosts: HostPolicy
    /// The time pages, plans and the demo read: the system's (or `CANDOR_FIXED_NOW`'s, see
    /// `CandorClock`), or a fixed instant a test sets.
    public var clock: @Sendable () -> Date

    public init(location: DatabaseLocation, hosts: HostPolicy = HostPolicy(), clock: @escaping @Sendable () -> Date = CandorClock.now) {
        self.location = location
        self.hosts = hosts
        self.clock = clock
    }
}

extension Application {
    private struct ClockKey: StorageKey {
        typealias Value = @Sendable () -> Date
    }

    /// The app's clock (`AppSettings.clock`), set once by `configure`.
    var candorClock: @Sendable () -> Date {
        get { storage[ClockKey.self] ?? CandorClock.now }
        set { storage[ClockKey.self] = newValue }
    }
}
