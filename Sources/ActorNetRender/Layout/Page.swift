/// The paper a diagram is drawn for (`render --page`): its size in points and the margin kept blank.
public enum Page: String, Sendable, CaseIterable {
    case a4, letter, a3, none

    /// Portrait width and height in points (1/72 inch); nil for `none` (the drawing's natural size).
    public var portraitSize: (width: Double, height: Double)? {
        switch self {
        case .a4: (595.28, 841.89)
        case .letter: (612, 792)
        case .a3: (841.89, 1190.55)
        case .none: nil
        }
    }

    /// Blank border on every side: 14 mm, inside what office printers can print.
    public static let margin = 40.0

    /// Width and height of the page in the given orientation.
    public func size(landscape: Bool) -> (width: Double, height: Double)? {
        guard let size = portraitSize else { return nil }
        return landscape ? (size.height, size.width) : size
    }
}
