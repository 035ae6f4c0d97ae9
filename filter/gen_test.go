package filter

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// The document generator behind the property tests, the structured fuzz target, the
// concurrency test and the benchmarks. It builds articles from the parts scraped news is made
// of: ordinary sentences, promo lines and glued promos, repeated and near-duplicate sentences,
// headings, scraper headers, whitespace of every kind and bytes that are not text. Everything
// is written here, from word lists, so the tests need no data files.

// genLang is a small grammar for ordinary news sentences in one language.
type genLang struct {
	subjects, verbs, objects, places, times []string
}

var genLangs = map[string]genLang{
	"en": {
		subjects: []string{"The city council", "The regional government", "A group of residents",
			"The school board", "The hospital director", "Local farmers", "The transport authority",
			"The museum curator", "A team of engineers", "The mayor of the town", "Volunteers from the parish",
			"The police commissioner", "Shop owners in the centre", "The football club", "Researchers at the university"},
		verbs: []string{"approved", "discussed", "rejected", "presented", "postponed", "criticised",
			"welcomed", "announced", "reviewed", "questioned", "defended", "described", "inspected", "funded"},
		objects: []string{"a plan for the northern district", "the budget for public lighting",
			"new rules on parking near the station", "the restoration of the old bridge",
			"a report on water quality", "the timetable of the night buses", "a proposal to widen the cycle path",
			"the results of the annual survey", "the closure of the covered market", "an agreement with the neighbouring towns",
			"the repair of the flooded cellars", "a study of traffic at the harbour"},
		places: []string{"in the main hall", "at the town library", "during a public meeting",
			"in front of the press", "after a long debate", "at the regional office", "in a written statement"},
		times: []string{"on Tuesday", "last week", "this morning", "in the spring of %d", "on %d March",
			"before the summer", "in the year %d", "at the end of %d"},
	},
	"it": {
		subjects: []string{"Il consiglio comunale", "La giunta regionale", "Un gruppo di residenti",
			"Il consiglio scolastico", "Il direttore dell'ospedale", "Gli agricoltori della valle",
			"L'azienda dei trasporti", "La curatrice del museo", "Una squadra di ingegneri", "Il sindaco della città",
			"I volontari della parrocchia", "Il questore", "I commercianti del centro", "La società sportiva",
			"I ricercatori dell'università"},
		verbs: []string{"ha approvato", "ha discusso", "ha respinto", "ha presentato", "ha rinviato",
			"ha criticato", "ha accolto", "ha annunciato", "ha esaminato", "ha contestato", "ha difeso",
			"ha descritto", "ha ispezionato", "ha finanziato"},
		objects: []string{"un piano per il quartiere nord", "il bilancio per l'illuminazione pubblica",
			"le nuove regole sulla sosta vicino alla stazione", "il restauro del vecchio ponte",
			"una relazione sulla qualità dell'acqua", "l'orario degli autobus notturni",
			"una proposta per allargare la pista ciclabile", "i risultati dell'indagine annuale",
			"la chiusura del mercato coperto", "un accordo con i comuni vicini",
			"la riparazione delle cantine allagate", "uno studio sul traffico del porto"},
		places: []string{"nella sala grande", "alla biblioteca civica", "durante un'assemblea pubblica",
			"davanti alla stampa", "dopo un lungo dibattito", "nella sede regionale", "in una nota scritta"},
		times: []string{"martedì", "la settimana scorsa", "questa mattina", "nella primavera del %d",
			"il %d marzo", "prima dell'estate", "nell'anno %d", "alla fine del %d"},
	},
}

// genPromos are injected promo lines, with and without bullet glyphs and shouting.
var genPromos = []string{
	"▷ Lo sai che da oggi puoi guadagnare online? CLICCA QUI",
	"Iscriviti alla nostra newsletter per ricevere le ultime notizie",
	"Leggi anche: le dieci spiagge più belle della costa",
	"Seguici su Telegram e Facebook",
	"➤ Click here to claim your welcome bonus now!!",
	"Sign up now and get started with passive income",
	"Tutti i diritti riservati - P.IVA 01234567890",
	"Facebook | Twitter | WhatsApp | Email",
	"Subscribe to our newsletter for the latest stories",
	"Pubblicità",
}

