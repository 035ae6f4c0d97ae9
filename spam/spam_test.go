package spam

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/text"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestScoreTable(t *testing.T) {
	for _, tc := range []struct {
		line   string
		kind   Kind
		spam   bool
		reason string
	}{
		{"▷ Lo sai che da oggi puoi MONETIZZARE FACILMENTE I TUOI ASSET TOKENIZZANDOLI SUBITO? Contatto per approfondire: CLICCA QUI", Line, true, "cta-phrase"},
		{"Leggi anche: Il governo approva la manovra", Line, true, "readalso-phrase"},
		{"Pubblicità", Line, true, "adlabel-phrase"},
		{"Advertisement", Line, true, "adlabel-phrase"},
		{"Sign up for our newsletter and get the best stories delivered to your inbox", Line, true, "newsletter-phrase"},
		{"© 2024 Editoriale Rossi S.r.l. Tutti i diritti riservati. P.IVA 01234567890", Line, true, "copyright-phrase"},
		{"Home | Politica | Economia | Sport | Cultura", Line, true, "menu-row"},
		{"Click here to claim your FREE SPINS now!!", Glued, true, "cta-phrase"},
		// Legitimate text stays.
		{"Il governo ha approvato ieri la manovra finanziaria dopo una lunga trattativa con le parti sociali.", Line, false, ""},
		{"ROMA — Il consiglio dei ministri si è riunito ieri sera a Palazzo Chigi per discutere della legge di bilancio e delle nuove misure fiscali.", Line, false, ""},
		{"The company said customers who wanted a refund could \"click here\" on its website, a wording regulators criticised as misleading in a report published on Tuesday after a two-year inquiry into the firm's practices and its handling of complaints from thousands of users.", Line, false, ""},
		{"FAQ", Line, false, ""},
		{"SHOCKING NEWS TODAY", Glued, false, ""}, // shape alone never removes a glued sentence
	} {
		v := Default().ScoreAs(tc.line, tc.kind)
		assert.Equal(t, tc.spam, v.Spam, "%q: %+v", tc.line, v)
		if tc.spam {
			assert.Equal(t, tc.reason, v.Reason, "%q: %+v", tc.line, v)
			assert.NotEmpty(t, v.Evidence)
		}
		assert.GreaterOrEqual(t, v.Score, 0.0)
		assert.LessOrEqual(t, v.Score, 1.0)
	}
}

func TestLongProseIsDamped(t *testing.T) {
	short := Default().Score("Click here to learn more")
	long := Default().Score("Click here to learn more, the minister told reporters on Tuesday, " + strings.Repeat("describing how the new portal would let citizens file requests online and follow their progress ", 4))
	assert.Greater(t, short.Score, long.Score)
	assert.False(t, long.Spam)
}

func TestParseRules(t *testing.T) {
	rs, err := ParseRules(strings.NewReader(`
# my rules
[weights]
mine = 0.8
[it]
mine: offerta bomba
cta@0.9: ^premi il bottone$
promo: /(?i)guadagna \d+ euro/
`), "mine.rules")
	require.NoError(t, err)
	require.Len(t, rs, 3)
	assert.Equal(t, Rule{ID: "mine:offerta bomba", Category: "mine", Lang: "it", Weight: 0.8, Phrase: "offerta bomba"}, rs[0])
	assert.Equal(t, 0.9, rs[1].Weight)
	assert.Equal(t, builtin().weights["promo"], rs[2].Weight)

	s, err := New(WithoutBuiltins(), WithRules(rs...))
	require.NoError(t, err)
	v := s.Score("Offerta BOMBA!")
	assert.True(t, v.Spam)
	require.NotEmpty(t, v.Evidence)
	assert.Equal(t, "mine:offerta bomba", v.Evidence[0], "the rule is the strongest evidence")
	assert.True(t, s.Score("Premi il bottone").Spam)
	assert.False(t, s.Score("Ora premi il bottone rosso").Spam, "anchored phrase matched mid-line")
	assert.False(t, s.Score("Clicca qui").Spam, "built-ins were dropped")
	assert.Contains(t, s.Score("Guadagna 500 euro al giorno").Evidence, "promo:/(?i)guadagna \\d+ euro/")
}

