import QuadrantKit

/// `quadrant chat`: a conversation in the terminal, in plain text.
///
/// Options are numbered and can be answered by number or by word; the finished quadrant is drawn as a
/// grid. Colour when stdout is a terminal, `NO_COLOR` is unset and `TERM` is not `dumb`.
enum ChatCommand {
    static func run(_ options: Options) -> Int32 {
        Platform.ignoreBrokenPipe()
        let engine = options.engineOrExit()
        let language = options.language ?? defaultLanguage()
        let style = Style(enabled: Platform.isTerminal(1) && Platform.environment("NO_COLOR").map(\.isEmpty) ?? true
                          && Platform.environment("TERM") != "dumb")
        let me = Participant(id: "me", name: language == .nl ? "Jij" : "You")
        var speaker = me
        var (session, outputs) = options.team
            ? engine.startTeam(language: language, facilitator: me, hidden: options.hidden)
            : engine.start(language: language)
        var choices = show(outputs, style: style)
        var saved = false
        while true {
            let name = options.team ? speaker.name! : (session.language == .nl ? "jij" : "you")
            print(style.prompt("\(name)> "), terminator: "")
            guard let line = readLine() else {
                print("")
                return save(engine.card(session), options, when: !saved)
            }
            let text = line.trimmingCharacters()
            if options.team, text.hasPrefix("/as ") {
                let name = String(text.dropFirst(4)).trimmingCharacters()
                speaker = name.isEmpty || name == me.name ? me : Participant(id: name.lowercased(), name: name)
                continue
            }
            let chosen = Int(text).flatMap { $0 >= 1 && $0 <= choices.count ? choices[$0 - 1].value : nil }
            let before = session
            outputs = engine.participantSaid(chosen ?? text, from: speaker, mentioned: true, in: &session)
            choices = show(outputs, style: style)
            if outputs.contains(.ended) { return save(engine.card(before), options, when: !saved) }
            if session.stage == .done && session.flow == .quadrant && !saved {
                saved = true
                if save(engine.card(session), options, when: true) != 0 { return 1 }
            }
        }
    }

    /// Writes the card to `--save FILE` if one was asked for and the quadrant has anything in it.
    static func save(_ card: QuadrantCard, _ options: Options, when wanted: Bool) -> Int32 {
        guard wanted, let file = options.saveFile, card.words.all.contains(where: { $0 != nil }) else { return 0 }
        let format = options.saveFormat ?? (file.hasSuffix(".svg") ? .svg : file.hasSuffix(".md") ? .markdown : file.hasSuffix(".json") ? .json : .text)
        switch Platform.writeFile(file, Array(card.rendered(as: format).utf8)) {
        case .success:
            print(card.language == .nl ? "Opgeslagen in \(file)." : "Saved to \(file).")
            return 0
        case .failure(let error):
            Platform.log("quadrant: cannot save \(error)")
            return 1
        }
    }

    /// Prints the engine's outputs and returns the options now on offer.
    static func show(_ outputs: [Output], style: Style) -> [Option] {
        var options: [Option] = []
        for output in outputs {
            switch output {
            case .reply(let reply):
                print("")
                print(style.bot(wrapped((reply.to.map { "(\($0)) " } ?? "") + reply.text, width: style.width)))
                for (number, option) in reply.options.enumerated() {
                    print("  " + style.number("\(number + 1)") + " " + option.label)
                }
                options = reply.options
            case .quadrantComplete(let words, _, let language, _):
                print("")
                print(style.grid(QuadrantGrid.text(words.map { $0 }, language: language)))
                print("")
            case .ended:
                break
            }
        }
        return options
    }

    static func defaultLanguage() -> Language {
        let locale = Platform.environment("LC_ALL") ?? Platform.environment("LANG") ?? ""
        return locale.hasPrefix("en") ? .en : .nl
    }

    /// Breaks each line of `text` at spaces so no line is wider than `width` (a longer word stands alone).
    static func wrapped(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var lines: [String] = []
            var current = ""
            for word in line.split(separator: " ") {
                if !current.isEmpty && current.count + 1 + word.count > width {
                    lines.append(current)
                    current = String(word)
                } else {
                    current += current.isEmpty ? String(word) : " " + word
                }
            }
            lines.append(current)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// ANSI colours, or none, and the width to wrap text at.
    struct Style {
        var enabled: Bool
        var width = min(Platform.terminalWidth(1) ?? 100, 100)
        func wrap(_ text: String, _ code: String) -> String { enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        func bot(_ text: String) -> String { wrap(text, "36") }
        func number(_ text: String) -> String { wrap("\(text).", "1") }
        func prompt(_ text: String) -> String { wrap(text, "2") }
        func grid(_ text: String) -> String { wrap(text, "33") }
    }
}

extension String {
    /// The text without leading and trailing whitespace.
    func trimmingCharacters() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
