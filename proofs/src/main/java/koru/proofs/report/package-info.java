/**
 * Proof reports (docs/reports.md): what one {@code koru verify} run established, as data
 * ({@link koru.proofs.report.ProofReport}) and in the formats CI tools read (JSON, JUnit XML,
 * SARIF 2.1.0, Markdown). Not trusted (docs/TRUST.md): a report only shows verdicts the kernel and
 * the solver already reached, so a bug here can misreport a result but never make one proven.
 */
package koru.proofs.report;
