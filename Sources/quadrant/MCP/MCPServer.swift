import QuadrantKit

/// The Model Context Protocol over JSON-RPC 2.0: the handshake, `ping`, and quadrant's tools on one `Service`.
///
/// Pure like the service: a line in, at most one response out. Notifications and the client's own responses
/// get no answer; a bad line gets exactly one JSON-RPC error and the server carries on.
struct MCPServer {
    /// The protocol revisions spoken, newest first; a client asking for another one is offered the newest.
    static let protocolVersions = ["2025-06-18", "2025-03-26", "2024-11-05"]

    /// What the assistant is told once, at `initialize`: how to run the exercise faithfully.
    static let instructions = """
        quadrant walks a person or team through Daniel Ofman's core quadrant: quality, pitfall (too much of the \
        quality), challenge (the pitfall's positive opposite) and allergy (too much of the challenge). The \
        conversation belongs to quadrant: call start_walk, then pass everything the person answers, unchanged, to \
        say. Show quadrant's text to the person as it is, in its language, with its options as choices; when the \
        person picks an option, send that option's value. Do not answer for the person, skip questions or invent \
        the corners yourself. When the walk is done, offer render_quadrant to keep the result.
        """

    var service: Service

    init(service: Service) {
        self.service = service
    }

    /// Serves one line (without its line ending); `nil` when nothing is to be written back.
    mutating func handle(line: [UInt8]) -> JSONValue? {
        switch JSONRPCMessage.decode(line: line) {
        case nil, .success(.response)?, .success(.notification)?:
            return nil
        case .failure(let failure)?:
            return JSONRPCResponse.error(id: failure.id, failure.error)
        case .success(.request(let id, let method, let params))?:
            switch respond(to: method, params) {
            case .success(let result): return JSONRPCResponse.result(id: id, result)
            case .failure(let error): return JSONRPCResponse.error(id: id, error)
            }
        }
    }

    private mutating func respond(to method: String, _ params: JSONObject) -> Result<JSONValue, JSONRPCError> {
        switch method {
        case "initialize":
            return .success(initialize(params))
        case "ping":
            return .success(.object(JSONObject()))
        case "tools/list":
            return .success(["tools": .array(MCPTool.all.map(\.listing))])
        case "tools/call":
            guard let name = params["name"]?.string else {
                return .failure(JSONRPCError(code: JSONRPCError.invalidParams, message: "tools/call needs `name`, one of \(MCPTool.names)"))
            }
            guard let tool = MCPTool.all.first(where: { $0.name == name }) else {
                return .failure(JSONRPCError(code: JSONRPCError.invalidParams, message: "unknown tool \"\(name)\"; the tools are \(MCPTool.names)"))
            }
            let arguments = params["arguments"] ?? .object(JSONObject())
            guard let argumentObject = arguments.object else {
                return .failure(JSONRPCError(code: JSONRPCError.invalidParams, message: "`arguments` must be an object"))
            }
            return .success(call(tool, argumentObject))
        default:
            return .failure(JSONRPCError(code: JSONRPCError.methodNotFound, message: "unknown method \"\(method)\"; quadrant answers initialize, ping, tools/list and tools/call"))
        }
    }

    private func initialize(_ params: JSONObject) -> JSONValue {
        let asked = params["protocolVersion"]?.string ?? ""
        let agreed = Self.protocolVersions.contains(asked) ? asked : Self.protocolVersions[0]
        return [
            "protocolVersion": .string(agreed),
            "capabilities": ["tools": ["listChanged": false]],
            "serverInfo": ["name": "quadrant", "version": .string(QuadrantVersion.current)],
            "instructions": .string(Self.instructions),
        ]
    }

    /// Runs a tool as the protocol request it stands for; a request quadrant refuses is a tool error the
    /// assistant can read and correct, not a JSON-RPC error.
    private mutating func call(_ tool: MCPTool, _ arguments: JSONObject) -> JSONValue {
        let events: [JSONValue]
        switch Envelope.decode(tool.request(arguments)) {
        case .failure(let error): events = [AddressedEvent(id: nil, .error(error, line: nil)).json]
        case .success(let envelope): events = service.handle(envelope).map(\.json)
        }
        let failed = events.contains { $0.object?["type"] == "error" }
        return [
            "content": [["type": "text", "text": .string(events.map(MCPTranscript.text(of:)).joined(separator: "\n\n"))]],
            "structuredContent": ["events": .array(events)],
            "isError": .bool(failed),
        ]
    }
}
