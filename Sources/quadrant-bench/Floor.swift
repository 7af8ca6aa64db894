import Glibc

/// The floor: the least a line-protocol bot must do. It announces itself, then for each line finds the
/// top-level `id` and `session` with a small JSON scanner and writes one reply of `replyBytes` bytes,
/// flushing when no complete line is waiting (quadrant's policy). Everything quadrant does beyond this is
/// its own cost.
enum Floor {
    static func run(replyBytes: Int) -> Int32 {
        signal(SIGPIPE, SIG_IGN)
        var output: [UInt8] = []
        output.reserveCapacity(1 << 17)
        output.append(contentsOf: "{\"type\":\"ready\",\"protocol\":1,\"version\":\"floor\",\"languages\":[\"nl\",\"en\"]}\n".utf8)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var start = 0
        var end = 0
        func flush() -> Bool {
            defer { output.removeAll(keepingCapacity: true) }
            return output.withUnsafeBytes { writeAll(1, $0) }
        }
        guard flush() else { return 0 }
        while true {
            while let newline = newline(in: buffer, start..<end) {
                reply(to: buffer[start..<newline], size: replyBytes, into: &output)
                start = newline + 1
            }
            if !output.isEmpty && !flush() { return 0 }
            let count = end - start
            buffer.withUnsafeMutableBufferPointer { $0.baseAddress!.update(from: $0.baseAddress! + start, count: count) }
            start = 0
            end = count
            if end == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
            let read = buffer.withUnsafeMutableBytes { Glibc.read(0, $0.baseAddress! + end, $0.count - end) }
            if read <= 0 { return 0 }
            end += read
        }
    }

    /// `{"type":"reply","id":…,"session":"…","text":"xxx…"}` padded to `size` bytes (plus LF).
    static func reply(to line: ArraySlice<UInt8>, size: Int, into output: inout [UInt8]) {
        let fields = scan(line)
        let before = output.count
        output.append(contentsOf: #"{"type":"reply","id":"#.utf8)
        output.append(contentsOf: fields.id ?? line[line.startIndex..<line.startIndex])
        if fields.id == nil { output.append(contentsOf: "null".utf8) }
        output.append(contentsOf: #","session":"#.utf8)
        output.append(contentsOf: fields.session ?? line[line.startIndex..<line.startIndex])
        if fields.session == nil { output.append(contentsOf: "null".utf8) }
        output.append(contentsOf: #","text":""#.utf8)
        let padding = max(0, size - (output.count - before) - 2)
        output.append(contentsOf: repeatElement(UInt8(ascii: "x"), count: padding))
        output.append(contentsOf: "\"}\n".utf8)
    }

    /// The raw values of the top-level `id` and `session` members of one JSON object line.
    static func scan(_ line: ArraySlice<UInt8>) -> (id: ArraySlice<UInt8>?, session: ArraySlice<UInt8>?) {
        var id: ArraySlice<UInt8>?
        var session: ArraySlice<UInt8>?
        var index = line.startIndex
        var depth = 0
        var key: ArraySlice<UInt8>?
        var expectingKey = false
        while index < line.endIndex {
            let byte = line[index]
            switch byte {
            case UInt8(ascii: "\""):
                let open = index
                index += 1
                while index < line.endIndex && line[index] != UInt8(ascii: "\"") {
                    index += line[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                let string = line[open...min(index, line.endIndex - 1)]
                if depth == 1 && expectingKey {
                    key = string
                } else if depth == 1, let name = key {
                    if name.elementsEqual(#""session""#.utf8) { session = string }
                    if name.elementsEqual(#""id""#.utf8) { id = string }
                }
                expectingKey = false
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                expectingKey = byte == UInt8(ascii: "{") && depth == 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
            case UInt8(ascii: ","):
                expectingKey = depth == 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
                let first = index
                while index + 1 < line.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(line[index + 1]) || line[index + 1] == UInt8(ascii: ".") {
                    index += 1
                }
                if depth == 1, let name = key, name.elementsEqual(#""id""#.utf8) { id = line[first...index] }
            default:
                break
            }
            index += 1
        }
        return (id, session)
    }
}
