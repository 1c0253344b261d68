import Foundation
import Testing
@testable import FedShell

/// Shipped folders (lessons, examples, data) are found beside an installed binary and in the tree.
@Suite struct ShippedFilesTests {
    @Test func installedLayoutIsFoundBesideTheBinaryThroughASymlink() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("prefix/bin/fedsh", "")
        try folder.write("prefix/share/fedsh/data/snapshot.csv", "date,value\n")
        try FileManager.default.createDirectory(atPath: folder.path("elsewhere"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.path("elsewhere/fedsh"),
                                                   withDestinationPath: folder.path("prefix/bin/fedsh"))
        let found = ShippedFiles.folder(named: "data", executable: URL(fileURLWithPath: folder.path("elsewhere/fedsh")))
        #expect(found?.resolvingSymlinksInPath().path
                == URL(fileURLWithPath: folder.path("prefix/share/fedsh/data")).resolvingSymlinksInPath().path)
        let installed = URL(fileURLWithPath: folder.path("prefix/bin/fedsh"))
        #expect(ShippedFiles.folder(named: "examples", executable: installed) == nil)
    }

    @Test func sourceTreeIsFoundAboveABuildFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("tree/Package.swift", "")
        try folder.write("tree/examples/a.fed", "")
        try folder.write("tree/.build/release/fedsh", "")
        let binary = URL(fileURLWithPath: folder.path("tree/.build/release/fedsh"))
        let found = ShippedFiles.folder(named: "examples", executable: binary)
        let examples = URL(fileURLWithPath: folder.path("tree/examples"))
        #expect(found?.standardizedFileURL.path == examples.standardizedFileURL.path)
    }
}
