import Foundation

/// Where each (cluster, term) pair sits in the term's posting list.
///
/// An open-addressing hash table (linear probing, multiplicative hashing) over integer keys: the
/// clustering looks pairs up millions of times, and a `Dictionary` per cluster, hashing with
/// SipHash, cost several times more.
struct SlotTable {
    /// `(cluster + 1) << 32 | term`, so that 0 marks an empty place.
    private var keys: [UInt64]
    private var values: [Int32]
    private var count = 0
    private var shift: UInt64

    init() {
        keys = Array(repeating: 0, count: 1024)
        values = Array(repeating: 0, count: 1024)
        shift = 64 - 10
    }

    /// The slot of `term` in `cluster`, if the cluster has the term.
    func slot(_ cluster: Int, _ term: Int32) -> Int32? {
        let key = Self.key(cluster, term)
        var place = position(key)
        while keys[place] != 0 {
            if keys[place] == key { return values[place] }
            place = (place + 1) & (keys.count - 1)
        }
        return nil
    }

    /// Adds or changes one pair. (Pairs are never removed one by one, which keeps probing simple.)
    mutating func setSlot(_ slot: Int32, _ cluster: Int, _ term: Int32) {
        let key = Self.key(cluster, term)
        var place = position(key)
        while keys[place] != 0 && keys[place] != key { place = (place + 1) & (keys.count - 1) }
        if keys[place] == 0 {
            keys[place] = key
            count += 1
        }
        values[place] = slot
        // At most half full, so probe runs stay short.
        if count * 2 > keys.count { grow() }
    }

    mutating func removeAll() {
        for place in keys.indices { keys[place] = 0 }
        count = 0
    }

    private static func key(_ cluster: Int, _ term: Int32) -> UInt64 {
        UInt64(cluster + 1) << 32 | UInt64(UInt32(bitPattern: term))
    }

    /// Fibonacci hashing: the top bits of the key times 2⁶⁴/φ.
    private func position(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    private mutating func grow() {
        let (oldKeys, oldValues) = (keys, values)
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: 0, count: oldKeys.count * 2)
        shift -= 1
        for (key, value) in zip(oldKeys, oldValues) where key != 0 {
            var place = position(key)
            while keys[place] != 0 { place = (place + 1) & (keys.count - 1) }
            keys[place] = key
            values[place] = value
        }
    }
}