// genGlued are promo sentences glued to the end of a paragraph.
var genGlued = []string{
	"Clicca qui per scoprire l'offerta.",
	"Iscriviti alla newsletter per non perdere nulla.",
	"Click here to learn more about the offer.",
	"Sign up now to read the full story.",
}

var genHeadings = []string{"FAQ", "Approfondimenti", "Background", "Le tappe", "What happens next", "Domande frequenti"}

// genForeign are words in other scripts, for mixed-script paragraphs.
var genForeign = []string{"Москва", "Αθήνα", "東京", "القاهرة", "ירושלים", "서울", "मुंबई", "İstanbul", "Łódź", "Ærø"}

// genJunk are pieces that are not text or are unusual text.
var genJunk = []string{
	"\xff", "\xfe\xff", "\x80", "\xbf\xbf", "\xc3", "\xe2\x82", "\xf0\x9f\x98", "\xc0\xaf", "\xe0\x80\xaf",
	"\xed\xa0\x80", "\xed\xbf\xbf", "\x00", "\x00\x00\x00", "\x07", "\x1b[31m", "\u0085", "\u009b",
	"\ufeff", "\u200b", "\u200d", "\u202e", "\u2066", "\u00ad", "👩\u200d👩\u200d👧", "🇮🇹", "e\u0301",
	"a" + strings.Repeat("\u0301", 40), "&amp;", "&nbsp;", "&#8217;", "<b>", "</p>", "<a href=\"x\">",
}

// genSpaces are the ways scrapers lay out whitespace between words.
var genSpaces = []string{" ", " ", " ", " ", "  ", "\t", "\u00a0", " \u200b", "\u2009", "\u3000"}

// genBreaks are the ways scrapers break lines between paragraphs.
var genBreaks = []string{"\n\n", "\n\n", "\n", "\r\n\r\n", "\r\n", "\r\r", "\r", "\n \n", "\n\t\n\n", "\u2029", "\u2028\u2028"}

// docGen builds documents from a seeded random source, so a failing document can be rebuilt
// from its seed.
type docGen struct {
	r   *rand.Rand
	num int // numbers handed out in this document, so its sentences are all distinct
}

func newDocGen(seed uint64) *docGen {
	return &docGen{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
}

func (g *docGen) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }

// sentence returns an ordinary sentence in lang. Every sentence of a document carries a number
// no other sentence of the document has, so no two are repeats or gapped copies of each other.
func (g *docGen) sentence(lang string) string {
	l := genLangs[lang]
	g.num += 1 + g.r.IntN(7)
	n := 1900 + g.num
	t := g.pick(l.times)
	if strings.Contains(t, "%d") {
		t = fmt.Sprintf(t, n)
	} else if lang == "it" {
		t += fmt.Sprintf(", con %d voti favorevoli", n)
	} else {
		t += fmt.Sprintf(", with %d votes in favour", n)
	}
	parts := []string{g.pick(l.subjects), g.pick(l.verbs), g.pick(l.objects), g.pick(l.places), t}
	if g.r.IntN(2) == 0 {
		parts[3], parts[4] = parts[4], parts[3]
	}
	return strings.Join(parts, " ") + "."
}

// ordinary returns a document of distinct ordinary sentences in one language, in paragraphs
// separated by blank lines: the kind of article Clean must return intact.
func (g *docGen) ordinary(lang string) string {
	g.num = 0
	paras := make([]string, 1+g.r.IntN(6))
	for i := range paras {
		sents := make([]string, 1+g.r.IntN(4))
		for j := range sents {
			sents[j] = g.sentence(lang)
		}
		paras[i] = strings.Join(sents, " ")
	}
	return strings.Join(paras, "\n\n")
}