func TestParseRulesErrorsNameTheLine(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"[it]\ncta clicca qui", "bad.rules:2"},
		{"\n\nnewcat: foo", "bad.rules:3: category \"newcat\" has no weight"},
		{"cta@2: foo", "bad.rules:1: weight \"2\""},
		{"promo: /(unclosed/", "bad.rules:1: bad regular expression"},
		{"[it\ncta: x", "bad.rules:1"},
		{"cta: !!!", "bad.rules:1: phrase"},
	} {
		_, err := ParseRules(strings.NewReader(tc.src), "bad.rules")
		require.Error(t, err, tc.src)
		assert.ErrorIs(t, err, ErrRules)
		assert.Contains(t, err.Error(), tc.want)
	}
}

func TestBuiltinRulesParse(t *testing.T) {
	rs := Builtin()
	assert.Greater(t, len(rs), 100)
	langs := map[string]bool{}
	for _, r := range rs {
		langs[r.Lang] = true
		assert.NotEmpty(t, r.ID)
	}
	assert.True(t, langs["it"] && langs["en"])
}

func TestNewRejectsBadOptions(t *testing.T) {
	_, err := New(WithThreshold(0))
	assert.Error(t, err)
	_, err = New(WithRules(Rule{Category: "x", Weight: 1.5, Phrase: "a b"}))
	assert.ErrorIs(t, err, ErrRules)
}

func TestShapesAndMarkers(t *testing.T) {
	for _, tc := range []struct {
		text     string
		kind     Kind
		spam     bool
		evidence string
	}{
		{"Home › Politics › Europe › Germany", Glued, true, "menu-row"},
		{"Economia · Sport · Cultura · Motori · Salute", Glued, true, "menu-row"},
		{"Foto: Reuters", Glued, true, "credit-line"},
		{"Use the code SUMMER20 at checkout", Glued, true, "promo-code"},
		{"© 2019–2024 Rivista Verde", Glued, true, "copyright-sign"},
		{"© Agenzia Nuova Stampa", Glued, true, "copyright-sign"}, // a © opening a short unit
		{"Il simbolo © accanto al nome della rivista compare dal 1998 in copertina.", Glued, false, ""},
		{"Dear {{first_name}}, your trial ends soon", Glued, true, "template-marker"},
		{"Themen: Wahlen, Bundestag, Umfragen, Steuern", Line, true, "label-list"},
		{"Facebook Twitter WhatsApp E-Mail", Line, true, "boilerplate-line"},
		{"Kommentare 8", Line, true, "boilerplate-line"},
		// Shape alone never removes a glued sentence, nor prose that only looks alike.
		{"THE MINISTER SAID NOTHING MORE ABOUT IT", Glued, false, ""},
		{"Ma non su Facebook.", Glued, false, ""},
		{"The code was written in Python and released last year.", Glued, false, ""},
		{"Il rapporto (pagine 12–14) cita i dati 2019–2024 dell'Istat.", Glued, false, ""},
	} {
		v := Default().ScoreAs(tc.text, tc.kind)
		assert.Equal(t, tc.spam, v.Spam, "%q: %+v", tc.text, v)
		if tc.evidence != "" {
			assert.Contains(t, v.Evidence, tc.evidence, tc.text)
		}
	}
}

// TestQuotedPhrasesDoNotCount: a news sentence quoting a call to action reports on it.
func TestQuotedPhrasesDoNotCount(t *testing.T) {
	quoted := Default().ScoreAs(`The regulator said buttons labelled "Buy now" misled shoppers.`, Glued)
	assert.False(t, quoted.Spam, "%+v", quoted)
	german := Default().ScoreAs("Sie bemängelte Knöpfe wie „Jetzt kaufen“ und „Nur heute“.", Glued)
	assert.False(t, german.Spam, "%+v", german)
	// A line that is all quotation is still judged on its words.
	assert.True(t, Default().Score(`"Click here to claim your free spins"`).Spam)
	// The same phrase unquoted is a call to action.
	assert.True(t, Default().ScoreAs("Buy now and save!", Glued).Spam)
}

