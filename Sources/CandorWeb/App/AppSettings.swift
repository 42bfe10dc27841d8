import CandorStore
import Foundation

/// What the web app needs to know to start; everything else it reads from the database.
public struct AppSettings: Sendable {
    public var location: DatabaseLocation
    /// The names a request's `Host` may carry (see `HostPolicy`).
    public var hosts: HostPolicy

    public init(location: DatabaseLocation, hosts: HostPolicy = HostPolicy()) {
        self.location = location
        self.hosts = hosts
    }
}
