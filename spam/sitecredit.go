package spam

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page's footer credits whoever built or runs the site: "Powered by Streamcast", "Made with
// love by Pixelhaus studio", "Sviluppato da Officina Web", "Desenvolvido por Agência Sul". A
// sentence of reporting may open with such words ("Developed by two engineers in Turin, the
// probe …"), but goes on with words of its own; the credit is its wording and a name, and
// ends there.

// SiteCreditEvidence names a site's credit line in a Verdict.
const SiteCreditEvidence = "site-credit"

// siteCreditWeight is the credit's evidence: as sure as a template's placeholder.
const siteCreditWeight = 0.6

// maxCreditNameFields bounds the name after the wording: "Onda Web Design", "Studio Nine &
// Partners".
const maxCreditNameFields = 6

// creditWordings are the folded wordings of a site's credit in the eight languages, keyed by
// their first word, as word lists. "Created by" and "designed by" alone are left out: they
// credit a series or a building in an article's sentence as often. ("Diseñado por" stays:
// the older rules took it alone, at the start of any unit.)
var creditWordings = wordingsByFirst(
	// English.
	"powered by", "proudly powered by", "made with love by", "made with by", "developed by",
	"website by", "site by", "web design by", "website design by", "website designed by",
	"site designed by", "designed and developed by", "design and development by", "theme by",
	"site design and development by", "site design by", "web design and development by",
	// Italian.
	"realizzato da", "sito realizzato da", "sito web realizzato da", "sviluppato da",
	"progettato e sviluppato da", "realizzazione sito", "realizzazione sito web", "realizzazione siti web",
	// German.
	"entwickelt von", "webdesign von", "webdesign", "website von", "realisiert von",
	"umgesetzt von", "design und umsetzung", "gestaltung und umsetzung", "umsetzung und design",
	"umsetzung und gestaltung",
	// French.
	"site realise par", "realise par", "developpe par", "propulse par", "conception et realisation",
	"site cree par",
	// Spanish.
	"desarrollado por", "disenado por", "sitio desarrollado por", "diseno web", "diseno y desarrollo",
	"disenado y desarrollado por", "hecho con amor por", "web desarrollada por",
	// Portuguese.
	"desenvolvido por", "site desenvolvido por", "feito com amor por", "design e desenvolvimento",
	"criacao de sites",
	// Dutch.
	"ontwikkeld door", "website door", "ontwerp en realisatie", "webdesign door",
	"gerealiseerd door",
	// Polish.
	"realizacja strony", "projekt i realizacja", "projekt i realizacja strony", "wykonanie strony", "strona wykonana przez",
	"projekt strony",
)

// An appeal for a charity or a cause, or a site's own, names it after its imperative and says
// nothing more: "Donate to Riverside Food Bank", "Unterstützen Sie Kinderhilfe Nord",
// "Wesprzyj Fundację Pomocna Dłoń". A sentence that opens with the same verb goes on with
// words of its own ("Unterstützen Sie die Forderung, Frau Ministerin?"). Only imperatives
// that are no noun too: "Support …" and "Spenden für …" open a subheading as often ("Support
// Grows for Harbour Plan", "Spenden für die Flutopfer").

// SupportAppealEvidence names an appeal to support a named cause in a Verdict.
const SupportAppealEvidence = "support-appeal"

// supportWordings are the folded imperatives of such appeals, keyed by their first word.
var supportWordings = wordingsByFirst(
	// English.
	"donate to", "give to", "donate now to",
	// Italian.
	"sostieni", "dona a", "dona ora a",
	// German.
	"unterstutzen sie", "unterstutze", "jetzt spenden fur", "spende jetzt fur",
	// French.
	"soutenez", "faites un don a", "donnez a",
	// Spanish.
	"apoya a", "apoye a", "dona a", "haz una donacion a",
	// Portuguese.
	"apoie", "apoie o", "apoie a", "doe para", "doe ao", "doe a",
	// Dutch.
	"steun", "doneer aan",
	// Polish.
	"wesprzyj", "wspieraj", "przekaz darowizne na",
)

// wordingsByFirst folds each wording into words and keys the lists by their first word.
func wordingsByFirst(wordings ...string) map[string][][]string {
	m := map[string][][]string{}
	for _, w := range wordings {
		ws := strings.Fields(w)
		m[ws[0]] = append(m[ws[0]], ws)
	}
	return m
}

// siteCredit adds the evidence of a unit that opens with a wording of creditWordings or
// supportWordings and goes on with nothing but a name (creditName).
func siteCredit(sc *scratch, t string) {
	tok := &sc.tok
	n := tok.n()
	if n < 2 || n > 4+maxCreditNameFields+2 {
		return
	}
	if wordingThenName(tok, t, creditWordings) {
		sc.labelWhole(signal{SiteCreditEvidence, "copyright-phrase", siteCreditWeight, classRule})
	} else if wordingThenName(tok, t, supportWordings) {
		sc.labelWhole(signal{SupportAppealEvidence, "donation-phrase", siteCreditWeight, classRule})
	}
}