// TestGluedProseIsKept: a promo glued to a real sentence without a full stop between them
// cannot be cut apart, so the sentence stays.
func TestGluedProseIsKept(t *testing.T) {
	v := Default().ScoreIn("Follow us on Facebook and Instagram The city council approved on Monday a plan to build "+
		"four hundred new homes on the site of the former railway depot by the end of next year", Glued, Context{})
	assert.False(t, v.Spam, "%+v", v)
	assert.Contains(t, v.Evidence, "contains-prose")
}

// TestContextTipsBorderline: context adds evidence to a unit that has some, never alone.
func TestContextTipsBorderline(t *testing.T) {
	doc := NewDoc([]string{
		"The regional council approved the budget on Tuesday after a debate that lasted most of the afternoon and evening.",
		"Listen to all of our weekly podcast episodes",
		"The opposition said the plan did not do enough for public transport and promised to table amendments next month.",
	})
	alone := Default().ScoreAs("Listen to all of our weekly podcast episodes", Line)
	assert.False(t, alone.Spam, "%+v", alone)
	inDoc := Default().ScoreIn("Listen to all of our weekly podcast episodes", Line, Context{Doc: doc, Para: 1, NextToSpam: true})
	assert.Greater(t, inDoc.Score, alone.Score)
	assert.True(t, inDoc.Spam, "%+v", inDoc)
	assert.Contains(t, inDoc.Evidence, "next-to-spam")
	// A short heading with no evidence of its own stays, whatever its neighbours.
	heading := Default().ScoreIn("The reactions", Line, Context{Doc: doc, Para: 1, NextToSpam: true})
	assert.False(t, heading.Spam, "%+v", heading)
	assert.Zero(t, heading.Score)
}

func TestPhrasePatterns(t *testing.T) {
	rs, err := ParseRules(strings.NewReader(`
[en]
coupon@0.8: <num> off everything
app@0.8: get the * app
`), "p.rules")
	require.NoError(t, err)
	s, err := New(WithoutBuiltins(), WithRules(rs...))
	require.NoError(t, err)
	assert.True(t, s.Score("Today only: 30% off everything").Spam)
	assert.False(t, s.Score("Today only: lots off everything").Spam)
	assert.True(t, s.Score("Get the Planet app").Spam)
	assert.False(t, s.Score("Get the Daily Planet app").Spam, "* stands for exactly one word")
	assert.False(t, s.Score("Get the app").Spam, "* stands for one word, not none")
	for _, bad := range []string{"app: * app", "app: get the *"} {
		_, err := ParseRules(strings.NewReader(bad), "bad.rules")
		assert.ErrorIs(t, err, ErrRules, bad)
	}
}

func TestFoldAgreesWithText(t *testing.T) {
	for _, s := range []string{"Clicca QUI!", "l’episodio", "Zürich Straße", "1,5 milioni", "Ελλάδα", "e\u0301te\u0301", "Łódź"} {
		assert.Equal(t, foldWords(s), foldWordsText(s), s)
	}
}

func foldWordsText(s string) []string {
	ws := text.FoldedWords(s)
	if ws == nil {
		return []string{}
	}
	return ws
}

// FuzzScoreIn checks that any input scores without panicking, in [0, 1], with evidence for
// every spam verdict, whatever its kind and context.
func FuzzScoreIn(f *testing.F) {
	for _, tc := range langCases {
		f.Add(tc.text)
	}
	f.Add("\xff\xfe{{x}} © 19 #A# __ |||| » › ")
	f.Fuzz(func(t *testing.T, s string) {
		doc := NewDoc([]string{"a b c d e f", s, "g h i j k l m n o p q r s t u v w x y z"})
		for _, kind := range []Kind{Line, Glued} {
			for _, ctx := range []Context{{}, {Doc: doc, Para: 1, Tail: true, NextToSpam: true}} {
				v := Default().ScoreIn(s, kind, ctx)
				if v.Score < 0 || v.Score > 1 {
					t.Fatalf("score %v out of range for %q", v.Score, s)
				}
				if v.Spam && len(v.Evidence) == 0 {
					t.Fatalf("spam without evidence for %q", s)
				}
			}
		}
	})
}

