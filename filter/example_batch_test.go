package filter_test

import (
	"context"
	"fmt"
	"slices"

	"github.com/newsclean/newsclean/filter"
)

func ExampleFilter_CleanAll() {
	f, err := filter.New(filter.WithCandidateLanguages("en", "it"))
	if err != nil {
		panic(err)
	}
	docs := []filter.Doc{
		{ID: "a", Text: "The council met on Monday to discuss the new cycling lanes along the river.\nAdvertisement"},
		{ID: "b", Text: ""},
		{ID: "c", Text: "Il consiglio comunale ha approvato martedì il nuovo bilancio dopo un lungo dibattito."},
	}
	// Four workers; results come back in input order. Cancel ctx to stop early.
	for d, res := range f.CleanAll(context.Background(), slices.Values(docs), 4) {
		fmt.Printf("%s kept=%v language=%q removed=%d\n", d.ID, res.Kept, res.Language, len(res.Removed))
	}
	// Output:
	// a kept=true language="en" removed=1
	// b kept=false language="" removed=0
	// c kept=true language="it" removed=0
}

// story is a scraper's own type.
type story struct {
	Link, Body string
}

func ExampleCleanEach() {
	f, err := filter.New(filter.WithCandidateLanguages("en", "it"))
	if err != nil {
		panic(err)
	}
	arts := []story{
		{"https://example.com/1", "Residents asked for more benches in the park and for safer crossings near the school.\nShare on Facebook"},
		{"https://example.com/2", "The bridge will be closed for repairs from Monday to Friday, the council said in a statement."},
	}
	toDoc := func(a story) filter.Doc { return filter.Doc{URL: a.Link, Text: a.Body} }
	for a, res := range filter.CleanEach(context.Background(), f, slices.Values(arts), toDoc, 2) {
		fmt.Printf("%s %q\n", a.Link, res.Text)
	}
	// Output:
	// https://example.com/1 "Residents asked for more benches in the park and for safer crossings near the school."
	// https://example.com/2 "The bridge will be closed for repairs from Monday to Friday, the council said in a statement."
}
