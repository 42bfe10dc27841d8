import ArgumentParser
import CandorWeb

@main
struct Candor: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "candor",
        abstract: "Interview your interviewers: plan the questions you ask, capture the answers, see the patterns.",
        version: "0.1.0",
        subcommands: [
            ServeCommand.self,
            CompanyCommand.self,
            PersonCommand.self,
            InterviewCommand.self,
            PlanCommand.self,
            AnswerCommand.self,
            AnswersCommand.self,
            AnalyzeCommand.self, CompareCommand.self, OfferCommand.self, ThemeCommand.self,
            QuestionCommand.self,
            ProfileCommand.self,
            ScheduleCommand.self,
            StatusCommand.self,
            DemoCommand.self,
            ExportCommand.self,
            ImportBackupCommand.self,
            TextCommand.self,
        ]
    )

    static func main() async {
        // Before any task starts: from here on, async code runs on NIO's event loops.
        WebServer.runConcurrencyOnEventLoops()
        await main(nil)
    }
}
