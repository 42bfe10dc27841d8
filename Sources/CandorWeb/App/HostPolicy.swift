import Foundation

/// Which `Host` header values the local server answers.
///
/// Candor has no sign-in in local mode, so the browser's same-origin policy is the only thing
/// between a web page and the candidate's notes. A page can defeat it by re-pointing its own
/// name at 127.0.0.1 (DNS rebinding): the browser then sends `Host: evil.example` to Candor.
/// Rebinding needs a name, so the server answers only loopback names and addresses, the address
/// it was told to listen on, the names the candidate added, and, when it listens on every
/// address, any IP literal (an address cannot be rebound).
public struct HostPolicy: Sendable, Equatable {
    /// Extra names from `--allowed-host`, lower-cased, without a port.
    public var extraNames: Set<String>
    /// The address `candor serve` listens on, lower-cased, without brackets.
    public var listenHost: String

    public init(listenHost: String = "127.0.0.1", extraNames: [String] = []) {
        self.listenHost = Self.bare(listenHost)
        self.extraNames = Set(extraNames.map(Self.bare))
    }

    /// Whether a listen address is this machine's own loopback (`127.0.0.0/8`, `::1`, `localhost`).
    public static func isLoopback(_ host: String) -> Bool {
        let name = bare(host)
        if name == "localhost" || name == "::1" { return true }
        guard let octets = ipv4(name) else { return false }
        return octets[0] == 127
    }

    /// Whether the server answers a request that carries this `Host` header value.
    public func allows(hostHeader: String) -> Bool {
        guard let name = Self.name(ofHostHeader: hostHeader) else { return false }
        if Self.isLoopback(name) || name == listenHost || extraNames.contains(name) { return true }
        let listensEverywhere = listenHost == "0.0.0.0" || listenHost == "::"
        return listensEverywhere && Self.isIPLiteral(name)
    }

    /// The name part of a `Host` header (`[::1]:8080` gives `::1`), or nil when it is malformed.
    static func name(ofHostHeader header: String) -> String? {
        let value = header.trimmingCharacters(in: .whitespaces).lowercased()
        guard !value.isEmpty, value.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 0x20 && $0 != "/" && $0 != "@" })
        else { return nil }
        if value.hasPrefix("[") {
            guard let close = value.firstIndex(of: "]") else { return nil }
            let rest = value[value.index(after: close)...]
            guard rest.isEmpty || (rest.hasPrefix(":") && rest.dropFirst().allSatisfy(\.isNumber)) else { return nil }
            return String(value[value.index(after: value.startIndex)..<close])
        }
        let parts = value.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count <= 2, !parts[0].isEmpty else { return nil }
        if parts.count == 2, parts[1].isEmpty || !parts[1].allSatisfy(\.isNumber) { return nil }
        return String(parts[0])
    }

    public static func bare(_ host: String) -> String {
        var value = host.trimmingCharacters(in: .whitespaces).lowercased()
        if value.hasPrefix("["), value.hasSuffix("]") { value = String(value.dropFirst().dropLast()) }
        return value
    }

    static func isIPLiteral(_ name: String) -> Bool {
        ipv4(name) != nil || (name.contains(":") && name.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." })
    }

    private static func ipv4(_ name: String) -> [Int]? {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        let octets = parts.compactMap { part -> Int? in
            guard (1...3).contains(part.count), part.allSatisfy(\.isNumber), let value = Int(part), value <= 255 else { return nil }
            return value
        }
        return octets.count == 4 ? octets : nil
    }
}
