import Foundation

// Compiled into the CandorCore module only when scripts/fuzz builds it with swiftc: SwiftPM
// normally generates `Bundle.module` (resource_bundle_accessor.swift) for a target with
// resources, and `ThemeModel.shipped` reads Resources/theme-model.json through it.
//
// The folder comes from CANDOR_CORE_RESOURCES when set (scripts/fuzz sets it), else from where
// this file was compiled (#filePath is baked in at build time): Fuzz/Shim/ → ../../Sources/….
extension Foundation.Bundle {
    static let module: Bundle = {
        let folder = ProcessInfo.processInfo.environment["CANDOR_CORE_RESOURCES"]
            ?? URL(fileURLWithPath: #filePath)
                .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Sources/CandorCore/Resources").path
        guard let bundle = Bundle(path: folder) else {
            fatalError("Bundle.module shim: no resource folder at \(folder) (set CANDOR_CORE_RESOURCES)")
        }
        return bundle
    }()
}