// wordingThenName reports whether t, folded in tok, opens with a wording of byFirst and goes
// on with nothing but a name (creditName).
func wordingThenName(tok *tokens, t string, byFirst map[string][][]string) bool {
	ws, ok := byFirst[string(tok.word(0))]
	if !ok {
		return false // nearly every unit
	}
	for _, w := range ws {
		if opensWith(tok, w) && creditName(t, len(w)) {
			return true
		}
	}
	return false
}

// creditName reports whether the fields of t after its first words folded words (the
// credit's wording) are a name: one to maxCreditNameFields fields after an optional colon or
// dash, the first capitalised, a domain or a figure, the others so or joiners ("&", "and",
// "e", "-", "|"), at most one in lower case ("Pixelhaus studio"), and nothing after them but
// a full stop or an exclamation mark.
func creditName(t string, words int) bool {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	start, stop := nextField(t, 0)
	for seen := 0; start < stop && seen < words; start, stop = nextField(t, stop) {
		sc.tok.fold(t[start:stop])
		seen += sc.tok.n()
		if seen > words {
			return false // the wording ends inside a field: "webdesign-agentur"
		}
	}
	fields, lower := 0, 0
	for ; start < stop; start, stop = nextField(t, stop) {
		f := strings.TrimRight(t[start:stop], ".!")
		switch {
		case f == "" || f == ":" || f == "-" || f == "–":
			if fields > 0 && f == "" {
				return false // a sentence's end inside the unit: "Powered by X. The council …"
			}
			continue
		case creditJoiners[f]:
			if fields == 0 {
				return false
			}
			continue
		}
		r, _ := utf8.DecodeRuneInString(f)
		switch {
		case unicode.IsUpper(r) || unicode.IsDigit(r) || hasDomain(f):
		case fields > 0 && lower == 0 && unicode.IsLower(r):
			lower++
		default:
			return false
		}
		if fields++; fields > maxCreditNameFields {
			return false
		}
		if f != t[start:stop] && stop < len(strings.TrimRightFunc(t, unicode.IsSpace)) {
			return false // a full stop inside the unit: the name has ended, something follows
		}
	}
	return fields > 0
}

// creditJoiners join the parts of a credited name: "Studio Nine & Partners", "Rossi e Figli".
var creditJoiners = wordSet("& + and e et y und en i | · / -")

// A sponsor's box opens with its lead-in and a colon, the sponsor's logo after it, which the
// scraper drops: "Live traffic updates are presented by:", "Il meteo è offerto da:",
// "Das Stadtfest wird präsentiert von:". A sentence of reporting does not end on the
// preposition and a colon.

// SponsorLeadInEvidence names a sponsor's lead-in in a Verdict.
const SponsorLeadInEvidence = "sponsor-lead-in"

// maxSponsorLeadInWords bounds the lead-in: what is sponsored and the words of sponsoring.
const maxSponsorLeadInWords = 12

// sponsorEndings are the folded last words of such lead-ins, as word lists.
var sponsorEndings = wordLists(
	"presented by", "sponsored by", "brought to you by", "in partnership with",
	"in association with", "presentato da", "offerto da", "sponsorizzato da", "presentata da",
	"offerta da", "sponsorizzata da", "in collaborazione con", "prasentiert von",
	"prasentiert durch", "gesponsert von", "unterstutzt von", "in zusammenarbeit mit",
	"presente par", "presentee par", "presentes par", "sponsorise par", "en partenariat avec",
	"propose par", "proposee par", "proposes par", "sponsorisee par", "presentado por",
	"patrocinado por", "ofrecido por", "presentada por", "patrocinada por", "ofrecida por",
	"en colaboracion con", "apresentado por", "oferecido por", "apresentada por",
	"oferecida por", "em parceria com", "gepresenteerd door", "gesponsord door",
	"mogelijk gemaakt door", "in samenwerking met", "prezentowane przez", "sponsorowane przez",
	"we wspolpracy z", "prezentowany przez", "sponsorowany przez", "sponsorowana przez",
	"partnerem jest",
)

// sponsorLeadIn adds the evidence of a unit of at most maxSponsorLeadInWords words that ends
// on a colon after a wording of sponsorEndings. A longer unit that ends so is a paragraph with
// the lead-in glued to its end: it counts a candidate, so that the filter looks at its last
// sentence.
func sponsorLeadIn(sc *scratch, t string) {
	tok := &sc.tok
	n := tok.n()
	if n < 2 {
		return
	}
	if !strings.HasSuffix(strings.TrimRightFunc(t, unicode.IsSpace), ":") {
		if i := strings.IndexByte(t[:min(len(t), sponsorLeadInBytes)], ':'); i > 0 && sponsorEnds(t[:i]) {
			sc.candidates++ // a lead-in glued to the start of a sentence: sponsorLead
		}
		return // nearly every unit: no colon closes it
	}
	for _, ws := range sponsorEndings {
		if closesWith(tok, ws) {
			if n > maxSponsorLeadInWords {
				sc.candidates++
				return
			}
			sc.labelWhole(signal{SponsorLeadInEvidence, "adlabel-phrase", siteCreditWeight, classRule})
			return
		}
	}
}

