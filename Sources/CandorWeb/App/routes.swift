import Vapor

/// Every URL Candor serves, in one place. The paths come from `SiteURL`, as every link to them does.
func routes(_ app: Application) throws {
    // Stand-ins for the ids and file names in a URL: a route matches any value in their place
    // (`.company(id)` is `companies/:id`), so these values are never used.
    let id = UUID(), askID = UUID(), file = "file"

    app.get(.healthz, use: HomeController.health)
    // The stylesheet and scripts (`Asset`, files in Public/).
    app.get(.asset(file), use: HomeController.asset)

    app.get(.home, use: HomeController.show)
    // The demo is a sandbox of its own (`DemoSession`): opened afresh, left, or deleted.
    app.post(.demo, use: HomeController.openDemo)
    app.post(.leaveDemo, use: HomeController.leaveDemo)
    app.post(.removeDemo, use: HomeController.removeDemo)

    app.get(.profile, use: ProfileController.show)
    app.post(.profile, use: ProfileController.save)
    app.post(.newCalendarToken, use: ProfileController.newCalendarToken)

    app.get(.pipeline, use: PipelineController.show)
    app.get(.agenda, use: AgendaController.show)
    // The calendar subscription: the token in the file name is the only key (no cookies).
    app.get(.calendarFeed(file), use: CalendarController.feed)

    app.get(.companies, use: CompanyController.list)
    app.get(.newCompany, use: CompanyController.new)
    app.post(.companies, use: CompanyController.create)
    app.get(.company(id), use: CompanyController.show)
    app.get(.editCompany(id), use: CompanyController.edit)
    app.post(.company(id), use: CompanyController.update)
    app.post(.companyStatus(id), use: CompanyController.setStatus)
    app.get(.removeCompany(id), use: CompanyController.confirmRemove)
    app.post(.removeCompany(id), use: CompanyController.remove)

    // What the answers at a company add up to; each theme read in an answer can be corrected,
    // there or on the answer's own page (re-tag, add).
    app.get(.insight(company: id), use: InsightController.show)
    app.get(.askThemes(askID), use: InsightController.answerThemes)
    app.post(.askThemes(askID), use: InsightController.correct)
    // A flag's card takes its theme away from the answers it rests on, in one go.
    app.post(.dismissFlag(company: id), use: InsightController.dismissFlag)
    // A company's offer: one form, and emptied it removes the offer.
    app.get(.offer(company: id), use: OfferController.edit)
    app.post(.offer(company: id), use: OfferController.save)
    // Companies side by side, chosen with ?company=<id> once per company (a GET form).
    app.get(.compare, use: CompareController.show)

    app.get(.newPerson(company: id), use: PersonController.new)
    app.post(.addPerson(company: id), use: PersonController.create)
    app.get(.person(id), use: PersonController.show)
    app.get(.editPerson(id), use: PersonController.edit)
    app.post(.person(id), use: PersonController.update)

    app.get(.questions, use: QuestionController.bank)
    app.post(.questions, use: QuestionController.create)
    app.get(.exportQuestions, use: QuestionController.export)
    app.post(.importQuestions, maxBody: "6mb", use: QuestionController.importFile)
    app.get(.editQuestion(id), use: QuestionController.edit)
    app.post(.question(id), use: QuestionController.update)
    app.post(.retireQuestion(id), use: QuestionController.retire)
    app.post(.restoreQuestion(id), use: QuestionController.restore)
    app.get(.deleteQuestion(id), use: QuestionController.confirmDelete)
    app.post(.deleteQuestion(id), use: QuestionController.delete)

    app.get(.interviews, use: InterviewController.list)
    app.get(.newInterview(company: id), use: InterviewController.new)
    app.post(.addInterview(company: id), use: InterviewController.create)
    app.get(.interview(id), use: InterviewController.show)
    app.get(.editInterview(id), use: InterviewController.edit)
    app.post(.interview(id), use: InterviewController.update)
    app.get(.removeInterview(id), use: InterviewController.confirmRemove)
    app.post(.removeInterview(id), use: InterviewController.remove)

    // An interview's plan; each planned question is changed by a small form of its own.
    app.get(.plan(interview: id), use: PlanController.show)
    app.post(.addToPlan(interview: id), use: PlanController.add)
    app.post(.replan(interview: id), use: PlanController.replan)
    app.post(.planItem(ask: askID, .pin), use: PlanController.pin)
    app.post(.planItem(ask: askID, .unpin), use: PlanController.unpin)
    app.post(.planItem(ask: askID, .drop), use: PlanController.drop)
    app.post(.planItem(ask: askID, .up), use: PlanController.up)
    app.post(.planItem(ask: askID, .down), use: PlanController.down)

    // Interview mode: answers typed during the interview, one plain form per section, and
    // what the candidate noted afterwards. A section may hold several long answers.
    app.get(.capture(interview: id), use: CaptureController.show)
    app.post(.capture(interview: id), maxBody: "16mb", use: CaptureController.saveSection)
    app.post(.captureAdd(interview: id), use: CaptureController.add)
    app.post(.captureAfter(interview: id), maxBody: "4mb", use: CaptureController.after)

    // The JSON API interview mode's script saves through; errors under /api/ are JSON.
    app.put(.apiAnswer(ask: askID), use: AnswerAPIController.saveAnswer)
    app.put(.apiStatus(ask: askID), use: AnswerAPIController.setStatus)
}
