import Foundation
import Testing

/// `quadrant mcp` over pipes: the handshake, the tool list, a tool call, and JSON-RPC errors.
@Suite("quadrant mcp end to end", .serialized)
struct MCPEndToEndTests {
    func responses(_ lines: [String]) throws -> (byID: [String: [String: Any]], all: [[String: Any]], stderr: String) {
        let result = try EndToEndTests().run(["mcp"], input: lines.joined(separator: "\n") + "\n")
        #expect(result.status == 0)
        let all = result.lines
        var byID: [String: [String: Any]] = [:]
        for response in all {
            #expect(response["jsonrpc"] as? String == "2.0")
            if let id = response["id"] { byID["\(id)"] = response }
        }
        return (byID, all, result.stderr)
    }

    @Test("initialize agrees on the client's version when supported, else offers the newest")
    func initialize() throws {
        let (byID, _, stderr) = try responses([
            #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2024-11-05","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}"#,
            #"{"jsonrpc":"2.0","id":2,"method":"initialize","params":{"protocolVersion":"1999-01-01","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}"#,
            #"{"jsonrpc":"2.0","method":"notifications/initialized"}"#,
            #"{"jsonrpc":"2.0","id":"p","method":"ping"}"#,
        ])
        let agreed = try #require(byID["1"]?["result"] as? [String: Any])
        #expect(agreed["protocolVersion"] as? String == "2024-11-05")
        #expect((agreed["serverInfo"] as? [String: Any])?["name"] as? String == "quadrant")
        #expect((agreed["capabilities"] as? [String: Any])?["tools"] != nil)
        #expect((byID["2"]?["result"] as? [String: Any])?["protocolVersion"] as? String == "2025-06-18")
        #expect((byID["p"]?["result"] as? [String: Any])?.isEmpty == true)
        #expect(byID.count == 3, "the notification gets no answer")
        #expect(stderr.contains("quadrant mcp"), "logs go to standard error")
    }

    @Test("tools/list names the six tools, and a call runs the walk on the engine")
    func toolsAndCall() throws {
        let (byID, _, _) = try responses([
            #"{"jsonrpc":"2.0","id":1,"method":"tools/list"}"#,
            #"{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"start_walk","arguments":{"lang":"nl"}}}"#,
            #"{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"say","arguments":{"text":"wij zijn erg klantgericht"}}}"#,
            #"{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"say","arguments":{"text":42}}}"#,
        ])
        let tools = try #require((byID["1"]?["result"] as? [String: Any])?["tools"] as? [[String: Any]])
        #expect(tools.compactMap { $0["name"] as? String } == ["start_walk", "say", "suggest_word", "check_quadrant", "render_quadrant", "end_walk"])
        #expect(tools.allSatisfy { ($0["inputSchema"] as? [String: Any])?["type"] as? String == "object" })

        let said = try #require(byID["3"]?["result"] as? [String: Any])
        #expect(said["isError"] as? Bool == false)
        let text = (said["content"] as? [[String: Any]])?.first?["text"] as? String ?? ""
        #expect(text.hasPrefix("Klantgerichtheid, mooi."), "\(text)")
        #expect(text.contains("- grenzeloosheid"), "the options are listed for the assistant to relay")
        let events = (said["structuredContent"] as? [String: Any])?["events"] as? [[String: Any]]
        #expect(events?.first?["stage"] as? String == "pitfall")

        let refused = try #require(byID["4"]?["result"] as? [String: Any])
        #expect(refused["isError"] as? Bool == true, "a bad argument is a tool error the assistant can read")
    }

    @Test("bad lines get JSON-RPC errors with the right codes, and the server carries on")
    func errors() throws {
        let (byID, all, _) = try responses([
            "this is not json",
            #"[{"jsonrpc":"2.0","id":9,"method":"ping"}]"#,
            #"{"jsonrpc":"1.0","id":1,"method":"ping"}"#,
            #"{"jsonrpc":"2.0","id":2,"method":"resources/list"}"#,
            #"{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"dance"}}"#,
            #"{"jsonrpc":"2.0","id":4,"method":"tools/call","params":[1]}"#,
            #"{"jsonrpc":"2.0","id":5,"method":"ping"}"#,
        ])
        let codes = all.map { ($0["error"] as? [String: Any])?["code"] as? Int }
        #expect(codes == [-32700, -32600, -32600, -32601, -32602, -32602, nil])
        #expect(all[0]["id"] is NSNull)
        #expect(byID["5"]?["result"] != nil)
    }
}