// TestTopicIsNotPromotion: news about casinos, bets, crypto or loans names them; an ad sells
// them, with a call to action, an exclamation or the reader addressed.
func TestTopicIsNotPromotion(t *testing.T) {
	news := Default().ScoreAs("Il governo vuole regolare i casinò online e le scommesse sportive con una nuova autorità indipendente entro l'estate.", Glued)
	assert.False(t, news.Spam, "%+v", news)
	ad := Default().ScoreAs("Casinò online con bonus di benvenuto e giri gratis per te!", Glued)
	assert.True(t, ad.Spam, "%+v", ad)
	site := Default().ScoreAs("Online casino with free spins and a welcome bonus at LuckyReels.bet", Glued)
	assert.True(t, site.Spam, "%+v", site)
}

// TestTopicImperative: an ad asks its reader to play, bet, invest or borrow in the
// imperative, at the start of a clause (topicImperative); a form that is also a third person
// counts only with "now" after it, so news that opens with it stays. Sentences written for
// this test.
func TestTopicImperative(t *testing.T) {
	s := Default()
	for _, ad := range []string{
		"Bonus di benvenuto fino a 300€ sul primo deposito, gioca ora sul casinò online più amato.",
		"Comece a investir em criptomoedas com apenas 20 reais e receba bônus de boas-vindas.",
		"Zainwestuj w bitcoina już od 100 zł i odbierz bonus powitalny.",
	} {
		v := s.ScoreAs(ad, Glued)
		assert.True(t, v.Spam, "%q: %+v", ad, v)
		assert.NotContains(t, v.Evidence, "topic-only", ad)
	}
	for _, news := range []string{
		"Gioca stasera l'Italia e i siti di scommesse la danno favorita con una quota di 1,8, secondo l'Agenzia.",
		"Juega el Betis en casa y las casas de apuestas lo dan como favorito, según los analistas.",
	} {
		assert.False(t, topicImperative(news), news)
		assert.False(t, s.ScoreAs(news, Glued).Spam, news)
	}
	assert.True(t, topicImperative("Gioca ora sul casinò"))
	assert.True(t, topicImperative("Bonus di benvenuto, gioca adesso"))
	assert.False(t, topicImperative("Il gioco d'azzardo online cresce"))
}

// TestCandidates: a paragraph says whether any of its sentences could be spam, anchors and
// quotation marks aside, so the caller can skip its sentences.
func TestCandidates(t *testing.T) {
	clean := Default().Score("The council met on Tuesday. It approved the budget after a long debate.")
	assert.Zero(t, clean.Candidates)
	anchored := Default().Score("The council met on Tuesday. Read more: the budget in ten charts")
	assert.Positive(t, anchored.Candidates, "^read more opens the second sentence")
	assert.True(t, Default().ScoreAs("Read more: the budget in ten charts", Glued).Spam)
	marker := Default().Score("The council met on Tuesday. Foto: Reuters")
	assert.Positive(t, marker.Candidates, "a photo credit may open any sentence")
}

