import ArgumentParser
import CandorWeb

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the web app on this machine.",
        discussion: "Stop it with Ctrl-C.")

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Address to listen on; 0.0.0.0 makes Candor reachable from other machines.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on (1-65535, or 0 for any free port).")
    var port = 8080

    func validate() throws {
        guard (0...65535).contains(port) else {
            throw ValidationError("--port must be between 1 and 65535 (or 0 for any free port), got \(port).")
        }
    }

    func run() async throws {
        do {
            try await WebServer.run(location: try database.location(), host: host, port: port)
        } catch {
            throw OneLineError.wrapping(error)
        }
    }
}
