import QuadrantKit

/// One tool an assistant can call: its listing for `tools/list`, and the protocol request a call stands for.
///
/// Every tool is a protocol request with the tool's arguments as its fields, so the same decoder checks them
/// and the same `Service` answers them: there is no second engine behind MCP.
struct MCPTool {
    var name: String
    var description: String
    /// The protocol request's `type`.
    var type: String
    var properties: [(String, JSONValue)]
    var required: [String]

    /// The session a call names when it names none: one assistant conversation usually holds one walk.
    static let defaultSession = "walk"

    /// The listing `tools/list` returns.
    var listing: JSONValue {
        [
            "name": .string(name),
            "description": .string(description),
            "inputSchema": [
                "type": "object",
                "properties": .object(JSONObject(properties)),
                "required": .array(required.map(JSONValue.string)),
            ],
        ]
    }

    /// The protocol request for a call with `arguments`.
    func request(_ arguments: JSONObject) -> JSONObject {
        var request = arguments
        request["type"] = .string(type)
        if properties.contains(where: { $0.0 == "session" }), request["session"] == nil {
            request["session"] = .string(Self.defaultSession)
        }
        return request
    }

    static var names: String { all.map(\.name).joined(separator: ", ") }

    private static let session: (String, JSONValue) = ("session", [
        "type": "string", "minLength": 1,
        "description": "Names the walk, so one assistant can hold several at once. Default \"walk\".",
    ])
    private static let lang: (String, JSONValue) = ("lang", [
        "type": "string", "enum": ["nl", "en", "auto"],
        "description": "nl (Dutch) or en (English); auto guesses from the person's words, Dutch when in doubt.",
    ])
    private static let corners: JSONValue = ["quality", "pitfall", "challenge", "allergy"]

    static let all: [MCPTool] = [
        MCPTool(
            name: "start_walk",
            description: """
                Start (or start over) a core quadrant walk with the person. quadrant greets and asks the first \
                question. Show its text to the person exactly as given, in its language, and its options as \
                choices; then pass the person's answer to `say`. Use the person's language for `lang`.
                """,
            type: "start",
            properties: [
                session, lang,
                ("from", ["type": "string", "enum": corners,
                          "description": "The corner to begin with (default quality): start from pitfall when the person knows what they are reproached for, from allergy when they know what irritates them in others."]),
                ("audience", ["type": "string", "enum": .array(Audience.allCases.map { .string($0.rawValue) }),
                              "description": "Whom the person's team works for, when you know it (a ward: patients; a school: pupils; the police: citizens). The questions then name them instead of customers; without it quadrant hears it from the person's words."]),
            ],
            required: []),
        MCPTool(
            name: "say",
            description: """
                Pass what the person answered to quadrant, word for word, or the `value` of the option they picked. \
                Do not answer for the person or improve their words: quadrant understands free text, typos and \
                either language, coaches when an answer does not fit, and lets the person keep their own word. \
                Plain-text commands work too: help/hulp, back/terug, status, restart/opnieuw, stop/stoppen. Relay \
                the reply's text and options to the person unchanged. A `quadrant` event means all four corners \
                are filled; the walk then checks, reflects and closes (stage `done`).
                """,
            type: "say",
            properties: [
                session,
                ("text", ["type": "string", "minLength": 1, "maxLength": 4000,
                          "description": "What the person typed, unchanged, or the chosen option's value."]),
            ],
            required: ["text"]),
        MCPTool(
            name: "suggest_word",
            description: """
                Look a word up in quadrant's lexicon without touching a walk: whether it is known, its lemma, the \
                corner it usually fills, synonyms and the closed quadrants it is part of. Useful when the person \
                asks what a word means here, or wants ideas; the walk itself already offers suggestions as options.
                """,
            type: "suggest",
            properties: [
                ("word", ["type": "string", "minLength": 1, "maxLength": 4000, "description": "The word or short phrase."]),
                lang,
                ("corner", ["type": "string", "enum": corners, "description": "Prefer meanings that fit this corner."]),
            ],
            required: ["word"]),
        MCPTool(
            name: "check_quadrant",
            description: """
                Check a whole quadrant without a walk: is the pitfall too much of the quality, the challenge the \
                pitfall's positive opposite, the allergy too much of the challenge, and the quality the allergy's \
                positive opposite (then it is closed, "round")? Each arrow gets ok, unknown or mismatch with a reason.
                """,
            type: "check",
            properties: [
                ("quadrant", [
                    "type": "object",
                    "description": "The four corners as words or short phrases, as the person put them.",
                    "properties": [
                        "quality": ["type": "string", "minLength": 1], "pitfall": ["type": "string", "minLength": 1],
                        "challenge": ["type": "string", "minLength": 1], "allergy": ["type": "string", "minLength": 1],
                    ],
                    "required": corners,
                ]),
                lang,
            ],
            required: ["quadrant"]),
        MCPTool(
            name: "render_quadrant",
            description: """
                The walk's quadrant to keep: `text` (a grid for a chat), `markdown`, `svg` (a 640-pixel card to \
                save or show as an image) or `json`. Empty corners show as …; the example and next step from the \
                reflection are included. Offer it when the walk is done.
                """,
            type: "render",
            properties: [
                session,
                ("format", ["type": "string", "enum": ["text", "markdown", "svg", "json"], "description": "Default text."]),
            ],
            required: []),
        MCPTool(
            name: "end_walk",
            description: "End a walk and forget it, when the person is done or wants to stop. Render it first if they want to keep it.",
            type: "end",
            properties: [session],
            required: []),
    ]
}
