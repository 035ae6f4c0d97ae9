package dedupe_test

import (
	"fmt"

	"github.com/newsclean/newsclean/dedupe"
)

func ExampleDetector_Find() {
	units := []string{
		"Per reazione a operazioni militari, il governo ha congelato i beni dei mercenari del gruppo Wagner.",
		"Il ministro ha parlato alla Camera nel pomeriggio.",
		"Per reazione a operazioni militari, il governo ha congelato i beni dei mercenari del gruppo Wagner.",
		"Sì.",
		"Sì.",
	}
	for _, m := range dedupe.Default.Find(units) {
		fmt.Println(m.Index, "repeats", m.Original, m.Reason)
	}
	// Output:
	// 2 repeats 0 repeated-sentence
}

func ExampleNew() {
	d, err := dedupe.New(dedupe.WithMinWords(2))
	if err != nil {
		panic(err)
	}
	fmt.Println(len(d.Find([]string{"No comment at all.", "No comment at all."})))

	_, err = dedupe.New(dedupe.WithMinWords(0))
	fmt.Println(err)
	// Output:
	// 1
	// dedupe: min words 0 < 1
}
