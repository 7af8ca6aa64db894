/// A JSON value as read from or written to one protocol line.
///
/// Numbers keep their literal text exactly as written, so request ids echo back verbatim and
/// the protocol layer decides which numbers it accepts.
public enum JSONValue: Sendable, Equatable {
    /// The JSON `null` literal.
    case null
    /// The JSON `true` or `false` literal.
    case bool(Bool)
    /// A number as its literal text (for example `17`, `-0.5`, `1e400`); it must be a valid RFC 8259 number.
    case number(String)
    /// A string, after escapes have been decoded.
    case string(String)
    /// An array of values in order.
    case array([JSONValue])
    /// An object whose members keep their insertion order.
    case object(JSONObject)
}

// MARK: - Accessors

extension JSONValue {
    /// The string payload, or `nil` if this value is not a string.
    @inlinable
    public var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The object payload, or `nil` if this value is not an object.
    @inlinable
    public var object: JSONObject? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// The array payload, or `nil` if this value is not an array.
    @inlinable
    public var array: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// The boolean payload, or `nil` if this value is not `true` or `false`.
    @inlinable
    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The number as an `Int` when its literal is a plain integer (no fraction or exponent) in `Int` range, else `nil`.
    public var int: Int? {
        guard case .number(let literal) = self else { return nil }
        for byte in literal.utf8 where byte == UInt8(ascii: ".") || byte | 0x20 == UInt8(ascii: "e") {
            return nil
        }
        return Int(literal)
    }

    /// The number as a finite `Double` (possibly rounded), or `nil` if this is not a number or it overflows.
    public var double: Double? {
        guard case .number(let literal) = self, let value = Double(literal), value.isFinite else { return nil }
        return value
    }

    /// Whether this value is `null`.
    @inlinable
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The kind of value in plain words ("null", "boolean", "number", "string", "array", "object"), for error messages.
    public var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }
}

// MARK: - Equality

extension JSONValue {
    /// Compares values structurally: objects ignore member order, and numbers are equal when their
    /// literals are equal or both parse to the same finite `Double` (so `1`, `1.0` and `1e0` are equal).
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null):
            return true
        case (.bool(let a), .bool(let b)):
            return a == b
        case (.number(let a), .number(let b)):
            if a == b { return true }
            guard let x = Double(a), let y = Double(b), x.isFinite, y.isFinite else { return false }
            return x == y
        case (.string(let a), .string(let b)):
            return a == b
        case (.array(let a), .array(let b)):
            return a == b
        case (.object(let a), .object(let b)):
            return a == b
        default:
            return false
        }
    }
}

// MARK: - Literals

extension JSONValue: ExpressibleByStringLiteral {
    /// Creates a JSON string from a string literal.
    @inlinable
    public init(stringLiteral value: String) { self = .string(value) }
}

extension JSONValue: ExpressibleByIntegerLiteral {
    /// Creates a JSON number from an integer literal.
    @inlinable
    public init(integerLiteral value: Int) { self = .number(String(value)) }
}

extension JSONValue: ExpressibleByBooleanLiteral {
    /// Creates `true` or `false` from a boolean literal.
    @inlinable
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension JSONValue: ExpressibleByNilLiteral {
    /// Creates `null` from the `nil` literal.
    @inlinable
    public init(nilLiteral: ()) { self = .null }
}

extension JSONValue: ExpressibleByArrayLiteral {
    /// Creates a JSON array from an array literal.
    @inlinable
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
}

extension JSONValue: ExpressibleByDictionaryLiteral {
    /// Creates a JSON object from a dictionary literal, keeping the written order (a repeated key replaces the earlier value).
    public init(dictionaryLiteral elements: (String, JSONValue)...) { self = .object(JSONObject(elements)) }
}

extension JSONValue: CustomStringConvertible {
    /// The value as compact JSON text.
    public var description: String { JSONWriter.string(self) }
}

// MARK: - JSONObject

/// The members of a JSON object, in insertion order, with unique keys.
///
/// Keys are compared as Swift strings, so canonically equivalent spellings (say a precomposed and a
/// decomposed "é") count as the same key. Lookups are linear, which is fastest for the small objects
/// of the protocol.
public struct JSONObject: Sendable, Equatable {
    /// The members in insertion order; keys are unique.
    public private(set) var members: [(key: String, value: JSONValue)]

    /// Creates an object from members in order; a repeated key replaces the earlier value in its place.
    public init(_ members: [(String, JSONValue)] = []) {
        self.members = []
        self.members.reserveCapacity(members.count)
        if members.count <= JSONObject.linearLimit {
            for (key, value) in members { self[key] = value }
        } else {
            var index: [String: Int] = [:]
            index.reserveCapacity(members.count)
            for (key, value) in members {
                if let existing = index[key] {
                    self.members[existing].value = value
                } else {
                    index[key] = self.members.count
                    self.members.append((key, value))
                }
            }
        }
    }

    /// Creates an object from members whose keys the caller guarantees to be unique.
    init(uniqueMembers: [(key: String, value: JSONValue)]) {
        self.members = uniqueMembers
    }

    /// Above this many members, building and comparing objects uses a hash table instead of linear scans.
    static let linearLimit = 16

    /// The value for `key`, or `nil` if absent; setting appends a new key, replaces an existing value in place, or removes the key when set to `nil`.
    public subscript(key: String) -> JSONValue? {
        get {
            for member in members where member.key == key { return member.value }
            return nil
        }
        set {
            if let index = members.firstIndex(where: { $0.key == key }) {
                if let newValue {
                    members[index].value = newValue
                } else {
                    members.remove(at: index)
                }
            } else if let newValue {
                members.append((key, newValue))
            }
        }
    }

    /// The keys in insertion order.
    public var keys: [String] { members.map(\.key) }

    /// The number of members.
    public var count: Int { members.count }

    /// Whether the object has no members.
    public var isEmpty: Bool { members.isEmpty }

    /// Two objects are equal when they have the same keys with equal values, in any order.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        let count = lhs.members.count
        guard count == rhs.members.count else { return false }
        // Fast path: same key order.
        var index = 0
        while index < count, lhs.members[index].key == rhs.members[index].key {
            guard lhs.members[index].value == rhs.members[index].value else { return false }
            index += 1
        }
        if index == count { return true }
        // Keys are unique on both sides and the counts match, so "every left key is on the right with an
        // equal value" means equality.
        if count <= linearLimit {
            for member in lhs.members[index...] {
                guard let other = rhs[member.key], other == member.value else { return false }
            }
            return true
        }
        var right: [String: JSONValue] = [:]
        right.reserveCapacity(count - index)
        for member in rhs.members[index...] { right[member.key] = member.value }
        for member in lhs.members[index...] {
            guard let other = right[member.key], other == member.value else { return false }
        }
        return true
    }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    /// Creates an object from a dictionary literal, keeping the written order (a repeated key replaces the earlier value).
    public init(dictionaryLiteral elements: (String, JSONValue)...) { self.init(elements) }
}

extension JSONObject: CustomStringConvertible {
    /// The object as compact JSON text.
    public var description: String { JSONWriter.string(.object(self)) }
}
