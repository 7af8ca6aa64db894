/// A language quadrant speaks: its texts and its lexicon.
public enum Language: String, Sendable, CaseIterable, Codable {
    case nl
    case en
}
