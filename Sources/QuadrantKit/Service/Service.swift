/// Every live conversation of one process, and the dispatch from requests to events.
///
/// Pure like the engine: the host reads lines, hands them here, and writes what comes back. One bad
/// request produces one `error` and touches no session.
public struct Service: Sendable {
    public let engine: Engine
    /// Live sessions by the host's session name.
    public internal(set) var sessions: [String: Session] = [:]
    /// The most sessions kept at once; a new one beyond it gets `session_limit`.
    public var maximumSessions: Int
    /// Live sessions kept by other services of the same process (see `ShardedService`); they count
    /// against `maximumSessions` too.
    public var otherSessions = 0

    public init(engine: Engine, maximumSessions: Int = 1_000_000) {
        self.engine = engine
        self.maximumSessions = maximumSessions
    }

    /// The `ready` event a host receives first; it needs no lexicon, so serve can send it while they load.
    public static let ready = AddressedEvent(id: nil, .ready(version: QuadrantVersion.current, languages: Language.allCases))

    /// Serves one input line (without its line ending); `lineNumber` is reported in errors.
    public mutating func handle(line: [UInt8], lineNumber: Int? = nil) -> [AddressedEvent] {
        serve(line: line, lineNumber: lineNumber).events
    }

    /// Serves one decoded request.
    public mutating func handle(_ envelope: Envelope, lineNumber: Int? = nil) -> [AddressedEvent] {
        let events: [Event]
        switch envelope.request {
        case .start(let session, let options):
            events = open(session, options, firstWords: nil, lineNumber: lineNumber)
        case .say(let session, let text, let participant, _):
            if let said = sayToLiveSession(envelope.request) {
                return said.outputs.map { AddressedEvent(id: envelope.id, event(said.session, $0)) }
            }
            events = open(session, StartOptions(participant: participant), firstWords: text, lineNumber: lineNumber)
            if events.contains(where: \.isEnd) { sessions[session] = nil }
        case .end(let session):
            guard sessions.removeValue(forKey: session) != nil else {
                events = [unknownSession(session, lineNumber)]
                break
            }
            events = [.ended(session: session)]
        case .render(let session, let format):
            guard let state = sessions[session] else {
                events = [unknownSession(session, lineNumber)]
                break
            }
            events = [.rendered(session: session, format: format, content: engine.card(state).rendered(as: format))]
        case .suggest(let word, let language, let corner):
            events = [.suggestion(engine.suggest(word, language: language, corner: corner))]
        case .check(let words, let language):
            events = [.checked(engine.check(words, language: language))]
        case .export(let session):
            events = [export(session, lineNumber)]
        case .restore(let session, let state):
            events = restore(session, state, lineNumber)
        case .ping:
            events = [.pong]
        }
        return events.map { AddressedEvent(id: envelope.id, $0) }
    }

    /// The common turn, a `say` to a live session, answered straight into `buffer` as JSON lines: the same
    /// bytes `handle` gives once encoded, without addressing each output as an event first (that copy
    /// of every string, and its release, cost about a tenth of a turn). False, and nothing done, for any
    /// other request; such a turn is always one a journal keeps.
    mutating func sayDirectly(_ envelope: Envelope, into buffer: inout ByteBuffer) -> Bool {
        guard let said = sayToLiveSession(envelope.request) else { return false }
        let writer = DirectEventWriter(id: envelope.id)
        for output in said.outputs {
            if !writer.write(output, session: said.session, into: &buffer) {
                AddressedEvent(id: envelope.id, event(said.session, output)).encoded(into: &buffer)
            }
            buffer.append(10)
        }
        return true
    }

    /// The common turn: a `say` to a live session, changed where it lies (one lookup, no copy out and
    /// back), and forgotten when the outputs end it. Nil for any other request.
    private mutating func sayToLiveSession(_ request: Request) -> (session: String, outputs: [Output])? {
        guard case .say(let session, let text, let participant, let mentioned) = request,
              let index = sessions.index(forKey: session) else { return nil }
        let outputs = engine.participantSaid(text, from: participant, mentioned: mentioned, in: &sessions.values[index])
        if outputs.contains(where: { if case .ended = $0 { true } else { false } }) { sessions[session] = nil }
        return (session, outputs)
    }

    func unknownSession(_ session: String, _ lineNumber: Int?) -> Event {
        .error(ProtocolError(.unknownSession, "there is no session \"\(session)\"; start it first (it may have ended already)", session: session), line: lineNumber)
    }

    /// Opens (or reopens) a session; a first `say` opens one and is answered as its first words.
    private mutating func open(_ name: String, _ options: StartOptions, firstWords: String?, lineNumber: Int?) -> [Event] {
        if let full = limitReached(name, lineNumber) { return [full] }
        let language = options.language ?? firstWords.map { engine.lexicons.guessLanguage(of: $0) } ?? .nl
        var (session, outputs) = options.team
            ? engine.startTeam(language: language, facilitator: options.participant!, hidden: options.hidden, prefix: options.prefix,
                               audience: options.audience)
            : engine.start(language: language, flow: options.flow, from: options.from, audience: options.audience)
        if let firstWords, Command(firstWords) == nil, !TextFolding.words(firstWords).allSatisfy(Greeting.isGreeting) {
            outputs = engine.participantSaid(firstWords, in: &session)
        }
        sessions[name] = session
        return outputs.map { event(name, $0) }
    }

    /// The `session_limit` error when opening `name` would keep more sessions than allowed.
    func limitReached(_ name: String, _ lineNumber: Int?) -> Event? {
        guard sessions[name] == nil && sessions.count + otherSessions >= maximumSessions else { return nil }
        return .error(ProtocolError(.sessionLimit,
            "this process is at its limit of live sessions (\(maximumSessions), see --max-sessions); send `end` for finished conversations or start another process",
            session: name), line: lineNumber)
    }

    private func event(_ session: String, _ output: Output) -> Event {
        switch output {
        case .reply(let reply): return .reply(session: session, reply)
        case .quadrantComplete(let words, let closed, let language, let team):
            return .quadrant(session: session, words: words, closed: closed, language: language, team: team)
        case .ended: return .ended(session: session)
        }
    }
}

/// Words that open a chat without answering anything ("hoi", "hello"): a first `say` of only these
/// gets the greeting and the first question.
enum Greeting {
    static func isGreeting(_ word: String) -> Bool {
        ["hoi", "hallo", "hey", "hi", "hello", "dag", "goedemorgen", "goedemiddag", "goedenavond", "start", "begin", "beginnen", "quadrant", "kernkwadrant"].contains(word)
    }
}

/// The version of quadrant, announced in `ready` and by `quadrant --version`.
public enum QuadrantVersion {
    public static let current = "0.1.0"
}
