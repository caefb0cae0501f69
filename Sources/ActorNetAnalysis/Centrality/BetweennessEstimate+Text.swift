import ActorNet
import Foundation

extension BetweennessEstimate {
    /// ε and 1 − δ as the sentences about an estimate print them: shortest decimal form, the language's separator.
    public static func bound(epsilon: Double, delta: Double, _ language: Language) -> (
        epsilon: String, confidence: String
    ) {
        let separator = language.text(.numberDecimalSeparator)
        func number(_ value: Double) -> String {
            String(format: "%g", value).replacingOccurrences(of: ".", with: separator)
        }
        return (number(epsilon), number(1 - delta))
    }
}
