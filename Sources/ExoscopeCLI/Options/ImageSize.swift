import ArgumentParser

/// `--size WIDTHxHEIGHT`: an image size in pixels, each from 100 to 10,000.
struct ImageSize: ExpressibleByArgument {
    var width: Int
    var height: Int

    init?(argument: String) {
        let parts = argument.lowercased().split(separator: "x")
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]),
              (100...10_000).contains(width), (100...10_000).contains(height) else { return nil }
        self.width = width
        self.height = height
    }
}
