import Testing

@Test func placeholderFedModel() { #expect(Bool(true)) }
