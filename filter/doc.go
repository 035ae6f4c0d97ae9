// Package filter is the door to newsclean: Clean takes the text of one scraped news article and
// returns it without injected ads and boilerplate, repeated sentences, orphan headings and
// off-language paragraphs, with a report of every removal.
//
// # Pipeline
//
// Clean treats a document as its input string plus byte spans. The stages mark spans for
// removal and never cut; the output is assembled once from what is left.
//
//  1. normalize: invalid UTF-8 and control characters are marked (stage "normalize");
//  2. meta: a scraper header at the start ("date 2025-12-29", "title: …", "source: …")
//     becomes Result.Meta (stage "meta");
//  3. segment: paragraphs (lines) and sentences (internal/text);
//  4. spam: paragraphs, and sentences glued to either end of a paragraph, scored by package
//     spam (stage "spam", reason = the strongest evidence, e.g. "cta-phrase");
//  5. dedupe: repeated and near-duplicate sentences across the whole document, by package
//     dedupe (stage "dedupe");
//  6. structure: headings left with nothing under them (stage "structure");
//  7. language: the document's language on a sample of what is left, by package langdetect,
//     then paragraphs confidently in another language (stage "language");
//  8. assemble: kept sentences joined, seams mended (a space before a full stop or comma,
//     doubled spaces, empty paragraphs), paragraph breaks kept as in the input.
//
// Every Removal indexes the input: input[r.Start:r.End] == r.Text. Removals are sorted and do
// not overlap. Whitespace the assembly drops or re-lays is not reported.
//
// # Concurrency
//
// A Filter is immutable after New and safe for concurrent use by any number of goroutines;
// the package-level Clean uses one shared default Filter. Clean starts no goroutines, touches
// no network and keeps no state between calls: the same input and options always give the same
// result. The batch API (CleanAll, CleanEach) is the one place that starts goroutines: the
// workers it is asked for, which have stopped when the loop over its results ends, and one that
// reads the input, which stops at its next item. Results come back in input order whatever the
// number of workers.
//
// # Bad input
//
// Clean never panics. Empty input gives an empty, not-kept result. Invalid UTF-8 bytes and
// control characters are removed and reported, so the output is valid UTF-8. Input larger than
// the limit (8 MiB by default, see WithMaxBytes) is returned unchanged with a warning. A stage
// that fails is skipped: its text is kept and Result.Warnings names it.
package filter
