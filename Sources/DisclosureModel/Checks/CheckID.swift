/// The six consistency checks (勾稽关系) of the report contract.
public enum CheckID: String, Sendable, Hashable, Codable, CaseIterable {
  /// In every row of table 三, `total` = the sum of the six applicant columns.
  case applicationsRowTotals = "applications.rowTotals"
  /// In every column, `received + carriedOver = outcomeTotal + carriedForward`.
  case applicationsBalance = "applications.balance"
  /// In every column, `outcomeTotal` = the sum of every outcome row.
  case applicationsOutcomeSum = "applications.outcomeSum"
  /// `review.total` = upheld + corrected + other + pending.
  case reviewTotal = "review.total"
  /// The same for `litigation.direct`.
  case litigationDirectTotal = "litigation.direct.total"
  /// The same for `litigation.afterReview`.
  case litigationAfterReviewTotal = "litigation.afterReview.total"
}