// sponsorLeadInBytes bounds where sponsorLeadIn looks for a lead-in's colon in a longer unit.
const sponsorLeadInBytes = 120

// sponsorTailBytes is how much of the text before a colon sponsorEnds folds.
const sponsorTailBytes = 40

// sponsorEnds reports whether t ends on a wording of sponsorEndings.
func sponsorEnds(t string) bool {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	// The longest ending is some 21 bytes: the words before its tail do not matter, and a
	// colon early in a long unit is common ("ROMA: …", "Il sindaco: …").
	sc.tok.fold(t[max(0, len(t)-sponsorTailBytes):])
	return slices.ContainsFunc(sponsorEndings, func(ws []string) bool { return closesWith(&sc.tok, ws) })
}

// closesWith reports whether the folded words of tok end with ws.
func closesWith(tok *tokens, ws []string) bool {
	return tok.n() >= len(ws) && wordsAt(tok, tok.n()-len(ws), ws)
}

// sponsorLead cuts a sponsor's lead-in off the start of sentence t, when the scraper ran it on
// into the article's first sentence: "Il meteo è offerto da: | L'opposizione sosteneva …".
// The lead-in ends on the first colon of t within maxSponsorLeadInWords fields, and is spam
// as a glued unit of its own with the lead-in's evidence; the rest must not open in lower case
// and read as a sentence (restReads). It returns where the lead-in ends and its verdict.
func (s *Scorer) sponsorLead(t string, ctx Context) (end int, v Verdict) {
	start, stop := nextField(t, 0)
	for k := 0; k < maxSponsorLeadInWords && start < stop; k++ {
		if strings.HasSuffix(t[start:stop], ":") {
			rest := strings.TrimLeft(t[stop:], " ")
			if lowerWord(rest) || !s.restReads(rest, s.stop[strings.ToLower(firstFields(rest, 1))]) {
				return 0, Verdict{}
			}
			w := s.ScoreIn(t[:stop], Glued, Context{Doc: ctx.Doc, Para: ctx.Para})
			if !w.Spam || !slices.Contains(w.Evidence, SponsorLeadInEvidence) {
				return 0, Verdict{}
			}
			w.Evidence = append(w.Evidence, "glued-to-prose")
			return stop, w
		}
		start, stop = nextField(t, stop)
	}
	return 0, Verdict{}
}

// A footer names who owns the site before its copyright line: "Harbour Weekly is a part of
// Lakeside Media Group.", "Il Corriere Lagunare fa parte del gruppo Editoriale Nord.". News says
// such things too ("Instagram is part of Meta."): the filter reads the sentence as the
// footer's only right before a footer's notice (OwnershipLine).

// ownershipWordings are the folded wordings between the site's name and its owner's.
var ownershipWordings = wordLists(
	"is a part of", "is part of", "is a division of", "is a subsidiary of", "is a brand of",
	"is owned by", "is published by", "fa parte del gruppo", "fa parte di", "e un marchio di",
	"e edito da", "ist ein angebot der", "ist ein angebot von", "ist ein angebot des",
	"ist teil der", "gehort zur", "fait partie du groupe", "fait partie de",
	"est une marque de", "est edite par", "es parte de", "forma parte de", "es una marca de",
	"pertenece a", "faz parte do grupo", "faz parte do", "faz parte da", "e uma marca de",
	"maakt deel uit van", "is onderdeel van", "is een merk van", "jest czescia", "nalezy do",
	"jest marka",
)

// OwnershipLine reports whether sentence t says that a named site belongs to a named owner and
// nothing more: a name (capitalised fields, domains), a wording of ownershipWordings, a name
// (creditName), a full stop.
func OwnershipLine(t string) bool {
	if countFields(t) > 16 {
		return false
	}
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.tok.fold(t)
	n := sc.tok.n()
	// The site's name: capitalised fields up to the wording.
	start, stop := nextField(t, 0)
	words := 0
	for ; start < stop; start, stop = nextField(t, stop) {
		f := t[start:stop]
		if !capitalised(f) && !hasDomain(f) && !(words > 0 && creditJoiners[f]) {
			break
		}
		foldEach(f, func([]byte) { words++ })
	}
	if words == 0 || words >= n {
		return false
	}
	for _, ws := range ownershipWordings {
		if words+len(ws) >= n || !wordsAt(&sc.tok, words, ws) {
			continue
		}
		return creditName(t, words+len(ws))
	}
	return false
}

// wordsAt reports whether the folded words of tok from word i on are ws.
func wordsAt(tok *tokens, i int, ws []string) bool {
	if i+len(ws) > tok.n() {
		return false
	}
	for k, w := range ws {
		if string(tok.word(i+k)) != w {
			return false
		}
	}
	return true
}
