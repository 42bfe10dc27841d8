import Foundation

/// Well-known account ids.
public enum AccountID {
    /// The one implicit account of a local, single-user install (no sign-in).
    public static let local = UUID(uuidString: "00000000-0000-0000-0000-00000000000A")!
    /// The demo's sandbox: made when the demo is opened from the web app, removed with it, so
    /// trying the demo never touches the candidate's own search or profile.
    public static let demo = UUID(uuidString: "00000000-0000-0000-0000-0000000000DE")!
}
