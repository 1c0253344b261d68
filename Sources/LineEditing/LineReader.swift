import CEditLine
/// Placeholder.
package protocol LineReader: AnyObject {}
