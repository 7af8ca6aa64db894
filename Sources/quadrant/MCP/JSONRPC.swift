import QuadrantKit

/// A JSON-RPC 2.0 error: its wire code, and a message that says what to do.
struct JSONRPCError: Error, Equatable {
    var code: Int
    var message: String

    static let parseError = -32700
    static let invalidRequest = -32600
    static let methodNotFound = -32601
    static let invalidParams = -32602
}

/// One message from the client, decoded: a request to answer, a notification, or a response (which we ignore:
/// quadrant sends no requests of its own).
enum JSONRPCMessage: Equatable {
    case request(id: JSONValue, method: String, params: JSONObject)
    case notification(method: String, params: JSONObject)
    case response

    /// Decodes one line; `nil` for a blank line. A failure carries the `id` when it could be read.
    static func decode(line: [UInt8]) -> Result<JSONRPCMessage, Failure>? {
        let value: JSONValue
        do throws(JSONError) {
            value = try JSONReader.parse(line)
        } catch {
            if error.kind == .empty { return nil }
            return .failure(Failure(id: nil, JSONRPCError(code: JSONRPCError.parseError, message: "the line is not valid JSON: \(error.message)")))
        }
        guard case .object(let object) = value else {
            let what = value.array != nil ? "batches are not supported; send one message per line" : "a message must be a JSON object"
            return .failure(Failure(id: nil, invalid(what)))
        }
        let id = object["id"]
        let readableID = id.flatMap { value -> JSONValue? in
            switch value {
            case .string, .number: return value
            default: return nil
            }
        }
        guard object["jsonrpc"] == "2.0" else {
            return .failure(Failure(id: readableID, invalid("`jsonrpc` must be \"2.0\"")))
        }
        guard let methodValue = object["method"] else {
            if object["result"] != nil || object["error"] != nil { return .success(.response) }
            return .failure(Failure(id: readableID, invalid("a request needs `method`")))
        }
        guard let method = methodValue.string else { return .failure(Failure(id: readableID, invalid("`method` must be a string"))) }
        var params = JSONObject()
        if let given = object["params"] {
            guard let members = given.object else {
                return .failure(Failure(id: readableID, JSONRPCError(code: JSONRPCError.invalidParams, message: "`params` must be an object")))
            }
            params = members
        }
        guard id != nil else { return .success(.notification(method: method, params: params)) }
        guard let readableID else { return .failure(Failure(id: nil, invalid("`id` must be a string or a number"))) }
        return .success(.request(id: readableID, method: method, params: params))
    }

    /// A message that could not be decoded, with the id to answer it under (null when unreadable).
    struct Failure: Error, Equatable {
        var id: JSONValue?
        var error: JSONRPCError
        init(id: JSONValue?, _ error: JSONRPCError) {
            self.id = id
            self.error = error
        }
    }

    private static func invalid(_ message: String) -> JSONRPCError {
        JSONRPCError(code: JSONRPCError.invalidRequest, message: message)
    }
}

/// The responses quadrant writes.
enum JSONRPCResponse {
    static func result(id: JSONValue, _ result: JSONValue) -> JSONValue {
        ["jsonrpc": "2.0", "id": id, "result": result]
    }

    static func error(id: JSONValue?, _ error: JSONRPCError) -> JSONValue {
        ["jsonrpc": "2.0", "id": id ?? .null, "error": ["code": .number(String(error.code)), "message": .string(error.message)]]
    }
}
