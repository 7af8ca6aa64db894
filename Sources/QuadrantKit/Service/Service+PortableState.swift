extension Service {
    /// `export`: the session as a state string; the session itself is untouched.
    func export(_ name: String, _ lineNumber: Int?) -> Event {
        guard let session = sessions[name] else { return unknownSession(name, lineNumber) }
        return .exported(session: name, state: PortableState.encode(session))
    }

    /// `restore`: the session from a state string, replacing a live one of the same name (the host that
    /// carries the state knows best); then where the conversation stands, so the host can show it.
    mutating func restore(_ name: String, _ session: Session, _ lineNumber: Int?) -> [Event] {
        if let full = limitReached(name, lineNumber) { return [full] }
        sessions[name] = session
        return [.restored(session: name), .reply(session: name, engine.resumed(session))]
    }
}
