import Testing

@Test func placeholderfedsh() { #expect(Bool(true)) }
