package spam

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPublisherVoice: the site speaking of itself or to its reader, in the eight languages;
// not a quotation, reported speech, or the words of another language that look the same
// (French "du", Italian "ci sono").
func TestPublisherVoice(t *testing.T) {
	for s, want := range map[string]int{
		"Our reporters work every day to bring you the news.":        dialogue,
		"This does not affect our editorial independence.":           siteVoice,
		"Unsere Redaktion recherchiert jeden Tag für Sie.":           dialogue,
		"Für Sie ändert sich am Preis nichts.":                       readerVoice,
		"Notre rédaction travaille chaque jour pour vous informer.":  dialogue,
		"Nuestra redacción trabaja cada día para ti.":                dialogue,
		"La nostra redazione lavora ogni giorno.":                    siteVoice,
		"A nossa redação trabalha todos os dias para informar você.": dialogue,
		"Onze redactie werkt elke dag om jou te informeren.":         dialogue,
		"Nasza redakcja pracuje codziennie dla Ciebie.":              dialogue,
		"Hazte socio hoy.": dialogue,
		"If you rent in the city, you should check your contract.":          readerVoice,
		"Le conseil a voté le budget du département mardi.":                 0,
		"Ci sono stati tre feriti nell'incidente.":                          0,
		"The mayor approved the budget on Tuesday.":                         0,
		`"We need your help," the charity said.`:                            0,
		"We need your help to reach more families, the charity said.":       0,
		"Selon la fondation, notre aide vous parviendra avant l'hiver.":     0,
		"Sie haben das Limit erreicht.":                                     0, // "Sie" opening a sentence may be "they"
		"Wir erklären Ihnen, wie die Prognose für das Wochenende ausfällt.": dialogue,
	} {
		assert.Equal(t, want, voice(s), s)
		assert.Equal(t, want != 0, PublisherVoice(s), s)
	}
}

// TestAppeal: which sentences join the spam ones, given which are spam.
func TestAppeal(t *testing.T) {
	s := Default()
	appeal := []string{"Support independent journalism.", "Our reporters work every day to bring you the stories that matter.",
		"Every contribution helps.", "Donate now."}
	whole, add := s.Appeal(appeal, []bool{true, false, true, true}, Context{})
	assert.True(t, whole, "a short appeal goes whole")
	assert.Nil(t, add)

	host := "The county council approved the new budget on Tuesday after a six-hour debate."
	glued := append([]string{host}, appeal...)
	whole, add = s.Appeal(glued, []bool{false, false, false, true, true}, Context{})
	assert.False(t, whole, "the reporter's sentence stays")
	if assert.Len(t, add, 5) {
		assert.False(t, add[0].Spam)
		assert.True(t, add[1].Spam, "scored: spam past the voiced sentence")
		assert.Equal(t, AppealEvidence, add[2].Reason, "between two pieces of spam")
	}

	// A short sentence that speaks as the site to the reader about its journalism, right
	// before a promo glued to the end, goes with it; a reporter's sentence before it stays.
	whole, add = s.Appeal([]string{host, appeal[1], "Subscribe today."}, []bool{false, false, true}, Context{})
	assert.False(t, whole)
	if assert.Len(t, add, 3) {
		assert.False(t, add[0].Spam)
		assert.True(t, add[1].Spam)
	}

	for _, sents := range [][]string{
		// An open letter says "we", service journalism "you", a standfirst "we explain to
		// you": not about an appeal's things.
		{"We, the members of the choir, cannot accept that our ensemble be sacrificed to short-term savings.", "Subscribe today."},
		{"If you rent in the city, you should check your contract now.", "Subscribe today."},
		{"We explain to you what the forecast for the weekend says.", "Subscribe today."},
		// A quotation and reported speech.
		{`"Our reporters work for you," the editor said.`, "Subscribe today."},
		{"Our reporters work for you, the editor told the staff.", "Subscribe today."},
	} {
		whole, add := s.Appeal(sents, []bool{false, true}, Context{})
		assert.False(t, whole, sents[0])
		assert.Nil(t, add, sents[0])
	}
}

// TestAppealTail: a disclosure glued to the end of a paragraph whose last sentences speak as
// the site after its one sentence with a phrase goes from that sentence on; a reporter's
// findings after a sentence that holds a phrase stay.
func TestAppealTail(t *testing.T) {
	s := Default()
	host := "The county council approved the new budget on Tuesday after a six-hour debate."
	from, v := s.AppealTail([]string{host, "Some links in this article are affiliate links.",
		"This means we may receive a small payment if you buy something.", "It never changes which products we recommend."}, Context{})
	assert.Equal(t, 1, from)
	assert.True(t, v.Spam)

	for _, sents := range [][]string{
		{host, "Retailers pay bloggers a commission when readers buy through affiliate links.", "We found that you often pay more for the same product."},
		{host, "Some links in this article are affiliate links.", "Critics say such links are often hidden."},
		{host, "Some links in this article are affiliate links.", `"We never see the money," the blogger said.`},
	} {
		from, _ := s.AppealTail(sents, Context{})
		assert.Equal(t, -1, from, sents[len(sents)-1])
	}
}

// TestOpening: the sentences that can open an appeal before its first spam sentence, where a
// reporter's paragraph ends when a promo is glued to it.
func TestOpening(t *testing.T) {
	for s, want := range map[string]bool{
		"Our reporters work every day to bring you the news from your town.":      true,
		"Unsere Redaktion arbeitet jeden Tag für Sie.":                            true,
		"A nossa redação trabalha todos os dias para informar você.":              true,
		"Some links on this page are affiliate links.":                            true,
		"Testen Sie unser Premium-Angebot 30 Tage gratis.":                        true,
		"Essayez notre offre premium gratuitement pendant 30 jours.":              true,
		"Nous avons testé dix sites : la plupart vous demandent de vous abonner.": false, // "we" reporting
		"Our consumer team has checked the rules for you.":                        false, // service journalism
		"We asked you, our readers, what worries you most.":                       false,
		"Haben Sie Ihr Abo schon gekündigt?":                                      false, // a question
		"Our reporters work every day.":                                           false, // no reader
	} {
		assert.Equal(t, want, opening(s, voice(s)), s)
	}
}
