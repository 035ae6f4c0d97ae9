package langdetect_test

import (
	"fmt"

	"github.com/newsclean/newsclean/langdetect"
)

func ExampleDetector_Detect() {
	// Fewer candidates: faster to build, steadier answers.
	d, err := langdetect.New("en", "it", "de")
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Languages())
	for _, text := range []string{
		"Il consiglio comunale ha approvato martedì il nuovo bilancio dopo un lungo dibattito.",
		"Der Stadtrat hat am Dienstag nach einer langen Debatte den neuen Haushalt beschlossen.",
		"12345 !!!",
	} {
		g := d.Detect(text)
		fmt.Printf("%q %v\n", g.Lang, g.Confidence >= langdetect.MinConfidence)
	}
	// Output:
	// [de en it]
	// "it" true
	// "de" true
	// "" false
}

func ExampleValidate() {
	fmt.Println(langdetect.Validate("pt"))
	fmt.Println(langdetect.Validate("klingon"))
	// Output:
	// <nil>
	// langdetect: unknown language: "klingon" (want an ISO 639-1 code such as "it" or "en")
}
