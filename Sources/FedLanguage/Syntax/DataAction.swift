/// What `data` does.
package enum DataAction: Sendable, Hashable {
    /// `data list`: every series.
    case list
    /// `data show ID [FROM..TO]`
    case show(Name, DayRange?)
    /// `data plot ID[, ID...] [FROM..TO] [--svg FILE] [--force]`
    case plot([Name], DayRange?, svg: PathArgument?, force: Bool)
    /// `data import FILE [as ID] [--sha256 HEX]`
    case importFile(PathArgument, as: Name?, sha256: RawText?)
    /// `data forget ID`
    case forget(Name)
}

/// `FROM..TO`: two dates (`2024-06-12` or `2024-06`), either end left open with `..TO` or `FROM..`.
package struct DayRange: Sendable, Hashable {
    package var from: Expression?
    package var to: Expression?
    package var range: SourceRange

    package init(from: Expression?, to: Expression?, range: SourceRange) {
        self.from = from
        self.to = to
        self.range = range
    }
}
