// Package filtertest helps projects that use newsclean test their own code: a scraper's
// extractor, an ingestion step, a rule file. It gives a Filter that builds fast, assertions on
// a filter.Result whose failure messages show what was removed and why, and golden files that
// `go test -update` rewrites.
//
//	func TestExtractor(t *testing.T) {
//		f := filtertest.New(t)                       // candidate languages restricted: builds fast
//		res := f.Clean(extract(page(t, "article.html")))
//		filtertest.AssertKept(t, res)
//		filtertest.AssertNoSpam(t, res)              // on failure: every removed span, with reasons
//	}
//
//	func TestGolden(t *testing.T) { filtertest.Golden(t, "testdata/golden") }
//
// # Concurrency
//
// Every function may be called from parallel tests. The Filters New returns are safe for
// concurrent use, like every filter.Filter; New builds the language detector once per process
// and candidate set.
package filtertest
