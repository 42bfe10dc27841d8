import CandorCore
import Foundation

/// The starter bank shipped inside the package (`Resources/starter-bank.json`).
public enum StarterBankResource {
    /// Read and checked once per process: it is part of the program, not user data.
    public static let bundled: StarterBank = {
        guard let url = Bundle.module.url(forResource: "starter-bank", withExtension: "json"),
              let data = try? Data(contentsOf: url)
        else { fatalError("The starter bank is missing from Candor's resources; reinstall Candor.") }
        do {
            return try StarterBank.decode(data)
        } catch {
            fatalError("The bundled starter bank is invalid: \(error)")
        }
    }()

    /// Each starter key's place in the shipped bank, for listing questions in that order.
    public static let order: [String: Int] = Dictionary(
        uniqueKeysWithValues: bundled.questions.enumerated().map { ($1.key, $0) })
}
