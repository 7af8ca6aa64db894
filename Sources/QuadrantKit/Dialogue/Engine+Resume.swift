extension Engine {
    /// Where a restored conversation stands and the question it waits on, for everyone; changes nothing.
    public func resumed(_ session: Session) -> Reply {
        prompt(session, preface: phrasebook(session.language).status(session.stage, filled: session.quadrantWords))
    }
}
