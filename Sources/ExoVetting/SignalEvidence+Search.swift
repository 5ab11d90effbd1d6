import ExoDiagnostics
import ExoClassifier
import ExoSearch

extension SignalEvidence {
    /// The evidence of a search signal and the classifier's probabilities for it.
    ///
    /// The search's shape ratio (outer-half over inner-half depth: 1 for a box, 1/3 for a triangle) becomes
    /// the V-shape index `(1 - ratio) / (2/3)`, clamped to 0...1.
    public init(signal: TransitSignal, probabilities: ClassProbabilities, centroid: CentroidOffset? = nil) {
        let d = signal.diagnostics
        let vShape = d.shape.ratio.map { min(max((1 - $0) / (2.0 / 3.0), 0), 1) }
        self.init(
            period: signal.period, duration: signal.duration, depth: signal.depth, snr: signal.snr,
            transitCount: signal.transitCount, oddEvenSigma: d.oddEven.sigma, secondaryDepth: d.secondary.depth,
            secondarySigma: d.secondary.significance, secondaryPhase: d.secondary.phase, vShape: vShape,
            maximumPlanetDuration: d.durationCheck.expected > 0 ? d.durationCheck.expected : nil, centroid: centroid,
            pcProbability: probabilities.pc, ebProbability: probabilities.eb, junkProbability: probabilities.j)
    }
}
