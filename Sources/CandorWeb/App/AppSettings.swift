import CandorStore
import Foundation

/// What the web app needs to know to start; everything else it reads from the database.
public struct AppSettings: Sendable {
    public var location: DatabaseLocation

    public init(location: DatabaseLocation) {
        self.location = location
    }
}
