/// Optimal string alignment distance (Levenshtein plus adjacent transpositions), bounded for speed.
enum EditDistance {
    /// The distance between `a` and `b`, or `nil` when it exceeds `limit`.
    static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) <= limit ? max(a.count, b.count) : nil }
        // Only cells within `limit` of the diagonal can hold a distance within `limit` (a cell is at least
        // |i - j|), so each row computes that band; cells outside it count as `limit + 1`.
        let (n, m) = (a.count, b.count)
        let outside = limit + 1
        let width = m + 2
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { rows in
            // Three rows in one stack buffer: two rows back (for transpositions), the previous and the current.
            var previous2 = rows.baseAddress!
            var previous = previous2 + width
            var current = previous + width
            for j in 0..<width {
                previous2[j] = outside
                previous[j] = j <= limit ? j : outside
                current[j] = outside
            }
            for i in 1...n {
                let low = max(1, i - limit)
                let high = min(m, i + limit)
                current[low - 1] = low == 1 ? i : outside
                var rowMinimum = outside
                for j in low...high {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        value = min(value, previous2[j - 2] + 1)
                    }
                    value = min(value, outside)
                    current[j] = value
                    rowMinimum = min(rowMinimum, value)
                }
                current[high + 1] = outside
                if rowMinimum > limit { return nil }
                (previous2, previous, current) = (previous, current, previous2)
            }
            return previous[m] <= limit ? previous[m] : nil
        }
    }

    /// How many typos a word of `length` letters may carry and still be recognised.
    ///
    /// Short words never match loosely: `star` is not `staar`. Longer words allow more, so
    /// `klantgerichtheid` typed as `klantgerichtied` still counts.
    static func allowedTypos(forLength length: Int) -> Int {
        switch length {
        case ..<5: return 0
        case 5...7: return 1
        case 8...13: return 2
        default: return 3
        }
    }
}
