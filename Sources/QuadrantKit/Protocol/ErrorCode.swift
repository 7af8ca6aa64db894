/// The `code` of an `error` event: what kind of problem a line had.
public enum ErrorCode: String, Sendable, CaseIterable {
    case invalidJSON = "invalid_json"
    case invalidUTF8 = "invalid_utf8"
    case lineTooLong = "line_too_long"
    case notAnObject = "not_an_object"
    case unknownType = "unknown_type"
    case missingField = "missing_field"
    case invalidField = "invalid_field"
    case unknownSession = "unknown_session"
    case sessionLimit = "session_limit"
    case `internal` = "internal"
}

/// A request that could not be served, as the `error` event it becomes.
///
/// Carries the request `id` and `session` whenever they could be read, so a host can match the error to
/// what it sent; the message says what to do about it.
public struct ProtocolError: Error, Sendable, Equatable {
    public var code: ErrorCode
    public var message: String
    public var id: JSONValue?
    public var session: String?

    public init(_ code: ErrorCode, _ message: String, id: JSONValue? = nil, session: String? = nil) {
        self.code = code
        self.message = message
        self.id = id
        self.session = session
    }
}

extension ProtocolError {
    /// The error for an input line over the host's length limit.
    public static func lineTooLong(length: Int, limit: Int) -> ProtocolError {
        ProtocolError(.lineTooLong, "the line is \(length) bytes, more than the limit of \(limit); it was skipped, the next line is served")
    }
}
