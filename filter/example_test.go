package filter_test

import (
	"fmt"

	"github.com/newsclean/newsclean/filter"
	"github.com/newsclean/newsclean/spam"
)

const article = `date 2025-03-02 Il nuovo ponte sul fiume
Il comune ha inaugurato ieri il nuovo ponte pedonale sul fiume, dopo due anni di lavori.
👉 Scopri di più sulle nostre offerte: CLICCA QUI
Il sindaco ha ringraziato i tecnici e i cittadini per la pazienza durante il cantiere. Il ponte collega i due quartieri storici della città.
Il ponte collega i due quartieri storici della città. Sarà illuminato tutte le sere fino a mezzanotte.`

func ExampleClean() {
	res := filter.Clean(article)
	fmt.Println(res.Language, res.Kept, res.Meta["date"])
	fmt.Println(res.Text)
	// Output:
	// it true 2025-03-02
	// Il nuovo ponte sul fiume
	// Il comune ha inaugurato ieri il nuovo ponte pedonale sul fiume, dopo due anni di lavori.
	// Il sindaco ha ringraziato i tecnici e i cittadini per la pazienza durante il cantiere. Il ponte collega i due quartieri storici della città.
	// Sarà illuminato tutte le sere fino a mezzanotte.
}

func ExampleResult_removed() {
	res := filter.Clean(article)
	for _, r := range res.Removed {
		fmt.Printf("%s/%s %q\n", r.Stage, r.Reason, r.Text)
	}
	// Output:
	// meta/scraper-header "date 2025-03-02"
	// spam/cta-phrase "👉 Scopri di più sulle nostre offerte: CLICCA QUI"
	// dedupe/repeated-sentence "Il ponte collega i due quartieri storici della città."
}

func ExampleNew() {
	f, err := filter.New(
		filter.WithLanguages("en"),
		filter.WithSpamRules(spam.Rule{ID: "promo:spring sale", Category: "promo", Lang: "en", Weight: 0.9, Phrase: "spring sale"}),
	)
	if err != nil {
		panic(err)
	}
	res := f.Clean("The council met on Monday to discuss the new cycling lanes along the river.\n\nSpring sale at Bob's Bikes")
	fmt.Println(res.Language, res.Kept)
	fmt.Println(res.Text)
	fmt.Println(res.Removed[0].Reason, res.Removed[0].Evidence)

	_, err = filter.New(filter.WithLanguages("klingon"))
	fmt.Println(err)
	// Output:
	// en true
	// The council met on Monday to discuss the new cycling lanes along the river.
	// promo-phrase [score=0.9 promo:spring sale]
	// filter: bad option: langdetect: unknown language: "klingon" (want an ISO 639-1 code such as "it" or "en")
}
