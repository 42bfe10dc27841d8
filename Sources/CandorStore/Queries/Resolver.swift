import CandorCore
import Foundation

/// Finds the one item a person meant by a reference typed on the command line.
///
/// Accepted, in order: the full id; the name (ignoring case and accents); a unique start
/// of the id (at least 4 characters, as `candor … list` shows 8); a unique start of the name.
enum Resolver {
    static func pick<T>(
        _ reference: String, in items: [T], kind: String,
        id: (T) -> UUID, name: (T) -> String, hint: String
    ) throws -> T {
        let wanted = reference.trimmingCharacters(in: .whitespaces)
        let key = wanted.matchKey
        guard !key.isEmpty else { throw CandorError.notFound(kind: kind, reference: reference, hint: hint) }
        if let uuid = UUID(uuidString: wanted), let hit = items.first(where: { id($0) == uuid }) { return hit }
        let byName = items.filter { name($0).matchKey == key }
        if byName.count == 1 { return byName[0] }
        if byName.count > 1 {
            throw CandorError.ambiguous(kind: kind, reference: reference, matches: byName.map { shortID(id($0)) })
        }
        if let prefix = IDPrefix(wanted) {
            let byID = items.filter { prefix.matches(id($0)) }
            if byID.count == 1 { return byID[0] }
            if byID.count > 1 {
                throw CandorError.ambiguous(kind: kind, reference: reference, matches: byID.map { shortID(id($0)) })
            }
        }
        let byPrefix = items.filter { name($0).matchKey.hasPrefix(key) }
        if byPrefix.count == 1 { return byPrefix[0] }
        if byPrefix.count > 1 {
            throw CandorError.ambiguous(kind: kind, reference: reference, matches: byPrefix.map(name))
        }
        throw CandorError.notFound(kind: kind, reference: reference, hint: hint)
    }

    static func shortID(_ id: UUID) -> String { id.short }
}
