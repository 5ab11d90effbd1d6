import ExoBatch
import XCTest

final class BatchShardTests: XCTestCase {
    func testFNV1aMatchesPublishedVectors() {
        // Test vectors of the FNV reference (Fowler, Noll, Vo): "" and "a", "foobar".
        XCTAssertEqual(BatchShard.fnv1a64(""), 0xcbf2_9ce4_8422_2325)
        XCTAssertEqual(BatchShard.fnv1a64("a"), 0xaf63_dc4c_8601_ec8c)
        XCTAssertEqual(BatchShard.fnv1a64("foobar"), 0x8594_4171_f739_67e8)
    }

    func testShardsPartitionTheStars() throws {
        let ids = (0..<500).map { "TIC \($0 * 7919)" }
        let shards = try (0..<4).map { try BatchShard(index: $0, count: 4) }
        for id in ids {
            XCTAssertEqual(shards.filter { $0.contains(id) }.count, 1, id)
        }
        for shard in shards {
            let share = ids.filter(shard.contains).count
            XCTAssertGreaterThan(share, 80, "shard \(shard) holds \(share) of 500")
        }
    }

    func testParsesAndRejectsShardText() throws {
        XCTAssertEqual(try BatchShard(parsing: "1/3"), try BatchShard(index: 1, count: 3))
        for bad in ["3/3", "-1/2", "1", "a/b", "0/0"] {
            XCTAssertThrowsError(try BatchShard(parsing: bad)) { error in
                XCTAssertEqual(error as? BatchError, .invalidShard(bad))
            }
        }
    }
}
