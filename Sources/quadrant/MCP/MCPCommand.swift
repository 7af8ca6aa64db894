import QuadrantKit

/// `quadrant mcp`: the Model Context Protocol over stdio, newline-delimited JSON-RPC 2.0.
///
/// The same loop as `serve`: one thread, blocking reads, responses flushed whenever no complete line is
/// waiting. Standard output carries JSON-RPC only; logs go to standard error.
enum MCPCommand {
    static func run(_ options: Options) -> Int32 {
        Platform.ignoreBrokenPipe()
        var server = MCPServer(service: Service(engine: options.engineOrExit(), maximumSessions: options.maximumSessions))
        var output = OutputBuffer(descriptor: 1)
        var input = LineReader(descriptor: 0, limit: options.maximumLineLength)
        Platform.log("quadrant mcp \(QuadrantVersion.current): serving tools \(MCPTool.names) on stdio")
        while let line = input.next() {
            let response: JSONValue?
            switch line {
            case .tooLong(let length, let limit):
                let message = "the message is \(length) bytes, more than the limit of \(limit) (--max-line); it was skipped"
                Platform.log("quadrant mcp: \(message)")
                response = JSONRPCResponse.error(id: nil, JSONRPCError(code: JSONRPCError.invalidRequest, message: message))
            case .line(let bytes):
                response = server.handle(line: bytes)
            }
            if let response {
                output.appendLine { JSONWriter.write(response, into: &$0) }
            }
            if input.needsRead && !output.flush() { return 0 }
        }
        output.flush()
        return 0
    }
}
