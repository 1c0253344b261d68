import Testing

@Test func placeholderFedLanguage() { #expect(Bool(true)) }
