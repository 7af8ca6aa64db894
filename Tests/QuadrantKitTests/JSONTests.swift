import Testing
@testable import QuadrantKit

/// The error parsing `bytes` throws, or `nil` if it parses.
private func parseError(_ bytes: [UInt8], maxDepth: Int = 64) -> JSONError? {
    do throws(JSONError) {
        _ = try JSONReader.parse(bytes, maxDepth: maxDepth)
        return nil
    } catch {
        return error
    }
}

private func parseError(_ text: String, maxDepth: Int = 64) -> JSONError? {
    parseError(Array(text.utf8), maxDepth: maxDepth)
}

private func parse(_ text: String) throws -> JSONValue {
    try JSONReader.parse(Array(text.utf8))
}

/// One malformed input and the error it must give.
struct Malformed: Sendable, CustomTestStringConvertible {
    var bytes: [UInt8]
    var kind: JSONError.Kind
    var offset: Int

    init(_ text: String, _ kind: JSONError.Kind, at offset: Int) {
        self.init(bytes: Array(text.utf8), kind, at: offset)
    }

    init(bytes: [UInt8], _ kind: JSONError.Kind, at offset: Int) {
        self.bytes = bytes
        self.kind = kind
        self.offset = offset
    }

    var testDescription: String {
        bytes.map { (0x20...0x7E).contains($0) ? String(UnicodeScalar($0)) : "<\(String($0, radix: 16))>" }.joined()
    }
}

