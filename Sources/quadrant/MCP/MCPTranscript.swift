import QuadrantKit

/// Protocol events as plain text for an assistant to read and relay; the events themselves travel beside it
/// as `structuredContent`.
enum MCPTranscript {
    static func text(of event: JSONValue) -> String {
        guard let object = event.object, let type = object["type"]?.string else { return JSONWriter.string(event) }
        switch type {
        case "reply": return reply(object)
        case "quadrant":
            let closed = object["closed"] == .bool(true)
            return "All four corners are filled: \(corners(object["quadrant"])). "
                + (closed ? "The lexicon finds it closed (round)." : "The lexicon does not find it closed yet.")
        case "suggestion": return suggestion(object)
        case "checked":
            let relations = (object["relations"]?.array ?? []).compactMap(\.object).map { relation in
                "- \(relation["from"]?.string ?? "") → \(relation["to"]?.string ?? "") (\(relation["relation"]?.string ?? "")): "
                    + "\(relation["verdict"]?.string ?? "") – \(relation["reason"]?.string ?? "")"
            }
            return (object["closed"] == .bool(true) ? "Closed (round)." : "Not closed.") + "\n" + relations.joined(separator: "\n")
        case "rendered": return object["content"]?.string ?? ""
        case "ended": return "The walk \"\(object["session"]?.string ?? "")\" has ended."
        case "error": return "Error (\(object["code"]?.string ?? "")): \(object["message"]?.string ?? "")"
        default: return JSONWriter.string(event)
        }
    }

    private static func reply(_ object: JSONObject) -> String {
        var lines = [object["text"]?.string ?? ""]
        let options = (object["options"]?.array ?? []).compactMap(\.object)
        if !options.isEmpty {
            lines.append("")
            lines.append("Options (show them; send the chosen value with `say`):")
            for option in options {
                let label = option["label"]?.string ?? "", value = option["value"]?.string ?? ""
                lines.append(label == value ? "- \(label)" : "- \(label) (value: \(value))")
            }
        }
        lines.append("")
        lines.append("[stage: \(object["stage"]?.string ?? ""), language: \(object["lang"]?.string ?? ""), so far: \(corners(object["quadrant"]))]")
        return lines.joined(separator: "\n")
    }

    private static func suggestion(_ object: JSONObject) -> String {
        let word = object["word"]?.string ?? ""
        guard let lemma = object["lemma"]?.string else { return "“\(word)” is not in the lexicon; a person may still keep it as their own word." }
        var lines = ["“\(word)” is known as “\(lemma)”" + (object["corner"]?.string.map { ", usually a \($0)." } ?? ".")]
        let synonyms = (object["synonyms"]?.array ?? []).compactMap(\.string)
        if !synonyms.isEmpty { lines.append("Synonyms: \(synonyms.joined(separator: ", ")).") }
        let quadrants = (object["quadrants"]?.array ?? []).map { corners($0) }
        if !quadrants.isEmpty { lines.append("Closed quadrants:\n" + quadrants.map { "- \($0)" }.joined(separator: "\n")) }
        return lines.joined(separator: "\n")
    }

    /// "quality klantgerichtheid, pitfall grenzeloosheid, challenge …, allergy …".
    private static func corners(_ value: JSONValue?) -> String {
        let object = value?.object ?? JSONObject()
        return ["quality", "pitfall", "challenge", "allergy"].map { "\($0) \(object[$0]?.string ?? "…")" }.joined(separator: ", ")
    }
}
