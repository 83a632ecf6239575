// DisclosureKit: the one import most users need. It re-exports the core model and
// the three built-in layout adapters, and provides the standard registry.
@_exported import CellPerLineLayout
@_exported import DisclosureModel
@_exported import MarkdownLayout
@_exported import TabSeparatedLayout
