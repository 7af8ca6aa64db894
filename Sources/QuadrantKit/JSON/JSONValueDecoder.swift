/// Decodes any `Decodable` value from a `JSONValue`, without Foundation.
///
/// Strict: a missing key, a wrong type or a number out of range is a `DecodingError`, never a guess.
public enum JSONValueDecoder {
    /// The value `json` holds.
    public static func decode<T: Decodable>(_ type: T.Type, from json: JSONValue) throws -> T {
        try take(type, from: json, codingPath: [])
    }
}

/// Reads one value: scalars directly, anything else through its own `init(from:)`.
private func take<T: Decodable>(_ type: T.Type, from json: JSONValue, codingPath: [any CodingKey]) throws -> T {
    func mismatch(_ expected: String) -> DecodingError {
        .typeMismatch(type, .init(codingPath: codingPath, debugDescription: "expected \(expected), found \(json.kindName.withArticle)"))
    }
    if type == String.self {
        guard case .string(let string) = json else { throw mismatch("a string") }
        return string as! T
    }
    if type == Bool.self {
        guard case .bool(let bool) = json else { throw mismatch("true or false") }
        return bool as! T
    }
    if type == Int.self {
        guard let int = json.int else { throw mismatch("a whole number") }
        return int as! T
    }
    if type == Double.self {
        guard let double = json.double else { throw mismatch("a number") }
        return double as! T
    }
    return try T(from: NodeDecoder(json: json, codingPath: codingPath))
}

/// A fixed-width integer read through `Int`, checked for range.
private func integer<T: FixedWidthInteger>(_ type: T.Type, from json: JSONValue, codingPath: [any CodingKey]) throws -> T {
    let int = try take(Int.self, from: json, codingPath: codingPath)
    guard let value = T(exactly: int) else {
        throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "\(int) does not fit \(type)"))
    }
    return value
}

private struct NodeDecoder: Decoder {
    let json: JSONValue
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let object) = json else {
            throw DecodingError.typeMismatch([String: JSONValue].self, .init(codingPath: codingPath, debugDescription: "expected an object, found \(json.kindName.withArticle)"))
        }
        return KeyedDecodingContainer(KeyedNodeContainer<Key>(object: object, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let array) = json else {
            throw DecodingError.typeMismatch([JSONValue].self, .init(codingPath: codingPath, debugDescription: "expected an array, found \(json.kindName.withArticle)"))
        }
        return UnkeyedNodeContainer(elements: array, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleNodeContainer(json: json, codingPath: codingPath)
    }
}

private struct KeyedNodeContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let object: JSONObject
    var codingPath: [any CodingKey]

    var allKeys: [Key] { object.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { object[key.stringValue] != nil }

    private func value(_ key: Key) throws -> JSONValue {
        guard let value = object[key.stringValue] else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "`\(key.stringValue)` is missing"))
        }
        return value
    }

    func decodeNil(forKey key: Key) throws -> Bool { try value(key).isNull }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try take(type, from: value(key), codingPath: codingPath + [key]) }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try take(type, from: value(key), codingPath: codingPath + [key]) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try take(type, from: value(key), codingPath: codingPath + [key]) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try take(type, from: value(key), codingPath: codingPath + [key]) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(try take(Double.self, from: value(key), codingPath: codingPath + [key])) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try take(type, from: value(key), codingPath: codingPath + [key]) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try integer(type, from: value(key), codingPath: codingPath + [key]) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try integer(type, from: value(key), codingPath: codingPath + [key]) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try integer(type, from: value(key), codingPath: codingPath + [key]) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try integer(type, from: value(key), codingPath: codingPath + [key]) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try integer(type, from: value(key), codingPath: codingPath + [key]) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try integer(type, from: value(key), codingPath: codingPath + [key]) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try integer(type, from: value(key), codingPath: codingPath + [key]) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try integer(type, from: value(key), codingPath: codingPath + [key]) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try integer(type, from: value(key), codingPath: codingPath + [key]) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try NodeDecoder(json: value(key), codingPath: codingPath + [key]).container(keyedBy: type)
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try NodeDecoder(json: value(key), codingPath: codingPath + [key]).unkeyedContainer()
    }
    func superDecoder() throws -> any Decoder { NodeDecoder(json: object["super"] ?? .null, codingPath: codingPath) }
    func superDecoder(forKey key: Key) throws -> any Decoder { NodeDecoder(json: object[key.stringValue] ?? .null, codingPath: codingPath + [key]) }
}

