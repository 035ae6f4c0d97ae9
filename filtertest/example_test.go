package filtertest_test

import (
	"fmt"

	"github.com/newsclean/newsclean/filter"
	"github.com/newsclean/newsclean/filtertest"
)

const page = "The council met on Monday to discuss the new cycling lanes along the river.\n" +
	"👉 Subscribe to our newsletter now: CLICK HERE"

// Describe is what a failing assertion shows: the verdict and every removed span, with its
// byte span, stage, reason, text and evidence.
func ExampleDescribe() {
	res := filter.Result{
		Text: "The council met on Monday.", Language: "en", Confidence: 0.97, Kept: true,
		Removed: []filter.Removal{{Stage: "spam", Reason: "cta-phrase", Text: "CLICK HERE", Start: 27, End: 37,
			Evidence: []string{"score=0.8", "cta:click here"}}},
	}
	fmt.Println(filtertest.Describe(res))
	// Output:
	// kept, language en (0.97), 1 span removed:
	//   [27:37] spam/cta-phrase "CLICK HERE" (score=0.8 cta:click here)
}

// GoldenReportText is what Golden keeps in report.txt: stable across tuning of the rules'
// scores, so that a diff shows a change in what is removed.
func ExampleGoldenReportText() {
	f, err := filter.New(filter.WithCandidateLanguages(filtertest.Languages()...))
	if err != nil {
		panic(err)
	}
	fmt.Print(filtertest.GoldenReportText(f.Clean("date 2025-03-02\n" + page)))
	// Output:
	// kept
	// language: en
	// meta: date="2025-03-02"
	// meta/scraper-header "date 2025-03-02"
	// spam/cta-phrase "👉 Subscribe to our newsletter now: CLICK HERE"
}
