import Testing

@testable import ActorNet

@Suite struct IDTableTests {
    @Test func keepsTheFirstValueAndGrows() {
        var table = IDTable(minimumCapacity: 1)
        for i in 0..<10_000 { #expect(table.insert("id\(i)", i) == i) }
        #expect(table.insert("id42", 7) == 42)
        #expect(table.count == 10_000)
        for i in stride(from: 0, to: 10_000, by: 97) { #expect(table["id\(i)"] == i) }
        #expect(table["id10000"] == nil)
        #expect(table["ID1"] == nil)
        #expect(Set(table.ids) == Set((0..<10_000).map { "id\($0)" }))
    }

    /// Canonical integers take the direct array, every other spelling the hashed part; each is its own id.
    @Test func integerIDsAndLookAlikesAreDistinct() {
        var table = IDTable()
        let ids = ["0", "00", "7", "07", "+7", "7 ", "1234567", "12345678", "99999", "4000000", "-1", "٣"]
        for (i, id) in ids.enumerated() { #expect(table.insert(id, i) == i) }
        for (i, id) in ids.enumerated() { #expect(table[id] == i) }
        #expect(table.insert("7", 42) == 2)
        #expect(table["8"] == nil && table["000"] == nil)
        #expect(table.count == ids.count)
        #expect(Set(table.ids) == Set(ids))
        #expect(IDTable.canonicalInteger("99999") == 99999)
        #expect(IDTable.canonicalInteger("07") == nil && IDTable.canonicalInteger("12345678") == nil)
    }

    /// Long, non-ASCII, empty and prefix-sharing ids are told apart by their bytes.
    @Test func distinguishesIDsByEveryByte() {
        let ids = [
            "", "a", "a ", "á", "é", "Ministerio de Desarrollo Social y Familia",
            "Ministerio de Desarrollo Social y Familiar", "12345678", "123456789", "1234567",
        ]
        var table = IDTable()
        for (i, id) in ids.enumerated() { table.insert(id, i) }
        for (i, id) in ids.enumerated() { #expect(table[id] == i) }
    }

    /// Ids that Swift's `==` (and so `[String: Int]`) treats as one are one id here too.
    @Test func canonicallyEquivalentIDsAreTheSameID() {
        var table = IDTable()
        table.insert("Peñalolén", 0)
        table.insert("K", 1)
        #expect(table["Pen\u{303}alole\u{301}n"] == 0)
        #expect(table["\u{212A}"] == 1)  // KELVIN SIGN
        #expect(table.insert("Pen\u{303}alole\u{301}n", 5) == 0)
        #expect(table.count == 2)
    }
}
