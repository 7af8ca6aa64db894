import Testing
@testable import QuadrantKit

@Suite("Writing events directly")
struct EventWritingTests {
    /// Every event of whole walks (solo and team, both languages, ids as numbers and strings) is written
    /// byte for byte as the general `JSONValue` path writes it.
    @Test func sameBytesAsTheGeneralPath() {
        var service = Service(engine: Engine(lexicons: Lexicons.standard().0))
        let lines = [
            #"{"type":"start","session":"a","lang":"nl","id":1}"#,
            #"{"type":"say","session":"a","text":"wij zijn erg \"klantgericht\"","id":"x-2"}"#,
            #"{"type":"say","session":"a","text":"vriendelijk"}"#,
            #"{"type":"say","session":"a","text":"vriendelijk"}"#,
            #"{"type":"say","session":"a","text":"duidelyk","id":3.5}"#,
            #"{"type":"say","session":"a","text":"star"}"#,
            #"{"type":"say","session":"a","text":"ja"}"#,
            #"{"type":"say","session":"a","text":"Een voorbeeld\u2028met een regelscheiding"}"#,
            #"{"type":"say","session":"a","text":"overslaan"}"#,
            #"{"type":"say","session":"b","text":"We are very customer-focused","id":7}"#,
            #"{"type":"say","session":"b","text":"boundles"}"#,
            #"{"type":"say","session":"b","text":"help"}"#,
            #"{"type":"say","session":"b","text":"back"}"#,
            #"{"type":"start","session":"t","mode":"team","participant":{"id":"f","name":"Fien"},"lang":"nl"}"#,
            #"{"type":"say","session":"t","text":"@quadrant doe mee","participant":{"id":"a","name":"Anna"}}"#,
            #"{"type":"say","session":"t","text":"@quadrant start","participant":{"id":"f","name":"Fien"}}"#,
            #"{"type":"say","session":"t","text":"@quadrant klantgericht","participant":{"id":"a","name":"Anna"}}"#,
            #"{"type":"suggest","word":"grenzeloos","id":8}"#,
            #"{"type":"suggest","word":"grenzeloos","id":"again"}"#,
            #"{"type":"check","quadrant":{"quality":"klantgericht","pitfall":"grenzeloos","challenge":"duidelijk","allergy":"star"}}"#,
            #"{"type":"check","quadrant":{"quality":"klantgericht","pitfall":"grenzeloos","challenge":"duidelijk","allergy":"star"},"id":12}"#,
            #"{"type":"suggest","word":"xyzzy","lang":"en"}"#,
            #"{"type":"suggest","word":"te veel klantgericht","corner":"pitfall","id":"s"}"#,
            #"{"type":"check","lang":"en","quadrant":{"quality":"patience","pitfall":"rigid","challenge":"xyzzy","allergy":"\"hard\""},"id":10}"#,
            #"{"type":"ping","id":"p"}"#,
            #"{"type":"ping"}"#,
            #"{"type":"end","session":"a","id":9}"#,
            #"{"type":"end","session":"b"}"#,
        ]
        var written = 0
        for (number, line) in lines.enumerated() {
            for event in service.handle(line: Array(line.utf8), lineNumber: number + 1) {
                var direct: [UInt8] = []
                if event.writeDirectly(into: &direct) { written += 1 }
                var encoded: [UInt8] = []
                event.encoded(into: &encoded)
                var general: [UInt8] = []
                JSONWriter.write(event.json, into: &general)
                #expect(String(decoding: encoded, as: UTF8.self) == String(decoding: general, as: UTF8.self))
                // The same into a byte buffer, after something already written, growing it from its smallest size.
                var buffer = ByteBuffer(capacity: 1)
                buffer.append(UInt8(ascii: "x"))
                event.encoded(into: &buffer)
                let buffered = buffer.withBytes(in: 1..<buffer.count) { Array($0) }
                #expect(String(decoding: buffered, as: UTF8.self) == String(decoding: general, as: UTF8.self))
                // Written again (a remembered suggestion copies its body): the same bytes.
                var again: [UInt8] = []
                event.encoded(into: &again)
                #expect(again == encoded)
            }
        }
        #expect(written >= 20)
    }
}
