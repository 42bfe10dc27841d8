import ArgumentParser
import CandorWeb
import Foundation

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the web app on this machine.",
        discussion: """
            Stop it with Ctrl-C. Candor has no sign-in when run locally, so it listens on this \
            machine's loopback address only and answers only requests that name it by a \
            loopback name or address (or one added with --allowed-host).
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Address to listen on. Anything but a loopback address (127.0.0.1, ::1, localhost) also needs --allow-remote-without-sign-in.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on (1-65535, or 0 for any free port).")
    var port = 8080

    @Option(name: .customLong("allowed-host"), help: ArgumentHelp(
        "Another name this server may be reached by (a name in /etc/hosts, say); repeat for more.",
        valueName: "name"))
    var allowedHosts: [String] = []

    @Flag(help: "Listen on a non-loopback address although local mode has no sign-in: anyone who reaches it reads and changes everything.")
    var allowRemoteWithoutSignIn = false

    func validate() throws {
        guard (0...65535).contains(port) else {
            throw ValidationError("--port must be between 1 and 65535 (or 0 for any free port), got \(port).")
        }
        if !HostPolicy.isLoopback(host), !allowRemoteWithoutSignIn {
            // One line, not the usage text a ValidationError brings: the fix is in the sentence.
            FileHandle.standardError.write(Data((
                "Error: --host \(host) would let other machines read your notes: local mode has no sign-in. "
                    + "Keep the default (127.0.0.1), or pass --allow-remote-without-sign-in if you accept that risk.\n").utf8))
            throw ExitCode(64)
        }
        for name in allowedHosts where HostPolicy.bare(name).isEmpty || name.contains(where: { $0 == "/" || $0.isWhitespace }) {
            throw ValidationError("--allowed-host takes a host name such as candor.lan, got '\(name)'.")
        }
    }

    func run() async throws {
        if !HostPolicy.isLoopback(host) {
            FileHandle.standardError.write(Data(
                "warning: Candor is listening on \(host) without sign-in: anyone who can reach this address can read and change your notes.\n".utf8))
        }
        do {
            try await WebServer.run(location: try database.location(), host: host, port: port, allowedHosts: allowedHosts)
        } catch {
            throw OneLineError.wrapping(error)
        }
    }
}
