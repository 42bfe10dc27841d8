import Foundation

enum JSONBankReader {
    static func read(_ text: String) throws -> ParsedImport {
        func fail(_ reason: String) -> CandorError { .invalidImport(line: nil, reason: reason) }
        guard let root = BankJSONValue.parse(Array(text.utf8)) else { throw fail("the file is not valid JSON") }
        guard case let .object(top) = root else {
            throw fail("it is not a Candor question file (expected an object with \"format\": \"\(BankExport.jsonFormatName)\")")
        }
        guard case .string(BankExport.jsonFormatName)? = top["format"] else {
            if case .string("candor-backup")? = top["format"] {
                throw fail("this is a Candor backup, not a question file; restore it instead of importing it")
            }
            throw fail("it is not a Candor question file (it does not say \"format\": \"\(BankExport.jsonFormatName)\")")
        }
        guard let versionValue = top["version"], versionValue != .null else { throw fail("it has no version number") }
        guard case let .int(version) = versionValue, version >= 1 else {
            throw fail("its version must be a whole number from 1, not \(describe(versionValue))")
        }
        guard version <= BankExport.jsonVersion else {
            throw fail("it was made by a newer Candor (version \(version)); update Candor first")
        }
        guard case let .array(items)? = top["questions"] else { throw fail("it has no \"questions\" list") }

        var result = ParsedImport()
        for (index, item) in items.enumerated() {
            let place = BankImport.Place.question(index + 1)
            guard case let .object(object) = item else {
                throw place.fatal("expected an object with a \"text\", not \(describe(item))")
            }
            var draft = QuestionDraft(text: "")
            let retired: Bool
            do {
                retired = try BankJSONFields.apply(object, to: &draft, at: place)
            } catch let BankJSONFields.Problem.shape(reason) {
                throw place.fatal(reason)
            } catch let BankJSONFields.Problem.reject(reason) {
                result.rejections.append(ImportRejection(line: place.number, reason: reason))
                continue
            }
            BankImport.file(draft, line: place.number, retired: retired, into: &result)
        }
        return result
    }

    private static func describe(_ value: BankJSONValue) -> String {
        switch value {
        case .null: "null"
        case let .bool(flag): "\(flag)"
        case let .int(number): "\(number)"
        case let .double(number): "\(number)"
        case let .string(text): "\"\(text.prefix(40))\""
        case .array: "a list"
        case .object: "an object"
        }
    }
}
