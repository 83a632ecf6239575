import CellPerLineLayout
public import DisclosureModel
import MarkdownLayout
import TabSeparatedLayout

extension LayoutRegistry {
  /// A registry holding the three built-in adapters: tab-separated (`tsv`), Markdown
  /// pipe tables (`markdown`) and cell per line (`cell-per-line`).
  ///
  /// Start from it to add layouts of your own:
  ///
  /// ```swift
  /// var registry = LayoutRegistry.standard
  /// registry.register(MyLayout())
  /// ```
  public static var standard: LayoutRegistry {
    LayoutRegistry(adapters: [TabSeparatedLayout(), MarkdownLayout(), CellPerLineLayout()])
  }
}
