/// Real words of each language that a slip would otherwise read as a lexicon word: in "het gesprek is goed
/// verlopen" `verlopen` is not a slip of `verlegen`, nor in "there was a death in the family" `death` of
/// `depth`. In a sentence they are not typos; an answer of a word or two still reads them as slips (a
/// person naming a trait more likely slipped), and so does a listed phrase (`grenzen stelen`).
///
/// Made with `quadrant lexicon slips WORDLIST --lang LANG | cut -f1 | LC_ALL=C sort -u` over Debian's word
/// lists (wdutch; wbritish and wamerican), lowercase entries only; run it again after a large lexicon
/// change. The lists are searched as they are, in byte order, so nothing is built when the words are first
/// needed (a set of them took 55 million instructions).
enum RealWords {
    static func contains(_ word: String, _ language: Language) -> Bool {
        switch language {
        case .nl: return SortedLines.contains(word, in: dutch)
        case .en: return SortedLines.contains(word, in: english)
        }
    }

    static let dutch = Array(dutchList.utf8)
    static let english = Array(englishList.utf8)
}

/// Lines of text sorted in byte order, searched by halving.
enum SortedLines {
    /// Whether `word` is one of the lines of `text` (newline-separated, in byte order).
    static func contains(_ word: String, in text: [UInt8]) -> Bool {
        var word = word
        return word.withUTF8 { key in
            var low = 0, high = text.count
            // Invariant: a line equal to `key` starts in low..<high, if anywhere.
            while low < high {
                var start = (low + high) / 2
                while start > low && text[start - 1] != 10 { start -= 1 }
                var end = start
                while end < text.count && text[end] != 10 { end += 1 }
                switch compare(text[start..<end], key) {
                case 0: return true
                case ..<0: low = end + 1
                default: high = start
                }
            }
            return false
        }
    }

    /// The byte-order comparison of a line with a key: negative, zero or positive.
    private static func compare(_ line: ArraySlice<UInt8>, _ key: UnsafeBufferPointer<UInt8>) -> Int {
        for (a, b) in zip(line, key) where a != b { return Int(a) - Int(b) }
        return line.count - key.count
    }
}
