extension QuadrantCard {
    /// A clean 640-pixel-wide card a chat bridge can show as an image; all text is XML-escaped.
    public var svg: String {
        let labels = self.labels
        let width = 640
        let footer = [example.map { "\(labels.example): \($0)" }, nextStep.map { "\(labels.nextStep): \($0)" }].compactMap { $0 }
        let footerLines = footer.flatMap { Self.wrapped($0, width: 72) }
        let height = 430 + footerLines.count * 22 + (footerLines.isEmpty ? 0 : 16)
        var parts: [String] = [
            #"<svg xmlns="http://www.w3.org/2000/svg" width="\#(width)" height="\#(height)" viewBox="0 0 \#(width) \#(height)" role="img" aria-label="\#(Self.xmlEscaped(ariaLabel))">"#,
            #"<rect width="100%" height="100%" rx="16" fill="rgb(251,250,247)"/>"#,
            #"<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="rgb(91,100,112)"/></marker></defs>"#,
            #"<text x="32" y="48" font-family="Helvetica, Arial, sans-serif" font-size="22" font-weight="bold" fill="rgb(31,41,51)">\#(Self.xmlEscaped(labels.title(closed: closed)))</text>"#,
        ]
        let boxes: [(Corner, Int, Int, String)] = [
            (.quality, 32, 80, "rgb(223,243,228)"), (.pitfall, 368, 80, "rgb(253,226,225)"),
            (.allergy, 32, 270, "rgb(253,226,225)"), (.challenge, 368, 270, "rgb(223,243,228)"),
        ]
        for (corner, x, y, fill) in boxes {
            parts.append(#"<rect x="\#(x)" y="\#(y)" width="240" height="110" rx="12" fill="\#(fill)" stroke="rgb(201,204,209)"/>"#)
            parts.append(#"<text x="\#(x + 16)" y="\#(y + 30)" font-family="Helvetica, Arial, sans-serif" font-size="13" letter-spacing="1" fill="rgb(91,100,112)">\#(Self.xmlEscaped(labels.name(corner).uppercased()))</text>"#)
            let credit = self.credit(corner)
            for (index, line) in Self.wrapped(words[corner] ?? "…", width: 22).prefix(credit == nil ? 3 : 2).enumerated() {
                parts.append(#"<text x="\#(x + 16)" y="\#(y + 62 + index * 24)" font-family="Helvetica, Arial, sans-serif" font-size="20" fill="rgb(31,41,51)">\#(Self.xmlEscaped(line))</text>"#)
            }
            if let credit {
                parts.append(#"<text x="\#(x + 16)" y="\#(y + 98)" font-family="Helvetica, Arial, sans-serif" font-size="12" fill="rgb(91,100,112)">\#(Self.xmlEscaped(String(credit.prefix(36))))</text>"#)
            }
        }
        let arrow = #"stroke="rgb(91,100,112)" stroke-width="2" marker-end="url(#arrow)""#
        let small = #"font-family="Helvetica, Arial, sans-serif" font-size="13" fill="rgb(91,100,112)" text-anchor="middle""#
        parts += [
            #"<line x1="280" y1="135" x2="360" y2="135" \#(arrow)/>"#, #"<text x="320" y="125" \#(small)>\#(Self.xmlEscaped(labels.tooMuch))</text>"#,
            #"<line x1="488" y1="198" x2="488" y2="262" \#(arrow)/>"#, #"<text x="488" y="235" \#(small) dx="70">\#(Self.xmlEscaped(labels.opposite))</text>"#,
            #"<line x1="360" y1="325" x2="280" y2="325" \#(arrow)/>"#, #"<text x="320" y="315" \#(small)>\#(Self.xmlEscaped(labels.tooMuch))</text>"#,
            #"<line x1="152" y1="262" x2="152" y2="198" \#(arrow)/>"#, #"<text x="152" y="235" \#(small) dx="-70">\#(Self.xmlEscaped(labels.opposite))</text>"#,
        ]
        for (index, line) in footerLines.enumerated() {
            parts.append(#"<text x="32" y="\#(418 + index * 22)" font-family="Helvetica, Arial, sans-serif" font-size="15" fill="rgb(31,41,51)">\#(Self.xmlEscaped(line))</text>"#)
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n") + "\n"
    }

    /// What a screen reader says for the card.
    private var ariaLabel: String {
        let corners = Corner.allCases.map { "\(labels.name($0)): \(words[$0] ?? "…")" }
        return labels.title(closed: closed) + ". " + corners.joined(separator: ", ")
    }

    /// Escapes the five XML special characters and drops characters XML cannot hold.
    static func xmlEscaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Breaks `text` into lines of at most `width` characters at spaces (a longer word is cut).
    static func wrapped(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            var word = String(word)
            while word.count > width {
                if !current.isEmpty { lines.append(current); current = "" }
                lines.append(String(word.prefix(width)))
                word = String(word.dropFirst(width))
            }
            if current.isEmpty { current = word }
            else if current.count + 1 + word.count <= width { current += " " + word }
            else { lines.append(current); current = word }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.isEmpty ? [""] : lines
    }
}
