import Vapor

/// Every URL Candor serves, in one place.
func routes(_ app: Application) throws {
    app.get("healthz", use: HomeController.health)
    // The stylesheet and scripts (`Asset`, files in Public/).
    app.get("assets", ":file", use: HomeController.asset)

    app.get(use: HomeController.show)
    // The demo is a sandbox of its own (`DemoSession`): opened afresh, left, or deleted.
    app.post("demo", use: HomeController.openDemo)
    app.post("demo", "leave", use: HomeController.leaveDemo)
    app.post("demo", "remove", use: HomeController.removeDemo)

    app.get("profile", use: ProfileController.show)
    app.post("profile", use: ProfileController.save)
    app.post("profile", "calendar-token", use: ProfileController.newCalendarToken)

    app.get("pipeline", use: PipelineController.show)
    app.get("agenda", use: AgendaController.show)
    // The calendar subscription: the token in the file name is the only key (no cookies).
    app.get("calendar", ":file", use: CalendarController.feed)

    app.get("companies", use: CompanyController.list)
    app.get("companies", "new", use: CompanyController.new)
    app.post("companies", use: CompanyController.create)
    app.get("companies", ":id", use: CompanyController.show)
    app.get("companies", ":id", "edit", use: CompanyController.edit)
    app.post("companies", ":id", use: CompanyController.update)
    app.post("companies", ":id", "status", use: CompanyController.setStatus)
    app.get("companies", ":id", "remove", use: CompanyController.confirmRemove)
    app.post("companies", ":id", "remove", use: CompanyController.remove)

    // What the answers at a company add up to; each theme read in an answer can be corrected.
    app.get("companies", ":id", "insight", use: InsightController.show)
    app.post("asks", ":askID", "themes", use: InsightController.correct)
    // A flag's card takes its theme away from the answers it rests on, in one go.
    app.post("companies", ":id", "insight", "dismiss", use: InsightController.dismissFlag)
    // A company's offer: one form, and emptied it removes the offer.
    app.get("companies", ":id", "offer", use: OfferController.edit)
    app.post("companies", ":id", "offer", use: OfferController.save)
    // Companies side by side, chosen with ?company=<id> once per company (a GET form).
    app.get("compare", use: CompareController.show)

    app.get("companies", ":id", "people", "new", use: PersonController.new)
    app.post("companies", ":id", "people", use: PersonController.create)
    app.get("people", ":id", use: PersonController.show)
    app.get("people", ":id", "edit", use: PersonController.edit)
    app.post("people", ":id", use: PersonController.update)

    app.get("questions", use: QuestionController.bank)
    app.post("questions", use: QuestionController.create)
    app.get("questions", "export", use: QuestionController.export)
    app.post("questions", "import", maxBody: "6mb", use: QuestionController.importFile)
    app.get("questions", ":id", "edit", use: QuestionController.edit)
    app.post("questions", ":id", use: QuestionController.update)
    app.post("questions", ":id", "retire", use: QuestionController.retire)
    app.post("questions", ":id", "restore", use: QuestionController.restore)
    app.get("questions", ":id", "delete", use: QuestionController.confirmDelete)
    app.post("questions", ":id", "delete", use: QuestionController.delete)

    app.get("interviews", use: InterviewController.list)
    app.get("companies", ":id", "interviews", "new", use: InterviewController.new)
    app.post("companies", ":id", "interviews", use: InterviewController.create)
    app.get("interviews", ":id", use: InterviewController.show)
    app.get("interviews", ":id", "edit", use: InterviewController.edit)
    app.post("interviews", ":id", use: InterviewController.update)
    app.get("interviews", ":id", "remove", use: InterviewController.confirmRemove)
    app.post("interviews", ":id", "remove", use: InterviewController.remove)

    // An interview's plan; each planned question is changed by a small form of its own.
    app.get("interviews", ":id", "plan", use: PlanController.show)
    app.post("interviews", ":id", "plan", "add", use: PlanController.add)
    app.post("interviews", ":id", "plan", "replan", use: PlanController.replan)
    app.post("plan-items", ":askID", "pin", use: PlanController.pin)
    app.post("plan-items", ":askID", "unpin", use: PlanController.unpin)
    app.post("plan-items", ":askID", "drop", use: PlanController.drop)
    app.post("plan-items", ":askID", "up", use: PlanController.up)
    app.post("plan-items", ":askID", "down", use: PlanController.down)

    // Interview mode: answers typed during the interview, one plain form per section, and
    // what the candidate noted afterwards. A section may hold several long answers.
    app.get("interviews", ":id", "capture", use: CaptureController.show)
    app.post("interviews", ":id", "capture", maxBody: "16mb", use: CaptureController.saveSection)
    app.post("interviews", ":id", "capture", "add", use: CaptureController.add)
    app.post("interviews", ":id", "capture", "after", maxBody: "4mb", use: CaptureController.after)

    // The JSON API interview mode's script saves through; errors under /api/ are JSON.
    app.put("api", "asks", ":askID", "answer", use: AnswerAPIController.saveAnswer)
    app.put("api", "asks", ":askID", "status", use: AnswerAPIController.setStatus)
}