// TestNextToSelling: a sentence on a topic news also covers (a casino's jackpot, crypto) next
// to a unit found to be spam goes with it only when that unit sells something: next to a
// cookie banner or a share row it is the article's.
func TestNextToSelling(t *testing.T) {
	s := Default()
	x := "Jackpot pour le groupe chimique, qui vend à la fois les graines et l'engrais aux mêmes paysans."
	doc := NewDoc([]string{"Le groupe a publié ses comptes annuels mardi.", x})
	furniture := s.ScoreIn(x, Glued, Context{Doc: doc, Para: 1, Tail: true, NextToSpam: true})
	assert.False(t, furniture.Spam, "%+v", furniture)
	assert.Contains(t, furniture.Evidence, "topic-only")
	ad := s.ScoreIn(x, Glued, Context{Doc: doc, Para: 1, Tail: true, NextToSpam: true, NextToSelling: true})
	assert.True(t, ad.Spam, "%+v", ad)

	assert.True(t, Sells([]string{"score=0.7", "casino:jackpot"}))
	assert.True(t, Sells([]string{"promo-code"}))
	assert.False(t, Sells([]string{"score=0.7", "cookie:we use cookies", "boilerplate-line"}))
}

// TestAddressesReader: the voice of a teaser before a promo.
func TestAddressesReader(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Du interessierst dich für Energie?", true},
		{"Are you ready for the next round?", true},
		{"Wissen Sie, was Ihr Auto wirklich wert ist?", true},
		{"Wie hat ein Installateur 48.000 € verdient?", true},
		{"Who made $500 a day from home?", true},
		{"What happens next?", false},
		{"Wer zahlt für die neue Brücke?", false},
		{"Sie wollen mehr Geld?", false}, // "Sie" opening a sentence is also "they"
		{"Is our city ready for the floods?", false},
	} {
		assert.Equal(t, c.want, AddressesReader(c.text), c.text)
	}
}

// TestSpeaksToReader: the reader addressed in words, not a sum of money; a French "je" is the
// writer's in a French sentence, though a consent button's "Je refuse" still addresses the
// reader for AddressesReader.
func TestSpeaksToReader(t *testing.T) {
	for _, c := range []struct {
		text           string
		speaks, addrss bool
	}{
		{"Je kunt je op elk moment afmelden.", true, true},
		{"Abmelden können Sie sich jederzeit.", true, true},
		{"Votre adresse ne sera jamais transmise.", true, true},
		{"Bitcoin fell below $30,000 on Monday.", false, true},
		{"Je me souviens du jour où le pont a ouvert pour la première fois.", false, true},
		{"The council met on Monday.", false, false},
	} {
		assert.Equal(t, c.speaks, SpeaksToReader(c.text), c.text)
		assert.Equal(t, c.addrss, AddressesReader(c.text), c.text)
	}
}