// messy returns a document mixing ordinary paragraphs with everything Clean must survive.
func (g *docGen) messy() string {
	g.num = 0
	lang := "it"
	if g.r.IntN(2) == 0 {
		lang = "en"
	}
	var paras []string
	var sents []string // every sentence so far, for repeats
	if g.r.IntN(4) == 0 {
		switch g.r.IntN(3) {
		case 0:
			paras = append(paras, fmt.Sprintf(" date 2025-%02d-%02d %s", 1+g.r.IntN(12), 1+g.r.IntN(28), g.sentence(lang)))
		case 1:
			paras = append(paras, "title: "+g.pick(genHeadings), "source: https://example.com/news")
		default:
			paras = append(paras, fmt.Sprintf("date: %02d/%02d/2024", 1+g.r.IntN(28), 1+g.r.IntN(12)))
		}
	}
	for n := 1 + g.r.IntN(9); n > 0; n-- {
		switch k := g.r.IntN(20); {
		case k < 9: // an ordinary paragraph, sometimes in the other language
			l := lang
			if g.r.IntN(8) == 0 {
				l = map[string]string{"it": "en", "en": "it"}[lang]
			}
			var p []string
			for m := 1 + g.r.IntN(4); m > 0; m-- {
				s := g.sentence(l)
				sents = append(sents, s)
				p = append(p, s)
			}
			if g.r.IntN(6) == 0 {
				p = append(p, g.pick(genGlued))
			}
			paras = append(paras, strings.Join(p, g.pick(genSpaces)))
		case k < 11:
			paras = append(paras, g.pick(genPromos))
		case k < 13 && len(sents) > 0: // an exact repeat, alone or opening a paragraph
			s := sents[g.r.IntN(len(sents))]
			if g.r.IntN(2) == 0 {
				s += " " + g.sentence(lang)
			}
			paras = append(paras, s)
		case k < 14 && len(sents) > 0: // a copy with a word dropped and an orphan space left
			ws := strings.Fields(sents[g.r.IntN(len(sents))])
			i := 1 + g.r.IntN(len(ws)-2)
			paras = append(paras, strings.Join(append(append([]string{}, ws[:i]...), ws[i+1:]...), " "))
		case k < 16:
			paras = append(paras, g.pick(genHeadings))
		case k < 17 && len(paras) > 0: // a whole paragraph repeated
			paras = append(paras, paras[g.r.IntN(len(paras))])
		case k < 18: // mixed scripts
			paras = append(paras, g.sentence(lang)+" "+g.pick(genForeign)+" "+g.pick(genForeign)+".")
		default: // junk inside a sentence
			s := g.sentence(lang)
			i := g.r.IntN(len(s) + 1)
			for i > 0 && i < len(s) && s[i]&0xC0 == 0x80 {
				i--
			}
			paras = append(paras, s[:i]+g.pick(genJunk)+s[i:])
		}
	}
	var b strings.Builder
	if g.r.IntN(10) == 0 {
		b.WriteString("\ufeff")
	}
	for i, p := range paras {
		if i > 0 {
			b.WriteString(g.pick(genBreaks))
		}
		if g.r.IntN(10) == 0 {
			p = g.pick(genSpaces) + p + g.pick(genSpaces)
		}
		b.WriteString(p)
	}
	if g.r.IntN(8) == 0 {
		b.WriteString(g.pick(genJunk))
	}
	return b.String()
}

// corrupt flips, inserts and deletes a few random bytes of s.
func (g *docGen) corrupt(s string) string {
	b := []byte(s)
	for n := 1 + g.r.IntN(4); n > 0; n-- {
		switch i := g.r.IntN(len(b) + 1); g.r.IntN(3) {
		case 0:
			if i < len(b) {
				b[i] = byte(g.r.IntN(256))
			}
		case 1:
			b = append(b[:i], append([]byte{byte(g.r.IntN(256))}, b[i:]...)...)
		default:
			if i < len(b) {
				b = append(b[:i], b[i+1:]...)
			}
		}
	}
	return string(b)
}

// doc returns the i-th document of a test run: mostly messy ones, some ordinary ones, some
// corrupted at the byte level.
func (g *docGen) doc() string {
	switch k := g.r.IntN(10); {
	case k < 2:
		return g.ordinary(g.pick([]string{"it", "en"}))
	case k < 8:
		return g.messy()
	default:
		return g.corrupt(g.messy())
	}
}
