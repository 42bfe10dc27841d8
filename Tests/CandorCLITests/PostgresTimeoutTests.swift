import Foundation
import Testing
#if canImport(Glibc)
import Glibc

/// "An unreachable PostgreSQL URL: a clear error within 10 seconds", timed in a process of
/// its own, as a person would see it.
@Suite("PostgreSQL that cannot be reached", .serialized)
struct PostgresTimeoutTests {
    @Test("nothing listening: one line, exit 1, well within 10 seconds")
    func refused() throws {
        let started = Date()
        let run = try Sandbox().candor("company", "list", "--database-url", "postgres://candor@127.0.0.1:1/candor")
        #expect(run.status == 1)
        #expect(run.errorLines == ["Error: Cannot reach PostgreSQL at postgres://candor@127.0.0.1:1/candor: connection refused (is the server running on that host and port?)"])
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test("a server that accepts the connection but never answers: one line, exit 1, within 10 seconds")
    func silent() throws {
        // A listening socket that is never accepted from: the TCP connection succeeds, the
        // PostgreSQL handshake never does, as with a hung server.
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #expect(fd >= 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        #expect(bound && listen(fd, 8) == 0)
        let url = "postgres://candor@127.0.0.1:\(UInt16(bigEndian: address.sin_port))/candor"

        let started = Date()
        let run = try Sandbox().candor("company", "list", "--database-url", url)
        #expect(run.status == 1)
        #expect(run.errorLines == ["Error: Cannot reach PostgreSQL at \(url): no answer within 5 seconds"])
        #expect(Date().timeIntervalSince(started) < 10)
    }
}
#endif