// TestJoinedWords: links whose text the extractor ran together are read as the menu they
// are; brand names written in camel case, in prose, are not joins that make anything spam.
func TestJoinedWords(t *testing.T) {
	for _, c := range []struct {
		text, split string
	}{
		{"Partager sur TwitterPartager sur Facebook", "Partager sur Twitter | Partager sur Facebook"},
		{"3,570SuscriptoresSuscribirte", "3,570 | Suscriptores | Suscribirte"},
		{"by ElaVeganCLICK HERE", "by ElaVegan | CLICK HERE"},
		{"ÜbersichtÄnderungen", "Übersicht | Änderungen"},
		{"iPhone, YouTube, TikTok and PayPal", "iPhone, YouTube, TikTok and PayPal"}, // too few lower-case letters before the capital
		{"5G and 4K TV", "5G and 4K TV"},
		// The three letters before a capital are looked at back from it: at the start, across
		// letters of two bytes, and a combining mark breaks them.
		{"abcDef", "abc | Def"},
		{"abCdef", "abCdef"},
		{"ąęóŻółw", "ąęó | Żółw"},
		{"cafe\u0301Noir", "cafe\u0301Noir"},
		{"12Ünter", "12 | Ünter"},
		{"12ÜNTER", "12ÜNTER"},
		// The scan passes eight bytes at a time over those that start no join: a capital at
		// the end of a block of eight, at the start of the next, far in, after a wide letter.
		{"abcdefgHij", "abcdefg | Hij"},
		{"abcdefghIjk", "abcdefgh | Ijk"},
		{"lire les commentaires de nos lecteursSuivez", "lire les commentaires de nos lecteurs | Suivez"},
		{"notícias de hojeAssine", "notícias de hoje | Assine"},
	} {
		assert.Equal(t, c.split, splitJoins(c.text), c.text)
		assert.Equal(t, c.split != c.text, hasJoins(c.text), c.text)
	}
	// capitalOrWide, which the scan skips by, against each byte in each place of eight.
	for c := range 256 {
		for at := range 8 {
			b := []byte("abcdefgh")
			b[at] = byte(c)
			assert.Equal(t, c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf, capitalOrWide(string(b)), "byte %#x at %d", c, at)
		}
	}
	s := Default()
	// "Imprimer l'articleEnvoyer par e-mail" is spam before its joins are opened: the words
	// of site furniture and their vocabulary (vocab.go) make it so.
	assert.True(t, s.Score("Imprimer l'articleEnvoyer par e-mail").Spam)
	for _, menu := range []string{"IscrivitiAccedi", "ImprimerEnvoyer par e-mail", "SuscríbeteIniciar Sesión"} {
		v := s.Score(menu)
		assert.True(t, v.Spam, "%s: %+v", menu, v)
		assert.Contains(t, v.Evidence, "joined-words", menu)
	}
	for _, prose := range []string{
		"Il ministro ha scritto su WhatsApp ai colleghi del governo.",
		"Die Plattform TikTok muss ihre Daten in Europa speichern, entschied das Gericht.",
		"LinkedIn a licencié 700 salariés, a annoncé la direction lundi.",
	} {
		v := s.ScoreAs(prose, Glued)
		assert.False(t, v.Spam, "%s: %+v", prose, v)
	}
}

// TestNewsVoiceKept: sentences of news that open with, or hold, words that boilerplate uses
// too are not spam, as a line of their own or glued.
func TestNewsVoiceKept(t *testing.T) {
	s := Default()
	for _, news := range []string{
		"Sponsored by the city council, the festival drew more than 20,000 visitors over the weekend.",
		"Get the latest figures from the statistics office before you decide, the minister told savers.",
		"The privacy policy of the app was changed last year after complaints from users.",
		"Zapisz się na szczepienie do końca miesiąca, apeluje ministerstwo zdrowia.",
		"Sprawdź, czy twój dowód osobisty jest ważny, radzi urząd miasta przed wyborami.",
		"The jurors were independently selected from a list of 300 residents, the court said.",
		"Die Polizei erklärt in einem 3-Minuten-Video, wie man sich vor Betrug am Telefon schützt.",
	} {
		for _, kind := range []Kind{Line, Glued} {
			v := s.ScoreAs(news, kind)
			assert.False(t, v.Spam, "%q as %v: %+v", news, kind, v)
		}
	}
	for _, label := range []string{"Sponsored by Acme Bank", "Privacy Policy", "Zapisz się", "Sprawdź"} {
		assert.True(t, s.Score(label).Spam, label)
	}
}

// TestContextSkipsRemoved: paragraphs already removed (empty in the Doc) are not neighbours: a
// line after which only removed paragraphs follow is at the edge of the document, as a second
// pass over the output sees it.
func TestContextSkipsRemoved(t *testing.T) {
	s := Default()
	line := "Da oggi puoi A 0A.0 Z" // borderline: a promo phrase and little else
	long := "Il consiglio comunale ha approvato ieri sera il bilancio di previsione con i voti della maggioranza dopo una seduta durata oltre cinque ore di discussione."
	withGap := s.ScoreIn(line, Line, Context{Doc: NewDoc([]string{long, line, "", ""}), Para: 1})
	atEnd := s.ScoreIn(line, Line, Context{Doc: NewDoc([]string{long, line}), Para: 1})
	assert.Equal(t, atEnd, withGap)
	assert.Contains(t, atEnd.Evidence, "edge-of-document")
	prev, next := NewDoc([]string{"a", "", "b", ""}).neighbours(2)
	assert.Equal(t, []int{0, 4}, []int{prev, next})
}
