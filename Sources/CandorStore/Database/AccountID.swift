import Foundation

/// Well-known account ids.
public enum AccountID {
    /// The one implicit account of a local, single-user install (no sign-in).
    public static let local = UUID(uuidString: "00000000-0000-0000-0000-00000000000A")!
}
