import ExoBasics
import ExoRandom
import Foundation
import XCTest

@testable import ExoDiagnostics

/// Transits at the edges of the data (start, end, gaps) carry a signal that detrending and the
/// spacecraft make; ``DiagnosticThresholds/flags(for:)`` raises `at_data_edges` when they carry most of it.
final class DataEdgeTests: XCTestCase {
    /// A TESS-like sector (2-minute cadence, orbits 0-13 d and 14-27 d): dips of 0.2 d at `epochs`.
    private func diagnostics(period: Double, epoch: Double, seed: UInt64) -> TransitDiagnostics {
        var rng = SeededGenerator(seed: seed)
        let ephemeris = Ephemeris(period: period, epoch: epoch, duration: 0.2)
        var time: [Double] = [], flux: [Double] = []
        for i in 0..<Int(27 * 720) {
            let t = Double(i) / 720
            if t > 13 && t < 14 { continue }
            time.append(t)
            flux.append(1 + 2e-4 * rng.nextGaussian() - (ephemeris.isInTransit(t) ? 2e-3 : 0))
        }
        return TransitDiagnoser(time: time, flux: flux, sigma: 2e-4, dataEdges: TransitDiagnoser.dataEdges(time: time))
            .diagnose(ephemeris, stellarDensity: 1)
    }

    func testDipsAtTheStartOfEachOrbitAreAtTheEdges() throws {
        XCTAssertEqual(TransitDiagnoser.dataEdges(time: [0, 0.1, 0.2, 3, 3.1]), [0, 0.2, 3, 3.1])
        // 0.05 d after the first cadence and after the orbit gap: the flank before each is under 60% covered.
        let edges = diagnostics(period: 13.95, epoch: 0.05, seed: 1)
        XCTAssertEqual(try XCTUnwrap(edges.singleEvent.edgeTransitFraction), 1, accuracy: 1e-9)
        let evidence = SignalEvidence(period: 13.95, duration: 0.2, depth: 2e-3, snr: 40, diagnostics: edges)
        XCTAssertTrue(DiagnosticThresholds().flags(for: evidence).contains(.atDataEdges))

        XCTAssertEqual(edges.singleEvent.interiorSNR, 0, "no transit away from the edges")

        // Mostly at edges, but the transits away from them are a detection on their own (a deep binary
        // next to gaps): not flagged.
        func flagged(interiorSNR: Double) -> Bool {
            let e = SignalEvidence(period: 5, duration: 0.2, depth: 0.1, snr: 500, transitCount: 5,
                                   edgeTransitFraction: 0.8, interiorSNR: interiorSNR)
            return DiagnosticThresholds().flags(for: e).contains(.atDataEdges)
        }
        XCTAssertFalse(flagged(interiorSNR: 200))
        XCTAssertTrue(flagged(interiorSNR: 5))

        // The same dips mid-orbit, and a 3-day planet of which one transit of nine falls at an edge.
        for (period, epoch) in [(13.95, 5.0), (3.0, 0.06)] {
            let inside = diagnostics(period: period, epoch: epoch, seed: 2)
            let fraction = try XCTUnwrap(inside.singleEvent.edgeTransitFraction)
            XCTAssertLessThan(fraction, 0.2, "P \(period)")
            let evidence = SignalEvidence(period: period, duration: 0.2, depth: 2e-3, snr: 40, diagnostics: inside)
            XCTAssertFalse(DiagnosticThresholds().flags(for: evidence).contains(.atDataEdges), "P \(period)")
        }
    }
}
