/// The warnings of one run: each printed on standard error with `--verbose`, otherwise counted and
/// summarised in one line at the end (a catalogue of 20,000 stars without files gives one line, not 20,000).
final class WarningLog {
    private let verbose: Bool
    /// Warnings so far.
    private(set) var count = 0
    private var first: String?

    init(verbose: Bool) {
        self.verbose = verbose
    }

    /// Records one warning (printed now with `--verbose`).
    func warn(_ text: String) {
        count += 1
        if first == nil { first = text }
        if verbose { StandardError.write("warning: \(text)") }
    }

    /// Without `--verbose`: one line with the count of warnings about `what` and the first of them.
    func summarise(_ what: String) {
        guard !verbose, count > 0, let first else { return }
        StandardError.write("warning: \(count) \(what) (the first: \(first)); --verbose lists each")
    }
}
