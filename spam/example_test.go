package spam_test

import (
	"fmt"
	"strings"

	"github.com/newsclean/newsclean/spam"
)

func ExampleScorer_Score() {
	s := spam.Default() // the built-in multilingual rules, built once and shared
	for _, line := range []string{
		"👉 Subscribe to our newsletter now: CLICK HERE",
		"The council met on Monday to discuss the new cycling lanes along the river.",
	} {
		v := s.Score(line)
		fmt.Println(v.Spam, line)
	}
	// Output:
	// true 👉 Subscribe to our newsletter now: CLICK HERE
	// false The council met on Monday to discuss the new cycling lanes along the river.
}

func ExampleParseRules() {
	rules, err := spam.ParseRules(strings.NewReader(`
[en]
promo@0.9: spring sale
`), "my.rules")
	if err != nil {
		panic(err)
	}
	s, err := spam.New(spam.WithoutBuiltins(), spam.WithRules(rules...))
	if err != nil {
		panic(err)
	}
	v := s.Score("Spring sale at Bob's Bikes")
	fmt.Println(v.Spam, v.Score, v.Reason, v.Evidence)

	_, err = spam.ParseRules(strings.NewReader("[en]\nno colon here\n"), "bad.rules")
	fmt.Println(err != nil)
	// Output:
	// true 0.9 promo-phrase [promo:spring sale]
	// true
}
