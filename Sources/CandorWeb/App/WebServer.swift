import CandorStore
import Foundation
import NIOCore
import NIOPosix
import Vapor

/// Runs Candor's web app until the process is told to stop (Ctrl-C or SIGTERM).
public enum WebServer {
    /// Makes Swift concurrency run its tasks on the event loops that serve the connections.
    ///
    /// Otherwise every request hops from an event loop to Swift's own thread pool and back, and
    /// again around each database call: on a 2-core machine over half of an answer save's time
    /// went to the kernel switching threads (perf, `Benchmarks/saves`). Vapor's own template does
    /// this. Blocking work must then stay off async code, as it already must: SQLite runs on
    /// NIO's thread pool, and the few asset files are read once into memory (`Asset`).
    ///
    /// Call once, first thing in `main`, on the main thread; returns whether it took effect.
    @discardableResult
    public static func runConcurrencyOnEventLoops() -> Bool {
        NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
    }

    /// How long a stopping server waits for the requests it is handling: far above any page's
    /// time, well inside the 90 s systemd gives a service before SIGKILL.
    static let drainSeconds = 20.0

    /// Opens the database, starts listening and prints the address to open.
    ///
    /// - Parameter onReady: called with the URL once the server listens (the CLI prints it).
    public static func run(
        location: DatabaseLocation, host: String, port: Int, allowedHosts: [String] = [],
        onReady: @Sendable (String) -> Void = { url in
            // Written straight to the file handle: scripts and tests wait for this line on a
            // pipe, where print's buffered output would arrive late.
            FileHandle.standardOutput.write(Data("Candor is running at \(url)\n".utf8))
        }
    ) async throws {
        var environment = Environment(name: "production", arguments: ["candor"])
        environment.commandInput.arguments = []
        let app = try await Application.make(environment)
        do {
            try await configure(app, settings: AppSettings(
                location: location, hosts: HostPolicy(listenHost: host, extraNames: allowedHosts)))
            try await app.asyncBoot()
            try await app.server.start(address: .hostname(host, port: port))
            let shownHost = host.contains(":") ? "[\(host)]" : host
            onReady("http://\(shownHost):\(app.http.server.shared.localAddress?.port ?? port)")
            await ShutdownSignal.wait()
            await app.server.shutdown()
            // Requests already read still run (and need the database) after the listener stops.
            await app.requestsInFlight.drained(within: drainSeconds)
            try await app.asyncShutdown()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }
}

/// Waits for SIGINT or SIGTERM, so `candor serve` stops cleanly and says nothing alarming.
enum ShutdownSignal {
    static func wait() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let queue = DispatchQueue(label: "candor.shutdown")
            let once = Once()
            var sources: [any DispatchSourceSignal] = []
            for code in [SIGINT, SIGTERM] {
                signal(code, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: code, queue: queue)
                source.setEventHandler {
                    if once.first() {
                        sources.forEach { $0.cancel() }
                        continuation.resume()
                    }
                }
                source.resume()
                sources.append(source)
            }
        }
    }

    private final class Once: @unchecked Sendable {
        private let lock = NSLock()
        private var done = false
        func first() -> Bool {
            lock.lock(); defer { lock.unlock() }
            if done { return false }
            done = true
            return true
        }
    }
}
