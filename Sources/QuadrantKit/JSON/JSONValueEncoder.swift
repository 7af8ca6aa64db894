/// Encodes any `Encodable` value as a `JSONValue`, without Foundation.
///
/// Used for session snapshots; write the result with `sortedKeys` so equal values give equal bytes
/// whatever order their dictionaries happen to iterate in.
public enum JSONValueEncoder {
    /// The value as JSON.
    public static func encode(_ value: some Encodable) throws -> JSONValue {
        let node = EncodingNode()
        try value.encode(to: NodeEncoder(node: node, codingPath: []))
        return node.json
    }
}

/// One value under construction; containers fill it in place.
private final class EncodingNode {
    enum Content {
        case value(JSONValue)
        case object([(String, EncodingNode)])
        case array([EncodingNode])
    }

    var content = Content.value(.null)

    var json: JSONValue {
        switch content {
        case .value(let value): return value
        case .object(let members): return .object(JSONObject(members.map { ($0.0, $0.1.json) }))
        case .array(let elements): return .array(elements.map(\.json))
        }
    }

    func child(_ key: String) -> EncodingNode {
        let node = EncodingNode()
        if case .object(var members) = content {
            members.removeAll { $0.0 == key }
            members.append((key, node))
            content = .object(members)
        }
        return node
    }

    func appended() -> EncodingNode {
        let node = EncodingNode()
        if case .array(let elements) = content { content = .array(elements + [node]) }
        return node
    }
}

private struct NodeEncoder: Encoder {
    let node: EncodingNode
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = node.content {} else { node.content = .object([]) }
        return KeyedEncodingContainer(KeyedNodeContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = node.content {} else { node.content = .array([]) }
        return UnkeyedNodeContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleNodeContainer(node: node, codingPath: codingPath)
    }
}

/// Puts one value into a node: scalars directly, anything else through its own `encode(to:)`.
private func put(_ value: some Encodable, into node: EncodingNode, codingPath: [any CodingKey]) throws {
    switch value {
    case let string as String: node.content = .value(.string(string))
    case let bool as Bool: node.content = .value(.bool(bool))
    case let int as Int: node.content = .value(.number(String(int)))
    case let double as Double:
        guard double.isFinite else {
            throw EncodingError.invalidValue(double, .init(codingPath: codingPath, debugDescription: "JSON has no \(double)"))
        }
        node.content = .value(.number(String(double)))
    default: try value.encode(to: NodeEncoder(node: node, codingPath: codingPath))
    }
}

private struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: EncodingNode
    var codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { node.child(key.stringValue).content = .value(.null) }
    mutating func encode(_ value: some Encodable, forKey key: Key) throws {
        try put(value, into: node.child(key.stringValue), codingPath: codingPath + [key])
    }
    mutating func encode(_ value: Bool, forKey key: Key) throws { try put(value, into: node.child(key.stringValue), codingPath: codingPath) }
    mutating func encode(_ value: String, forKey key: Key) throws { try put(value, into: node.child(key.stringValue), codingPath: codingPath) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try put(value, into: node.child(key.stringValue), codingPath: codingPath) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try put(Double(value), into: node.child(key.stringValue), codingPath: codingPath) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try put(value, into: node.child(key.stringValue), codingPath: codingPath) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try put(Int(value), into: node.child(key.stringValue), codingPath: codingPath) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try put(Int(value), into: node.child(key.stringValue), codingPath: codingPath) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try put(Int(value), into: node.child(key.stringValue), codingPath: codingPath) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try put(Int(value), into: node.child(key.stringValue), codingPath: codingPath) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { node.child(key.stringValue).content = .value(.number(String(value))) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try put(Int(value), into: node.child(key.stringValue), codingPath: codingPath) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try put(Int(value), into: node.child(key.stringValue), codingPath: codingPath) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try put(Int(value), into: node.child(key.stringValue), codingPath: codingPath) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { node.child(key.stringValue).content = .value(.number(String(value))) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        NodeEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder { NodeEncoder(node: node.child("super"), codingPath: codingPath) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { NodeEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key]) }
}

private struct UnkeyedNodeContainer: UnkeyedEncodingContainer {
    let node: EncodingNode
    var codingPath: [any CodingKey]
    var count: Int {
        if case .array(let elements) = node.content { return elements.count }
        return 0
    }

    mutating func encodeNil() throws { node.appended().content = .value(.null) }
    mutating func encode(_ value: some Encodable) throws { try put(value, into: node.appended(), codingPath: codingPath) }
    mutating func encode(_ value: Bool) throws { try put(value, into: node.appended(), codingPath: codingPath) }
    mutating func encode(_ value: String) throws { try put(value, into: node.appended(), codingPath: codingPath) }
    mutating func encode(_ value: Double) throws { try put(value, into: node.appended(), codingPath: codingPath) }
    mutating func encode(_ value: Float) throws { try put(Double(value), into: node.appended(), codingPath: codingPath) }
    mutating func encode(_ value: Int) throws { try put(value, into: node.appended(), codingPath: codingPath) }
    mutating func encode(_ value: Int8) throws { try put(Int(value), into: node.appended(), codingPath: codingPath) }
    mutating func encode(_ value: Int16) throws { try put(Int(value), into: node.appended(), codingPath: codingPath) }
    mutating func encode(_ value: Int32) throws { try put(Int(value), into: node.appended(), codingPath: codingPath) }
    mutating func encode(_ value: Int64) throws { try put(Int(value), into: node.appended(), codingPath: codingPath) }
    mutating func encode(_ value: UInt) throws { node.appended().content = .value(.number(String(value))) }
    mutating func encode(_ value: UInt8) throws { try put(Int(value), into: node.appended(), codingPath: codingPath) }
    mutating func encode(_ value: UInt16) throws { try put(Int(value), into: node.appended(), codingPath: codingPath) }
    mutating func encode(_ value: UInt32) throws { try put(Int(value), into: node.appended(), codingPath: codingPath) }
    mutating func encode(_ value: UInt64) throws { node.appended().content = .value(.number(String(value))) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(node: node.appended(), codingPath: codingPath).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        NodeEncoder(node: node.appended(), codingPath: codingPath).unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder { NodeEncoder(node: node.appended(), codingPath: codingPath) }
}

private struct SingleNodeContainer: SingleValueEncodingContainer {
    let node: EncodingNode
    var codingPath: [any CodingKey]

    mutating func encodeNil() throws { node.content = .value(.null) }
    mutating func encode(_ value: some Encodable) throws { try put(value, into: node, codingPath: codingPath) }
    mutating func encode(_ value: Bool) throws { try put(value, into: node, codingPath: codingPath) }
    mutating func encode(_ value: String) throws { try put(value, into: node, codingPath: codingPath) }
    mutating func encode(_ value: Double) throws { try put(value, into: node, codingPath: codingPath) }
    mutating func encode(_ value: Float) throws { try put(Double(value), into: node, codingPath: codingPath) }
    mutating func encode(_ value: Int) throws { try put(value, into: node, codingPath: codingPath) }
    mutating func encode(_ value: Int8) throws { try put(Int(value), into: node, codingPath: codingPath) }
    mutating func encode(_ value: Int16) throws { try put(Int(value), into: node, codingPath: codingPath) }
    mutating func encode(_ value: Int32) throws { try put(Int(value), into: node, codingPath: codingPath) }
    mutating func encode(_ value: Int64) throws { try put(Int(value), into: node, codingPath: codingPath) }
    mutating func encode(_ value: UInt) throws { node.content = .value(.number(String(value))) }
    mutating func encode(_ value: UInt8) throws { try put(Int(value), into: node, codingPath: codingPath) }
    mutating func encode(_ value: UInt16) throws { try put(Int(value), into: node, codingPath: codingPath) }
    mutating func encode(_ value: UInt32) throws { try put(Int(value), into: node, codingPath: codingPath) }
    mutating func encode(_ value: UInt64) throws { node.content = .value(.number(String(value))) }
}