@Suite("JSON reader")
struct JSONReaderTests {
    @Test("golden inputs parse and write back compactly", arguments: [
        (#"{"type":"say","session":"telegram:4711","text":"wij zijn erg klantgericht","id":17}"#,
         #"{"type":"say","session":"telegram:4711","text":"wij zijn erg klantgericht","id":17}"#),
        (" \t\r\n{ \"a\" : [ 1 , 2.5e-3 , -0 , true , false , null ] , \"b\" : { } } \r\n",
         #"{"a":[1,2.5e-3,-0,true,false,null],"b":{}}"#),
        (#"[]"#, #"[]"#),
        (#"{}"#, #"{}"#),
        (#"[[],{},[[]]]"#, #"[[],{},[[]]]"#),
        (#"{"":""}"#, #"{"":""}"#),
        (#"0"#, #"0"#),
        (#"-0.0E+00"#, #"-0.0E+00"#),
        (#"1e-7"#, #"1e-7"#),
        (#"123456789012345678901234567890"#, #"123456789012345678901234567890"#),
        (#"  "x"  "#, #""x""#),
        (#"true"#, #"true"#),
        (#"null"#, #"null"#),
        (#""\u00e9\/\b\f\n\r\t\"\\""#, #""é/\b\f\n\r\t\"\\""#),
        (#""\ud83d\ude00 \uD83D\uDE00""#, #""😀 😀""#),
        (#""\u2028\u2029""#, #""\u2028\u2029""#),
        (#""\u001F\u0000\u007f""#, "\"\\u001f\\u0000\u{7F}\""),
        (#"{"z":1,"a":2,"m":[3]}"#, #"{"z":1,"a":2,"m":[3]}"#),
        ("\"klantgerichtheid €50 — ça va? 日本語 😀\"", "\"klantgerichtheid €50 — ça va? 日本語 😀\""),
    ])
    func golden(input: String, output: String) throws {
        let value = try parse(input)
        #expect(JSONWriter.string(value) == output)
        // And the output is itself a fixed point.
        #expect(JSONWriter.string(try parse(output)) == output)
    }

    @Test("the typical request line parses into the expected value, in order")
    func requestLine() throws {
        let value = try parse(#"{"type":"say","session":"telegram:4711","text":"wij zijn erg klantgericht","id":17}"#)
        let object = try #require(value.object)
        #expect(object.keys == ["type", "session", "text", "id"])
        #expect(object["type"] == "say")
        #expect(object["session"]?.string == "telegram:4711")
        #expect(object["text"]?.string == "wij zijn erg klantgericht")
        #expect(object["id"] == .number("17"))
        #expect(object["id"]?.int == 17)
        #expect(object["missing"] == nil)
    }

    @Test("numbers of any length keep their literal text")
    func longNumbers() throws {
        let digits = String(repeating: "1234567890", count: 40)
        #expect(try parse(digits) == .number(digits))
        #expect(try parse("-\(digits).\(digits)e-\(digits)") == .number("-\(digits).\(digits)e-\(digits)"))
        #expect(try parse("[1e400]") == [.number("1e400")])
        #expect(try parse("[1e400]") != [.number("2e400")])
    }

    @Test("malformed input gives the right kind of error at the right byte", arguments: [
        Malformed("", .empty, at: 0),
        Malformed(" \t\r\n ", .empty, at: 0),
        Malformed("{", .syntax, at: 1),
        Malformed("[", .syntax, at: 1),
        Malformed("[1,2", .syntax, at: 4),
        Malformed(#"{"a":1"#, .syntax, at: 6),
        Malformed("[1,]", .syntax, at: 2),
        Malformed(#"{"a":1,}"#, .syntax, at: 6),
        Malformed(#"{"a":1 , }"#, .syntax, at: 7),
        Malformed("[1,,2]", .syntax, at: 3),
        Malformed("{,}", .syntax, at: 1),
        Malformed(#"{"a" 1}"#, .syntax, at: 5),
        Malformed(#"{"a":}"#, .syntax, at: 5),
        Malformed(#"{"a":1 "b":2}"#, .syntax, at: 7),
        Malformed("[1 2]", .syntax, at: 3),
        Malformed("[1}", .syntax, at: 2),
        Malformed(#"{"a":1]"#, .syntax, at: 6),
        Malformed("{a:1}", .syntax, at: 1),
        Malformed("{'a':1}", .syntax, at: 1),
        Malformed("['a']", .syntax, at: 1),
        Malformed("[1] x", .syntax, at: 4),
        Malformed(#"{"a":1}{"b":2}"#, .syntax, at: 7),
        Malformed("1 2", .syntax, at: 2),
        Malformed("// comment\n{}", .syntax, at: 0),
        Malformed("[1 /* comment */]", .syntax, at: 3),
        Malformed("True", .syntax, at: 0),
        Malformed("nul", .syntax, at: 0),
        Malformed("[undefined]", .syntax, at: 1),
        Malformed("\u{0C}1", .syntax, at: 0),
        Malformed("\u{0}", .syntax, at: 0),
        Malformed("\"abc", .syntax, at: 0),
        Malformed("[\"abc\\", .syntax, at: 1),
        Malformed("0x1F", .syntax, at: 1),
        Malformed("1e5.5", .syntax, at: 3),
        Malformed("NaN", .invalidNumber, at: 0),
        Malformed("[Infinity]", .invalidNumber, at: 1),
        Malformed("-Infinity", .invalidNumber, at: 1),
        Malformed("01", .invalidNumber, at: 0),
        Malformed("[-01]", .invalidNumber, at: 1),
        Malformed("+1", .invalidNumber, at: 0),
        Malformed(".5", .invalidNumber, at: 0),
        Malformed("[-.5]", .invalidNumber, at: 2),
        Malformed("1.", .invalidNumber, at: 2),
        Malformed("-0.", .invalidNumber, at: 3),
        Malformed("1.e5", .invalidNumber, at: 2),
        Malformed("1e", .invalidNumber, at: 2),
        Malformed("1E+", .invalidNumber, at: 3),
        Malformed("-", .invalidNumber, at: 1),
        Malformed("\"a\nb\"", .invalidString, at: 2),
        Malformed("\"a\tb\"", .invalidString, at: 2),
        Malformed("\"\u{1F}\"", .invalidString, at: 1),
        Malformed(#""\x""#, .invalidString, at: 1),
        Malformed(#""ok\'""#, .invalidString, at: 3),
        Malformed(#""\u12""#, .invalidString, at: 1),
        Malformed(#""\u12G4""#, .invalidString, at: 1),
        Malformed(#""\ud800""#, .invalidString, at: 1),
        Malformed(#""\udc00""#, .invalidString, at: 1),
        Malformed(#""ab\ud800\u0041""#, .invalidString, at: 3),
        Malformed(#""\ud800\ud800""#, .invalidString, at: 1),
        Malformed(#""\ud800x""#, .invalidString, at: 1),
        Malformed(#"{"a":1,"a":2}"#, .duplicateKey, at: 7),
        Malformed(#"{"a":1,"b":2,"a":3}"#, .duplicateKey, at: 13),
        Malformed(bytes: [0x22, 0xC3, 0x22], .invalidUTF8, at: 1),
        Malformed(bytes: [0x22, 0xC0, 0xAF, 0x22], .invalidUTF8, at: 1),
        Malformed(bytes: [0x22, 0xE0, 0x80, 0xAF, 0x22], .invalidUTF8, at: 1),
        Malformed(bytes: [0x22, 0xF0, 0x80, 0x80, 0xAF, 0x22], .invalidUTF8, at: 1),
        Malformed(bytes: [0x22, 0xED, 0xA0, 0x80, 0x22], .invalidUTF8, at: 1),
        Malformed(bytes: [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], .invalidUTF8, at: 1),
        Malformed(bytes: [0x22, 0xF5, 0x80, 0x80, 0x80, 0x22], .invalidUTF8, at: 1),
        Malformed(bytes: [0x22, 0x80, 0x22], .invalidUTF8, at: 1),
        Malformed(bytes: [0x22, 0x61, 0xF0, 0x9F, 0x98, 0x22], .invalidUTF8, at: 2),
        Malformed(bytes: [0x22, 0xF0, 0x9F, 0x98], .invalidUTF8, at: 1),
        Malformed(bytes: [0x22, 0xFF, 0x22], .invalidUTF8, at: 1),
        Malformed(bytes: [0xFF], .invalidUTF8, at: 0),
        Malformed(bytes: Array("[1]".utf8) + [0xFE], .invalidUTF8, at: 3),
        Malformed(bytes: Array(#"{"a":1,"#.utf8) + [0xC3, 0x28], .invalidUTF8, at: 7),
        Malformed(bytes: [0xEF, 0xBB, 0xBF] + Array("{}".utf8), .syntax, at: 0),
    ])
    func malformed(input: Malformed) throws {
        let error = try #require(parseError(input.bytes))
        #expect(error.kind == input.kind)
        #expect(error.offset == input.offset)
        #expect(!error.message.isEmpty)
        if input.kind != .empty {
            #expect(error.message.contains("byte \(input.offset)"), "the message names the offset: \(error.message)")
        }
    }

    @Test("messages are plain English that says what to fix")
    func messages() {
        #expect(parseError(#"{"a":1 "b":2}"#)?.message == #"expected ',' or '}' after an object member at byte 7, found '"'"#)
        #expect(parseError(#"[1"#)?.message == "expected ',' or ']' after an array element at byte 2, but the input ended")
        #expect(parseError(#"{"type":"say","text":"a","text":"b"}"#)?.message == #"the key "text" appears twice in one object (again at byte 25)"#)
        #expect(parseError([0x22, 0x61, 0xC3, 0x22])?.message == "invalid UTF-8 at byte 2: incomplete multi-byte sequence")
        #expect(parseError([0x22, 0xED, 0xA0, 0x80, 0x22])?.message == "invalid UTF-8 at byte 1: encoded surrogate (U+D800 to U+DFFF)")
        #expect(parseError([0x22, 0xC1, 0xBF, 0x22])?.message == "invalid UTF-8 at byte 1: overlong encoding")
        #expect(parseError([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22])?.message == "invalid UTF-8 at byte 1: code point above U+10FFFF")
        #expect(parseError(String(repeating: "[", count: 65) + String(repeating: "]", count: 65))?.message == "nesting deeper than 64 levels at byte 64")
        #expect(parseError("[1] x")?.message == "unexpected text after the JSON value at byte 4")
        #expect(parseError("[1,]")?.message == "trailing comma at byte 2: remove the ',' before ']'")
        #expect(parseError("{'a':1}")?.message == #"expected a key in double quotes at byte 1, found "'" (JSON needs double quotes)"#)
        #expect(parseError("\"a\nb\"")?.message == #"raw control character U+000A in a string at byte 2: write it as \n"#)
        #expect(parseError("01")?.message == "the number at byte 0 has a leading zero; write it without one")
        #expect(parseError("{\"a\":1}\u{00A0}")?.message == "unexpected text after the JSON value at byte 7")
        #expect(parseError("[\u{00E9}]")?.message == "expected a JSON value at byte 1, found 'é' (U+00E9)")
        #expect(parseError("")?.message == "the input is empty")
        #expect(parseError("  ")?.message == "the input is only whitespace")
        let longKey = String(repeating: "k", count: 100)
        let message = parseError("{\"\(longKey)\":1,\"\(longKey)\":2}")?.message ?? ""
        #expect(message.hasPrefix("the key \"" + String(repeating: "k", count: 40) + "…\" appears twice"))
        // A key with a control character is shown escaped, so the message stays one line.
        #expect(parseError(#"{"a\nb":1,"a\nb":2}"#)?.message == #"the key "a\nb" appears twice in one object (again at byte 10)"#)
    }

    @Test("every valid UTF-8 length and boundary scalar is accepted")
    func validUTF8() throws {
        let scalars: [UInt32] = [0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF]
        for value in scalars {
            let text = String(Character(Unicode.Scalar(value)!))
            let parsed = try parse("\"\(text)\"")
            #expect(parsed.string?.unicodeScalars.map(\.value) == [value])
        }
        // Multi-byte characters at every position around the eight-byte fast path.
        for prefix in 0..<20 {
            let text = String(repeating: "a", count: prefix) + "é€😀" + String(repeating: "b", count: prefix % 7)
            #expect(try parse("\"\(text)\"") == .string(text))
            #expect(try parse("\"\(text)\\n\(text)\"") == .string(text + "\n" + text))
        }
    }

    @Test("invalid UTF-8 is found wherever it sits in a string")
    func invalidUTF8Everywhere() {
        for prefix in 0..<20 {
            for bad: [UInt8] in [[0xC3], [0xE2, 0x82], [0xED, 0xBF, 0xBF], [0xC0, 0x80], [0xBF]] {
                let bytes = [0x22] + Array(repeating: 0x61, count: prefix) + bad + Array(repeating: 0x62, count: 9) + [0x22]
                let error = parseError(bytes)
                #expect(error?.kind == .invalidUTF8)
                #expect(error?.offset == 1 + prefix)
                // The same after an escape, on the slower path.
                let escaped = [0x22, 0x5C, 0x6E] + Array(bytes.dropFirst())
                #expect(parseError(escaped)?.offset == 3 + prefix)
            }
        }
    }

    @Test("control characters and specials are found at every position")
    func specialsEverywhere() throws {
        for prefix in 0..<20 {
            let padding = String(repeating: "x", count: prefix)
            #expect(parseError("\"\(padding)\u{01}yyyyyyyyy\"")?.offset == 1 + prefix)
            #expect(parseError("\"\(padding)\u{1F}\"")?.kind == .invalidString)
            #expect(try parse("\"\(padding)\\\"yyyyyyyyy\"") == .string(padding + "\"yyyyyyyyy"))
            #expect(try parse("\"\(padding)\"") == .string(padding))
            #expect(try parse("[\"\(padding)\",\"\(padding)\"]") == .array([.string(padding), .string(padding)]))
        }
    }

    @Test("escapes decode, including surrogate pairs and NUL")
    func escapes() throws {
        #expect(try parse(#""\"\\\/\b\f\n\r\t""#) == .string("\"\\/\u{8}\u{C}\n\r\t"))
        #expect(try parse(#""\u0041\u00e9\u20AC""#) == .string("Aé€"))
        #expect(try parse(#""\ud83d\ude00""#) == .string("😀"))
        #expect(try parse(#""\uD83D\uDE00x""#) == .string("😀x"))
        #expect(try parse(#""\udbff\udfff""#) == .string("\u{10FFFF}"))
        #expect(try parse(#""\ud800\udc00""#) == .string("\u{10000}"))
        let nul = try parse(#""a\u0000b""#)
        #expect(nul.string?.utf8.count == 3)
        #expect(nul == .string("a\u{0}b"))
        #expect(try parse(#""\uFFFF""#) == .string("\u{FFFF}"))
        #expect(try parse(#""plain then \n escaped then plain again""#) == .string("plain then \n escaped then plain again"))
    }

    @Test("duplicate keys are found in small and large objects, but the same key in different objects is fine")
    func duplicateKeys() throws {
        #expect(try parse(#"{"a":{"a":1},"b":{"a":2},"c":[{"a":3},{"a":4}]}"#).object?.count == 3)
        let keys = (0..<1000).map { "\"key\($0)\":\($0)" }
        let large = try parse("{" + keys.joined(separator: ",") + "}")
        #expect(large.object?.count == 1000)
        #expect(large.object?["key999"] == .number("999"))
        let error = parseError("{" + keys.joined(separator: ",") + ",\"key500\":0}")
        #expect(error?.kind == .duplicateKey)
        #expect(error?.message.hasPrefix(#"the key "key500" appears twice"#) == true)
        // Duplicates just past the linear-scan limit.
        for count in 1..<30 {
            let members = (0..<count).map { "\"k\($0)\":0" }.joined(separator: ",")
            #expect(parseError("{\(members),\"k0\":1}")?.kind == .duplicateKey)
            #expect(parseError("{\(members),\"k\(count - 1)\":1}")?.kind == .duplicateKey)
            #expect(parseError("{\(members),\"new\":1}") == nil)
        }
        // Escaped and raw spellings of one key are the same key.
        #expect(parseError(#"{"é":1,"\u00e9":2}"#)?.kind == .duplicateKey)
        // Keys compare as Swift strings: canonically equivalent spellings are one key.
        #expect(parseError("{\"\u{E9}\":1,\"e\u{301}\":2}")?.kind == .duplicateKey)
    }

    @Test("nesting exactly maxDepth deep is fine, one more is an error")
    func depthLimit() throws {
        func nested(_ depth: Int) -> String {
            String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth)
        }
        func nestedObjects(_ depth: Int) -> String {
            String(repeating: #"{"a":"#, count: depth) + "1" + String(repeating: "}", count: depth)
        }
        #expect(parseError(nested(64)) == nil)
        #expect(parseError(nested(65))?.kind == .tooDeep)
        #expect(parseError(nested(65))?.offset == 64)
        #expect(parseError(nestedObjects(64)) == nil)
        #expect(parseError(nestedObjects(65))?.kind == .tooDeep)
        #expect(parseError(nestedObjects(65))?.offset == 64 * 5)
        #expect(parseError("[[]]", maxDepth: 2) == nil)
        #expect(parseError("[[[]]]", maxDepth: 2)?.kind == .tooDeep)
        #expect(parseError("[{}]", maxDepth: 1)?.kind == .tooDeep)
        #expect(parseError("7", maxDepth: 0) == nil)
        #expect(parseError("[]", maxDepth: 0)?.kind == .tooDeep)
        // Depth counts open containers, not siblings.
        #expect(parseError("[" + String(repeating: "[[]],", count: 1000) + "1]", maxDepth: 3) == nil)
        #expect(parseError("[" + String(repeating: "[[]],", count: 1000) + "1]", maxDepth: 2)?.kind == .tooDeep)
        var value = try parse(nested(64))
        var depth = 0
        while case .array(let elements) = value { depth += 1; value = elements[0] }
        #expect(depth == 64)
        #expect(value == 1)
    }

    @Test("100,000 nested brackets fail cleanly instead of overflowing the stack")
    func deepNesting() {
        let brackets = [UInt8](repeating: UInt8(ascii: "["), count: 100_000)
        #expect(parseError(brackets)?.kind == .tooDeep)
        #expect(parseError(brackets)?.offset == 64)
        // Even with the limit lifted, the parser does not recurse: the input just ends.
        #expect(parseError(brackets, maxDepth: 1_000_000)?.kind == .syntax)
        #expect(parseError(brackets, maxDepth: 1_000_000)?.offset == 100_000)
        let objects = Array(String(repeating: #"{"a":"#, count: 100_000).utf8)
        #expect(parseError(objects, maxDepth: 1_000_000)?.offset == 500_000)
        // A 10 MiB line of brackets.
        let huge = [UInt8](repeating: UInt8(ascii: "["), count: 10 << 20)
        #expect(parseError(huge)?.kind == .tooDeep)
    }

    @Test("a 1 MiB string value round-trips")
    func largeString() throws {
        let plain = String(repeating: "klantgericht ", count: (1 << 20) / 13)
        let line = #"{"type":"say","text":""# + plain + #""}"#
        let value = try parse(line)
        #expect(value.object?["text"]?.string == plain)
        #expect(JSONWriter.string(value) == line)

        var mixed = String(repeating: "ça va \"😀\"\n\u{2028}", count: (1 << 20) / 20)
        mixed += "\u{1}"
        let written = JSONWriter.string(.string(mixed))
        #expect(written.utf8.count > 1 << 20)
        #expect(try parse(written) == .string(mixed))
    }

    @Test("every input type parses the same")
    func inputTypes() throws {
        let text = #"{"type":"ping","id":"a"}"#
        let bytes = Array(text.utf8)
        let expected: JSONValue = ["type": "ping", "id": "a"]
        #expect(try JSONReader.parse(text) == expected)
        #expect(try JSONReader.parse(bytes) == expected)
        #expect(try JSONReader.parse(bytes[...]) == expected)
        #expect(try JSONReader.parse(text.utf8) == expected)
        #expect(try JSONReader.parse(bytes.span) == expected)
        #expect(try bytes.withUnsafeBytes { buffer throws(JSONError) in try JSONReader.parse(buffer) } == expected)
        #expect(try bytes.withUnsafeBufferPointer { buffer throws(JSONError) in try JSONReader.parse(buffer) } == expected)
        // A slice in the middle of a larger buffer: bytes around it are not read.
        let framed = Array("xx\(text)yy".utf8)
        #expect(try JSONReader.parse(framed[2..<(framed.count - 2)]) == expected)
        #expect(parseError(Array("[]".utf8).dropLast().map { $0 })?.kind == .syntax)
        #expect(try JSONReader.parse(Array(text.utf8) + [0x0A]) == expected)
    }
}

@Suite("JSON values")
struct JSONValueTests {
    @Test("objects are equal regardless of member order, but not with different members")
    func objectEquality() throws {
        #expect(try parse(#"{"a":1,"b":[true,null]}"#) == parse(#"{"b":[true,null],"a":1}"#))
        #expect(try parse(#"{"x":{"a":1,"b":2}}"#) == parse(#"{"x":{"b":2,"a":1}}"#))
        #expect(try parse(#"{"a":1,"b":2}"#) != parse(#"{"a":1,"b":3}"#))
        #expect(try parse(#"{"a":1,"b":2}"#) != parse(#"{"a":1,"c":2}"#))
        #expect(try parse(#"{"a":1,"b":2}"#) != parse(#"{"a":1}"#))
        #expect(try parse(#"{"a":1}"#) != parse(#"{"a":1,"b":2}"#))
        #expect(try parse("[1,2]") != parse("[2,1]"))
        #expect(try parse("{}") != parse("[]"))
        // Large objects compare through a hash table.
        let members = (0..<50).map { ("k\($0)", JSONValue.number(String($0))) }
        #expect(JSONObject(members) == JSONObject(members.reversed()))
        var changed = members.reversed() as [(String, JSONValue)]
        changed[10].1 = "different"
        #expect(JSONObject(members) != JSONObject(changed))
        changed[10] = ("other", .number("39"))
        #expect(JSONObject(members) != JSONObject(changed))
    }

    @Test("numbers are equal when their literals match or they are the same finite Double")
    func numberEquality() {
        #expect(JSONValue.number("1") == .number("1.0"))
        #expect(JSONValue.number("1") == .number("1e0"))
        #expect(JSONValue.number("100") == .number("1E+2"))
        #expect(JSONValue.number("-0") == .number("0"))
        #expect(JSONValue.number("1") != .number("2"))
        #expect(JSONValue.number("1e400") == .number("1e400"))
        #expect(JSONValue.number("1e400") != .number("2e400"))
        #expect(JSONValue.number("1") != .string("1"))
        #expect(JSONValue.bool(true) != .number("1"))
    }

    @Test("accessors return payloads only for their own kind")
    func accessors() {
        let value: JSONValue = ["s": "text", "n": 17, "b": true, "z": nil, "a": [1, 2], "o": ["k": "v"]]
        let object = value.object
        #expect(object?["s"]?.string == "text")
        #expect(object?["n"]?.string == nil)
        #expect(object?["n"]?.int == 17)
        #expect(object?["b"]?.bool == true)
        #expect(object?["b"]?.int == nil)
        #expect(object?["z"]?.isNull == true)
        #expect(object?["a"]?.array == [1, 2])
        #expect(object?["o"]?.object?["k"] == "v")
        #expect(object?.keys == ["s", "n", "b", "z", "a", "o"])
        #expect(object?.members.map(\.value.kindName) == ["string", "number", "boolean", "null", "array", "object"])
        #expect(value.string == nil && value.array == nil && value.bool == nil && value.int == nil)
    }

    @Test("int is only for integral literals in Int range", arguments: [
        ("17", 17), ("-5", -5), ("0", 0), ("-0", 0),
        ("9223372036854775807", Int.max), ("-9223372036854775808", Int.min),
        ("9223372036854775808", nil), ("1.0", nil), ("1e2", nil), ("1E2", nil), ("0.5", nil),
    ] as [(String, Int?)])
    func intAccessor(literal: String, expected: Int?) {
        #expect(JSONValue.number(literal).int == expected)
    }

    @Test("double is the finite value of a number")
    func doubleAccessor() {
        #expect(JSONValue.number("2.5e-3").double == 0.0025)
        #expect(JSONValue.number("1e400").double == nil)
        #expect(JSONValue.string("1").double == nil)
    }

    @Test("literals build values, keeping the written key order")
    func literals() {
        let value: JSONValue = ["type": "pong", "id": 1, "ok": true, "none": nil, "list": ["a", 2]]
        #expect(value == .object(JSONObject([
            ("type", .string("pong")), ("id", .number("1")), ("ok", .bool(true)),
            ("none", .null), ("list", .array([.string("a"), .number("2")])),
        ])))
        #expect(value.object?.keys == ["type", "id", "ok", "none", "list"])
        #expect(JSONWriter.string(["type": "pong", "id": 1]) == #"{"type":"pong","id":1}"#)
        #expect(JSONValue(integerLiteral: -42) == .number("-42"))
    }

    @Test("setting a member appends, replaces in place, or removes")
    func subscriptSet() {
        var object = JSONObject()
        object["b"] = 1
        object["a"] = 2
        object["b"] = 3
        #expect(object.keys == ["b", "a"])
        #expect(object["b"] == 3)
        object["b"] = nil
        #expect(object.keys == ["a"])
        object["missing"] = nil
        #expect(object.count == 1)
        // A repeated key in an initializer replaces the earlier value in its place.
        #expect(JSONObject([("x", 1), ("y", 2), ("x", 3)]).members.map(\.key) == ["x", "y"])
        #expect(JSONObject([("x", 1), ("y", 2), ("x", 3)])["x"] == 3)
        let many = (0..<40).map { ("k\($0 % 20)", JSONValue.number(String($0))) }
        let deduplicated = JSONObject(many)
        #expect(deduplicated.count == 20)
        #expect(deduplicated["k3"] == .number("23"))
        #expect(deduplicated.keys.first == "k0")
    }
}

@Suite("JSON writer")
struct JSONWriterTests {
    @Test("strings escape quotes, backslashes, control characters and U+2028/U+2029, and keep other UTF-8")
    func escaping() {
        let text = "a\"b\\c/\n\r\t\u{8}\u{C}\u{0}\u{1}\u{1F}\u{7F}é€😀\u{2028}\u{2029}\u{2027}\u{202A}"
        let expected = #""a\"b\\c/\n\r\t\b\f\u0000\u0001\u001f"# + "\u{7F}é€😀" + #"\u2028\u2029"# + "\u{2027}\u{202A}\""
        #expect(JSONWriter.string(.string(text)) == expected)
        var buffer: [UInt8] = Array("prefix:".utf8)
        JSONWriter.writeString(text, into: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == "prefix:" + expected)
        var empty: [UInt8] = []
        JSONWriter.writeString("", into: &empty)
        #expect(empty == Array(#""""#.utf8))
    }

    @Test("escapes are found at every position around the eight-byte fast path")
    func escapingEverywhere() throws {
        for prefix in 0..<20 {
            // ’ © ¨ share bytes with U+2028/U+2029 (E2 80 …, … A9, … A8) and are written as they are.
            for special in ["\"", "\\", "\n", "\u{1}", "\u{2028}", "\u{2029}", "’", "©", "¨", "\u{2028}\u{2029}’"] {
                let text = String(repeating: "a", count: prefix) + special + String(repeating: "b", count: 9)
                let written = JSONWriter.string(.string(text))
                #expect(written == referenceEscape(text))
                #expect(try parse(written) == .string(text))
            }
        }
    }

    @Test("control characters without a short escape use lower-case \\u00XX")
    func controlEscapes() {
        for value in UInt8(0)..<0x20 {
            let written = JSONWriter.string(.string(String(UnicodeScalar(value))))
            switch value {
            case 0x08: #expect(written == #""\b""#)
            case 0x09: #expect(written == #""\t""#)
            case 0x0A: #expect(written == #""\n""#)
            case 0x0C: #expect(written == #""\f""#)
            case 0x0D: #expect(written == #""\r""#)
            default:
                let hex = String(value, radix: 16)
                #expect(written == "\"\\u00" + (hex.count == 1 ? "0" : "") + hex + "\"")
            }
        }
    }

    @Test("output is compact, numbers are written as their literal, and keys can be sorted")
    func compactAndSorted() throws {
        let value = try parse(#" { "z" : [ 1.50 , -0 , 1E+2 ] , "a" : { "y" : null , "b" : false } , "é" : "" , "B" : 0 } "#)
        #expect(JSONWriter.string(value) == #"{"z":[1.50,-0,1E+2],"a":{"y":null,"b":false},"é":"","B":0}"#)
        #expect(JSONWriter.string(value, sortedKeys: true) == #"{"B":0,"a":{"b":false,"y":null},"z":[1.50,-0,1E+2],"é":""}"#)
        var buffer: [UInt8] = Array("> ".utf8)
        JSONWriter.write(value, into: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == "> " + JSONWriter.string(value))
        #expect(value.description == JSONWriter.string(value))
    }

    @Test("parse(write(v)) == v for a sample of values")
    func roundTrips() throws {
        let fixed: [JSONValue] = [
            nil, true, false, 0, -1, .number("3.25e-10"), "", "x", "\u{0}", "\u{2028}", "😀\u{10FFFF}",
            [], [:], [[[]]], ["a": ["b": ["c": [1, "two", nil]]]],
            ["type": "say", "session": "telegram:4711", "text": "wij zijn erg klantgericht", "id": 17],
        ]
        for value in fixed {
            #expect(try JSONReader.parse(JSONWriter.string(value)) == value)
        }
        var generator = SeededGenerator(seed: 0x5EED)
        for _ in 0..<500 {
            let value = generator.value(depth: 0)
            let written = JSONWriter.string(value)
            let parsed = try JSONReader.parse(written)
            #expect(parsed == value, "\(written)")
            #expect(JSONWriter.string(parsed) == written)
            let text = generator.string()
            #expect(JSONWriter.string(.string(text)) == referenceEscape(text))
        }
    }
}

/// A slow, obviously correct escaper to compare the writer with.
private func referenceEscape(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case "\u{8}": out += "\\b"
        case "\u{C}": out += "\\f"
        case "\u{2028}": out += "\\u2028"
        case "\u{2029}": out += "\\u2029"
        case "\u{0}"..."\u{1F}":
            let hex = String(scalar.value, radix: 16)
            out += "\\u00" + (hex.count == 1 ? "0" : "") + hex
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}

/// Random JSON values from a seeded generator.
private extension SeededGenerator {
    mutating func string() -> String {
        let pieces = ["a", "Z", " ", "\"", "\\", "/", "\n", "\u{0}", "\u{1F}", "\u{7F}", "é", "€", "😀", "\u{2028}", "\u{2029}", "klant", "\u{FFFD}"]
        return (0..<below(12)).map { _ in pieces[below(pieces.count)] }.joined()
    }

    mutating func value(depth: Int) -> JSONValue {
        switch below(depth > 4 ? 5 : 7) {
        case 0: return nil
        case 1: return .bool(below(2) == 0)
        case 2:
            let numbers = ["0", "-0", "17", "-3.5", "1e10", "2.5E-3", "123456789012345678901234567890", "0.1"]
            return .number(numbers[below(numbers.count)])
        case 3, 4: return .string(string())
        case 5: return .array((0..<below(5)).map { _ in value(depth: depth + 1) })
        default:
            var object = JSONObject()
            for _ in 0..<below(6) { object[string()] = value(depth: depth + 1) }
            return .object(object)
        }
    }
}