private struct UnkeyedNodeContainer: UnkeyedDecodingContainer {
    let elements: [JSONValue]
    var codingPath: [any CodingKey]
    var currentIndex = 0

    init(elements: [JSONValue], codingPath: [any CodingKey]) {
        self.elements = elements
        self.codingPath = codingPath
    }

    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    private mutating func next() throws -> JSONValue {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(JSONValue.self, .init(codingPath: codingPath, debugDescription: "the array has only \(elements.count) elements"))
        }
        defer { currentIndex += 1 }
        return elements[currentIndex]
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, elements[currentIndex].isNull else { return false }
        currentIndex += 1
        return true
    }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try take(type, from: next(), codingPath: codingPath) }
    mutating func decode(_ type: Bool.Type) throws -> Bool { try take(type, from: next(), codingPath: codingPath) }
    mutating func decode(_ type: String.Type) throws -> String { try take(type, from: next(), codingPath: codingPath) }
    mutating func decode(_ type: Double.Type) throws -> Double { try take(type, from: next(), codingPath: codingPath) }
    mutating func decode(_ type: Float.Type) throws -> Float { Float(try take(Double.self, from: next(), codingPath: codingPath)) }
    mutating func decode(_ type: Int.Type) throws -> Int { try take(type, from: next(), codingPath: codingPath) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try integer(type, from: next(), codingPath: codingPath) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try integer(type, from: next(), codingPath: codingPath) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try integer(type, from: next(), codingPath: codingPath) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try integer(type, from: next(), codingPath: codingPath) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try integer(type, from: next(), codingPath: codingPath) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type, from: next(), codingPath: codingPath) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type, from: next(), codingPath: codingPath) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type, from: next(), codingPath: codingPath) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type, from: next(), codingPath: codingPath) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try NodeDecoder(json: next(), codingPath: codingPath).container(keyedBy: type)
    }
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try NodeDecoder(json: next(), codingPath: codingPath).unkeyedContainer()
    }
    mutating func superDecoder() throws -> any Decoder { NodeDecoder(json: try next(), codingPath: codingPath) }
}

private struct SingleNodeContainer: SingleValueDecodingContainer {
    let json: JSONValue
    var codingPath: [any CodingKey]

    func decodeNil() -> Bool { json.isNull }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try take(type, from: json, codingPath: codingPath) }
    func decode(_ type: Bool.Type) throws -> Bool { try take(type, from: json, codingPath: codingPath) }
    func decode(_ type: String.Type) throws -> String { try take(type, from: json, codingPath: codingPath) }
    func decode(_ type: Double.Type) throws -> Double { try take(type, from: json, codingPath: codingPath) }
    func decode(_ type: Float.Type) throws -> Float { Float(try take(Double.self, from: json, codingPath: codingPath)) }
    func decode(_ type: Int.Type) throws -> Int { try take(type, from: json, codingPath: codingPath) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type, from: json, codingPath: codingPath) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type, from: json, codingPath: codingPath) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type, from: json, codingPath: codingPath) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type, from: json, codingPath: codingPath) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type, from: json, codingPath: codingPath) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type, from: json, codingPath: codingPath) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type, from: json, codingPath: codingPath) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type, from: json, codingPath: codingPath) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type, from: json, codingPath: codingPath) }
}
