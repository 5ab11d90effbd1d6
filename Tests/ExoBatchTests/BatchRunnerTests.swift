import ExoBatch
import ExoTestSupport
import Foundation
import XCTest

final class BatchRunnerTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws { directory = try SharedData.temporaryDirectory("exo-batch") }
    override func tearDown() { try? FileManager.default.removeItem(at: directory) }

    func testWritesSignalAndFailureRows() throws {
        let out = directory.appendingPathComponent("out")
        let summary = try BatchRunner(processor: BatchTestSupport.hashing, outputDirectory: out, jobs: 2)
            .run(BatchTestSupport.jobs(20))
        XCTAssertEqual(summary.shardStars, 20)
        XCTAssertEqual(summary.failed, 2)  // TIC 1007 and TIC 1017
        XCTAssertEqual(summary.signals, 36)
        let csv = try BatchTestSupport.read("signals.csv", in: out).split(separator: "\n")
        XCTAssertEqual(csv.first, "star,signal,value,files")
        XCTAssertEqual(csv.count, 37)
        XCTAssertTrue(csv[1].hasPrefix("TIC 1000,1,"))
        let failures = try BatchTestSupport.read("failures.csv", in: out)
        XCTAssertEqual(failures, """
        star,files,error
        TIC 1007,/data/tic1007_lc.fits,TIC 1007: cannot read tic1007_lc.fits
        TIC 1017,/data/tic1017_lc.fits,TIC 1017: cannot read tic1017_lc.fits

        """)
        let firstJSON = try XCTUnwrap(try BatchTestSupport.read("signals.jsonl", in: out).split(separator: "\n").first)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(firstJSON.utf8)) as? [String: Any])
        XCTAssertEqual(object["star"] as? String, "TIC 1000")
        XCTAssertEqual(object["signal"] as? Int, 1)
        XCTAssertTrue(firstJSON.hasPrefix("{\"star\":\"TIC 1000\",\"signal\":1,"))
    }

    func testJobsAndShardsDoNotChangeTheResult() throws {
        let jobs = BatchTestSupport.jobs(40)
        let single = directory.appendingPathComponent("single")
        try BatchRunner(processor: BatchTestSupport.hashing, outputDirectory: single, jobs: 1).run(jobs)
        var shardDirectories: [URL] = []
        for index in 0..<3 {
            let out = directory.appendingPathComponent("shard\(index)")
            try BatchRunner(processor: BatchTestSupport.hashing, outputDirectory: out, jobs: 3,
                            shard: try BatchShard(index: index, count: 3)).run(jobs.shuffled())
            shardDirectories.append(out)
        }
        let merged = directory.appendingPathComponent("merged")
        let counts = try BatchMerger.merge(shardDirectories.reversed(), into: merged)
        XCTAssertEqual(counts.stars, 40)
        XCTAssertEqual(try BatchTestSupport.outputs(in: merged), try BatchTestSupport.outputs(in: single))
        // Merging a folder twice does not duplicate rows.
        let again = directory.appendingPathComponent("again")
        try BatchMerger.merge([merged, shardDirectories[0], merged], into: again)
        XCTAssertEqual(try BatchTestSupport.outputs(in: again), try BatchTestSupport.outputs(in: single))
    }

    func testResumeSkipsFinishedStarsAndRepairsATornJournal() throws {
        let jobs = BatchTestSupport.jobs(12)
        let reference = directory.appendingPathComponent("reference")
        try BatchRunner(processor: BatchTestSupport.hashing, outputDirectory: reference).run(jobs)

        let out = directory.appendingPathComponent("out")
        try BatchRunner(processor: BatchTestSupport.hashing, outputDirectory: out).run(Array(jobs.prefix(5)))
        // A crash in the middle of writing a line leaves a torn tail.
        let journal = out.appendingPathComponent(BatchRunner.journalName)
        let handle = try FileHandle(forWritingTo: journal)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"star\":\"TIC 1005\",\"status\":\"o".utf8))
        try handle.close()

        let calls = Counter()
        let counting = ClosureStarProcessor(name: "hash", columns: BatchTestSupport.hashing.columns) { job in
            calls.increment()
            return try BatchTestSupport.hashing.process(job)
        }
        let summary = try BatchRunner(processor: counting, outputDirectory: out).run(jobs)
        XCTAssertEqual(summary.resumed, 5)
        XCTAssertEqual(summary.processed, 7)
        XCTAssertEqual(calls.value, 7)
        XCTAssertEqual(try BatchTestSupport.outputs(in: out), try BatchTestSupport.outputs(in: reference))
        // A third run has nothing left to do and changes nothing.
        let last = try BatchRunner(processor: counting, outputDirectory: out).run(jobs)
        XCTAssertEqual(last.processed, 0)
        XCTAssertEqual(try BatchTestSupport.outputs(in: out), try BatchTestSupport.outputs(in: reference))
    }

    func testAStarThatKeepsKillingTheProcessIsRecordedAsFailed() throws {
        let out = directory.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let journal = try BatchJournal(url: out.appendingPathComponent(BatchRunner.journalName))
        for _ in 0..<3 {
            try journal.append(JournalEntry(star: "TIC 1001", files: ["/data/tic1001_lc.fits"], status: .started))
        }
        let summary = try BatchRunner(processor: BatchTestSupport.hashing, outputDirectory: out).run(BatchTestSupport.jobs(3))
        XCTAssertEqual(summary.processed, 2)
        XCTAssertEqual(summary.failed, 1)
        XCTAssertTrue(try BatchTestSupport.read("failures.csv", in: out).contains("TIC 1001,/data/tic1001_lc.fits,the batch process died 3 times"))
    }

    func testRefusesToMixProcessors() throws {
        let out = directory.appendingPathComponent("out")
        try BatchRunner(processor: BatchTestSupport.hashing, outputDirectory: out).run(BatchTestSupport.jobs(2))
        let other = ClosureStarProcessor(name: "other", columns: ["x"]) { _ in [] }
        XCTAssertThrowsError(try BatchRunner(processor: other, outputDirectory: out).run(BatchTestSupport.jobs(2))) { error in
            XCTAssertTrue("\(error)".contains("holds 'hash' results"), "\(error)")
        }
    }

    func testProgressLine() {
        let progress = BatchProgress(total: 40, completed: 12, failed: 1, resumed: 3, elapsed: 180)
        XCTAssertEqual(progress.starsPerMinute, 4, accuracy: 1e-12)
        XCTAssertEqual(progress.secondsLeft ?? -1, 420, accuracy: 1e-9)
        XCTAssertEqual(BatchProgressBar.line(progress, width: 10),
                       "[###.......] 12/40 stars  30%  4.0 stars/min  ETA 7m00s  1 failed  (3 done earlier)")
        XCTAssertEqual(BatchProgressBar.duration(4000), "1h06m")
    }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}
