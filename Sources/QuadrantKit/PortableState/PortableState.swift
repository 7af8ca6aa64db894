/// A session written down as one opaque, versioned string, and read back: what `export` returns and
/// `restore` takes, so a host can carry a conversation between processes.
///
/// The string is `q1.` + base64url of the session as compact JSON with sorted keys + `.` + the CRC-32 of
/// that JSON in hex. Sorted keys make equal sessions give equal strings; the checksum turns a damaged or
/// truncated string into a clear error instead of a different conversation. A later format gets a higher
/// number and this code keeps reading `q1`.
public enum PortableState {
    /// The format this quadrant writes.
    public static let version = 1

    /// The session as a state string.
    public static func encode(_ session: Session) -> String {
        // Session holds only strings, numbers, booleans and enums, which always encode.
        var json: [UInt8] = []
        JSONWriter.write(try! JSONValueEncoder.encode(session), into: &json, sortedKeys: true)
        return "q\(version)." + Base64URL.encode(json) + "." + CRC32.hex(json)
    }

    /// The session a state string holds, or why it cannot be restored (for an `invalid_field` error).
    public static func decode(_ state: String) -> Result<Session, StateProblem> {
        let parts = state.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts[0].first == "q", let number = Int(parts[0].dropFirst()), number > 0 else {
            return .failure(.foreign)
        }
        guard number <= version else { return .failure(.newer(number)) }
        guard number == version, parts.count == 3, let json = Base64URL.decode(parts[1]), CRC32.hex(json) == parts[2] else {
            return .failure(.damaged)
        }
        guard let value = try? JSONReader.parse(json), let session = try? JSONValueDecoder.decode(Session.self, from: value) else {
            return .failure(.damaged)
        }
        if let problem = session.inconsistency { return .failure(.inconsistent(problem)) }
        return .success(session)
    }

    /// Why a state string cannot be restored.
    public enum StateProblem: Error, Equatable, Sendable {
        /// Not a string that `exported` gave.
        case foreign
        /// Written by a newer quadrant, in a format this one does not know.
        case newer(Int)
        /// Cut short or changed: the checksum or the contents do not hold.
        case damaged
        /// Well formed, but describes a conversation the engine cannot be in.
        case inconsistent(String)

        /// What to tell the host's developer.
        public var message: String {
            switch self {
            case .foreign: return "`state` is not a state string from quadrant; send the `state` of an `exported` event as it came"
            case .newer(let number):
                return "`state` was written by a newer quadrant (state format \(number), this one reads up to \(PortableState.version)); restore it there or upgrade"
            case .damaged: return "`state` is damaged or cut short (its checksum does not match); send the `state` of an `exported` event unchanged"
            case .inconsistent(let problem): return "`state` describes a conversation quadrant cannot continue (\(problem)); start the session again"
            }
        }
    }
}

extension Corner: CodingKeyRepresentable {}

extension Session {
    /// The first way this session contradicts what the engine relies on, or nil when it is sound.
    var inconsistency: String? {
        let questions = phrasebook(language).phaseQuestions.count
        func check(stage: Stage, phaseAnswers: [Int], team: TeamState?) -> String? {
            if stage == .phases && (flow != .phases || phaseAnswers.count >= questions) { return "phase questions" }
            if phaseAnswers.count > questions || phaseAnswers.contains(where: { !(0...2).contains($0) }) { return "phase answers" }
            if stage == .lobby && team == nil { return "a lobby without a team" }
            if let team, team.voting && (team.proposals.isEmpty || stage.corner == nil) { return "a vote without proposals" }
            return nil
        }
        return check(stage: stage, phaseAnswers: phaseAnswers, team: team)
            ?? history.lazy.compactMap { check(stage: $0.stage, phaseAnswers: $0.phaseAnswers, team: $0.team) }.first
    }
}
