import FluentKit

/// Every migration, in order. Migrations are never edited once landed: a change is a new one.
public enum CandorMigrations {
    public static var all: [any Migration] {
        [
            M001_CreateAccounts(),
            M002_CreateProfiles(),
            M003_CreateCompanies(),
            M004_CreatePeople(),
            M005_CreateInterviews(),
            M006_CreateQuestions(),
            M007_CreateAsks(),
            M008_QuestionBankOwnership(),
            M009_ScheduleRulesAndCalendarFeed(),
            M010_PlanEdits(),
            M011_AnswerCapture(),
            M012_Insights(),
        ]
    }
}
