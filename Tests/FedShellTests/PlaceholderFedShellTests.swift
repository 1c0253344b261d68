import Testing

@Test func placeholderFedShell() { #expect(Bool(true)) }
