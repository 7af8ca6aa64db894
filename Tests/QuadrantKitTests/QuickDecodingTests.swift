import Foundation
import Testing
@testable import QuadrantKit

/// The quick path of `Envelope.decode(line:)` gives exactly what the general path gives, and is taken.
@Suite("Quick request decoding")
struct QuickDecodingTests {
    /// Lines the quick path should take, and near misses of each that it must leave to the general path or
    /// decode the same: other whitespace, order, ids, nulls, escapes, extra and duplicate fields.
    static let common: [String] = [
        #"{"type":"say","session":"s1","text":"klantgericht","id":7}"#,
        #"{"type":"say","session":"s1","text":"te veel meegaan","mentioned":true}"#,
        #"{"type":"start","session":"s2","lang":"en","id":"a"}"#,
        #"{"type":"start","session":"s2","lang":"auto","flow":"phases","from":"allergy"}"#,
        #"{"type":"end","session":"s2","id":-3}"#,
        #"{"type":"suggest","word":"grenzeloos","lang":"nl","corner":"pitfall"}"#,
        #"{"type":"render","session":"s1","format":"svg"}"#,
        #"{"type":"export","session":"s1"}"#,
        #"{"type":"ping","id":0}"#,
        #"{"type":"check","quadrant":{"quality":"klantgericht","pitfall":"grenzeloos","challenge":"duidelijk","allergy":"star"},"lang":"nl","id":4}"#,
        #"{"type":"check","quadrant":{ "allergy" : "rigid", "challenge":"clarity","pitfall":"boundless","quality":"customer focus"}}"#,
        #"{"type":"say","session":"café","text":"Zo’n ‘echte’ klantgerichtheid…"}"#,
    ]

    /// Replacements that make each common line a near miss (or leave it as it is when it has no match).
    static let replacements: [(String, String)] = [
        (":", " : "), (",", " ,\t"),
        (#"{"type""#, #"{"id":null,"type""#), (#"{"type""#, #"{"lang":null,"type""#),
        (#"{"type""#, #"{"extra":1,"type""#), (#"{"type""#, #"{"session":"x","type""#),
        (#"{"type""#, #"{"lang":"fr","type""#), (#"{"type""#, #"{"mentioned":false,"type""#),
        (#"{"type""#, #"{"participant":{"id":"u"},"type""#), (#"{"type""#, #"{"id":1.5,"type""#),
        (#"{"type""#, #"{"id":012,"type""#), (#"{"type""#, #"{"id":1e3,"type""#),
        (#"{"type""#, #"{"id":1234567890123456789012,"type""#), (#"{"type""#, #"{"id":true,"type""#),
        (#""type""#, #""typ\u0065""#), (#""s1""#, #""s\u00311""#), (#""s1""#, #""""#),
        (#""s1""#, "\"s\u{7F}1\""), (#""s1""#, "\"s\u{85}1\""),
        (#""s1""#, "\"" + String(repeating: "s", count: 257) + "\""),
        (#""klantgericht""#, "\"" + String(repeating: "é", count: 2_100) + "\""),
        (#""klantgericht""#, "\"" + String(repeating: "é", count: 4_001) + "\""),
        (#""nl""#, #""NL""#), (#""svg""#, #""pdf""#), (#""allergy""#, #""allergie""#),
        (#""pitfall""#, #""pitfall ""#), ("true", "1"), ("}", "}x"), ("}", ",}"), (#""session""#, #""type""#),
        (#""star""#, #""""#), (#""star""#, "7"), (#""star""#, #""star","extra":"x""#), (#""star""#, #""star","allergy":"hard""#),
        (#""star"}"#, #""star"}}"#), (#"{"quality""#, #"["quality""#), (#""clarity""#, #"null"#),
    ]

    static let variations: [String] = common.flatMap { line -> [String] in
        let replaced = replacements.map { line.replacingOccurrences(of: $0.0, with: $0.1) }
        return [line, " \(line) ", "\u{FEFF}" + line, String(line.dropLast())] + replaced
    }

    /// Every line the tests know: the variations, the hostile lines, every dialogue line.
    static var allLines: [[UInt8]] {
        variations.map { Array($0.utf8) } + HostileLineTests.rows.map(\.bytes)
            + ShardedServiceTests.lines.compactMap { if case .line(let line) = $0 { return line } else { return nil } }
    }

    @Test("both paths decode every known line the same")
    func samePaths() {
        let lines = Self.allLines
        #expect(lines.count > 700)
        let differing = lines.filter { Envelope.decode(line: $0) != Envelope.decodeInGeneral(line: $0) }.map { String(decoding: $0, as: UTF8.self) }
        let none = differing.isEmpty
        #expect(none, "\(differing.count) lines differ, e.g. \(differing.prefix(3))")
    }

    @Test("the quick path takes the common lines", arguments: common)
    func quickPathTaken(line: String) {
        let bytes = Array(line.utf8)
        #expect(bytes.withUnsafeBufferPointer(Envelope.quickDecode) != nil)
    }

    @Test("the quick path takes most dialogue lines")
    func quickPathShare() {
        let lines = ShardedServiceTests.lines.compactMap { if case .line(let line) = $0 { return line } else { return nil } }
        let quick = lines.filter { $0.withUnsafeBufferPointer(Envelope.quickDecode) != nil }
        #expect(quick.count * 10 >= lines.count * 6, "\(quick.count) of \(lines.count)")
    }
}
