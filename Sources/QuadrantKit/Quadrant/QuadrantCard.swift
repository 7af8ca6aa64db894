/// A session's quadrant as something to keep: the four corners, whether it closes, and the reflection.
///
/// Renders as plain text, Markdown, an SVG card or JSON. Everything a participant typed is escaped for
/// the format it lands in, so a word like `<script>` stays a word.
public struct QuadrantCard: Sendable, Equatable {
    public var words: Quadrant<String?>
    public var closed: Bool
    public var language: Language
    public var example: String?
    public var nextStep: String?
    /// In a team game: who proposed each word and how the vote went.
    public var team: Quadrant<TeamResult?>?

    public init(words: Quadrant<String?>, closed: Bool, language: Language, example: String? = nil, nextStep: String? = nil,
                team: Quadrant<TeamResult?>? = nil) {
        self.words = words
        self.closed = closed
        self.language = language
        self.team = team
        self.example = example.flatMap { $0.isEmpty ? nil : $0 }
        self.nextStep = nextStep.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The formats `render` accepts.
    public enum Format: String, Sendable, CaseIterable, Equatable {
        case text, markdown, svg, json
    }

    public func rendered(as format: Format) -> String {
        switch format {
        case .text: return text
        case .markdown: return markdown
        case .svg: return svg
        case .json: return JSONWriter.string(json)
        }
    }

    var labels: CardLabels { CardLabels(language) }

    /// The grid with the arrows' meanings and the reflection, for a terminal or a plain chat.
    public var text: String {
        var lines = [labels.title(closed: closed), "", QuadrantGrid.text(words, language: language), ""]
        lines += labels.legend.map { "  " + $0 }
        lines += teamLines.map { "  " + $0 }
        if let example { lines += ["", "\(labels.example): \(example)"] }
        if let nextStep { lines.append("\(labels.nextStep): \(nextStep)") }
        return lines.joined(separator: "\n")
    }

    /// A 2x2 table with the arrows' meanings and the reflection.
    public var markdown: String {
        func cell(_ corner: Corner) -> String { "**\(labels.name(corner))**<br>\(Self.markdownEscaped(words[corner] ?? "…"))" }
        var lines = [
            "## \(labels.title(closed: closed))", "",
            "| | |", "|---|---|",
            "| \(cell(.quality)) | \(cell(.pitfall)) |",
            "| \(cell(.allergy)) | \(cell(.challenge)) |", "",
        ]
        lines += labels.legend.map { "- " + Self.markdownEscaped($0) }
        if !teamLines.isEmpty { lines += [""] + teamLines.map { "- " + Self.markdownEscaped($0) } }
        if let example { lines += ["", "**\(labels.example):** \(Self.markdownEscaped(example))"] }
        if let nextStep { lines += ["", "**\(labels.nextStep):** \(Self.markdownEscaped(nextStep))"] }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The same content as data: corners, closed, language and the reflection.
    public var json: JSONValue {
        .object(JSONObject([
            ("quadrant", .object(JSONObject(Corner.allCases.map { ($0.rawValue, words[$0].map(JSONValue.string) ?? .null) }))),
            ("closed", .bool(closed)), ("lang", .string(language.rawValue)),
            ("example", example.map(JSONValue.string) ?? .null), ("nextStep", nextStep.map(JSONValue.string) ?? .null),
        ] + (team.map { [("team", AddressedEvent.json(team: $0))] } ?? [])))
    }

    /// One line per corner decided by a team: the word, who proposed it, the votes.
    var teamLines: [String] {
        guard let team else { return [] }
        let book = phrasebook(language)
        return Corner.allCases.compactMap { corner in
            team[corner].map { "\(labels.name(corner)): \(book.attributed($0.word, $0))" }
        }
    }

    /// Who proposed a corner's word and its votes, short enough for the SVG card.
    func credit(_ corner: Corner) -> String? {
        guard let result = team?[corner] ?? nil else { return nil }
        let votes = result.totalVotes == 0 ? "" : " · \(result.votes)/\(result.totalVotes)"
        return result.proposedBy.joined(separator: ", ") + votes
    }

    /// Escapes Markdown and HTML so participant text renders as the text it is.
    static func markdownEscaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\n": result += " "
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~", "!": result += "\\" + String(character)
            default: result.append(character)
            }
        }
        return result
    }
}

/// The fixed words of a card in one language.
struct CardLabels {
    var language: Language
    init(_ language: Language) { self.language = language }

    func name(_ corner: Corner) -> String { phrasebook(language).name(of: corner).capitalisedFirst }

    func title(closed: Bool) -> String {
        switch (language, closed) {
        case (.nl, true): return "Ons kernkwadrant (rond)"
        case (.nl, false): return "Ons kernkwadrant"
        case (.en, true): return "Our core quadrant (round)"
        case (.en, false): return "Our core quadrant"
        }
    }

    /// What each arrow means, in Ofman's order.
    var legend: [String] {
        language == .nl
            ? ["Kernkwaliteit → valkuil: te veel van het goede", "Valkuil → uitdaging: het positieve tegenovergestelde",
               "Uitdaging → allergie: te veel van de uitdaging", "Allergie → kernkwaliteit: het positieve tegenovergestelde; zo sluit het kwadrant"]
            : ["Core quality → pitfall: too much of a good thing", "Pitfall → challenge: the positive opposite",
               "Challenge → allergy: too much of the challenge", "Allergy → core quality: the positive opposite; this closes the quadrant"]
    }

    var example: String { language == .nl ? "Voorbeeld" : "Example" }
    var nextStep: String { language == .nl ? "Volgende stap" : "Next step" }
    var tooMuch: String { language == .nl ? "te veel" : "too much" }
    var opposite: String { language == .nl ? "positief tegendeel" : "positive opposite" }
}
