/// Draws a quadrant as a 2x2 grid of boxes with its arrows, in plain text (box-drawing characters).
///
/// Ofman's layout: core quality top left, pitfall top right, challenge bottom right, allergy bottom left;
/// the arrows run clockwise.
public enum QuadrantGrid {
    public static func text(_ words: Quadrant<String?>, language: Language) -> String {
        let book = phrasebook(language)
        let titles = Quadrant(quality: book.name(of: .quality), pitfall: book.name(of: .pitfall),
                              challenge: book.name(of: .challenge), allergy: book.name(of: .allergy)).map { $0.uppercased() }
        let texts = words.map { $0 ?? "…" }
        let width = max(16, (titles.all + texts.all).map(\.count).max()! + 2)
        let tooMuch = language == .nl ? "te veel" : "too much"
        let opposite = language == .nl ? "positief tegendeel" : "positive opposite"
        let gapWidth = max(tooMuch.count + 4, 12)

        func box(_ corner: Corner) -> [String] {
            let rule = String(repeating: "─", count: width)
            return ["┌\(rule)┐", "│ \(titles[corner].padded(width - 1))│", "│ \(texts[corner].padded(width - 1))│", "└\(rule)┘"]
        }
        func row(_ left: Corner, _ right: Corner, arrow: String) -> [String] {
            let (l, r) = (box(left), box(right))
            let label = " " + tooMuch.padded(gapWidth - 1)
            let gaps = [label, arrow, String(repeating: " ", count: gapWidth), String(repeating: " ", count: gapWidth)]
            return (0..<4).map { l[$0] + gaps[$0] + r[$0] }
        }
        let shaft = String(repeating: "─", count: gapWidth - 3)
        let rightArrow = " " + shaft + "▶ "
        let leftArrow = " ◀" + shaft + " "
        let column = width / 2 + 1
        let rightColumn = width + 2 + gapWidth + column
        /// A line with `left` centred under the left boxes and `right` under the right ones.
        func line(_ left: String, _ right: String) -> String {
            let leftStart = max(0, column - left.count / 2)
            let rightStart = max(leftStart + left.count + 1, rightColumn - right.count / 2)
            return String(repeating: " ", count: leftStart) + left
                + String(repeating: " ", count: rightStart - leftStart - left.count) + right
        }
        let middle = [line("▲", "│"), line(opposite, opposite), line("│", "▼")]
        return (row(.quality, .pitfall, arrow: rightArrow) + middle + row(.allergy, .challenge, arrow: leftArrow)).joined(separator: "\n")
    }
}

extension String {
    /// The text padded with spaces to `width` characters.
    func padded(_ width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - count))
    }
}
