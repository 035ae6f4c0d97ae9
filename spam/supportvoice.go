package spam

import "strings"

// A site that asks for its readers' money says so in the first person plural, in more
// wordings than a list holds: "Als gemeinnütziges Medium sind wir auf Spenden angewiesen",
// "Unsere Recherchen finanzieren wir über Ihre Beiträge", "Con tu aporte seguimos
// haciendo periodismo libre", "Dependemos de nuestros lectores para seguir informando". What
// the wordings share is three things in one sentence: the site speaks ("wir", "unser",
// "seguimos"), it speaks of support (a donation, a contribution, a subscription), and of what
// the support pays for (journalism, the newsroom, its research, its independence). Reporting
// on a charity or a newspaper's finances names support and journalism too, but in the third
// person; a quotation or reported speech is not the site's voice.

// SupportEvidence is the reason of a unit in which the site asks for support of its work.
const SupportEvidence = "support-appeal"

const (
	// supportWeight is the weight of such a unit: as strong as a donation phrase.
	supportWeight = 0.55
	// maxSupportWords bounds the sentence: an appeal's, not an editorial's paragraph.
	maxSupportWords = 32
	// supportSpan is how far apart, in words, the three may be.
	supportSpan = 15
)

// supportWe are folded words of the site speaking as "we" in German and Spanish, with the
// first person plural of the verbs a Spanish appeal uses (the pronoun is dropped there). The
// Spanish possessives are left out: "nuestro país" is any speaker's; so is "podemos", the name
// of a party ("Podemos apoya la investigación …").
var supportWe = wordSet(
	"wir uns unser unsere unseren unserem unserer unseres",
	"nosotros necesitamos hacemos seguimos queremos trabajamos contamos dependemos",
	"ofrecemos publicamos informamos pedimos invitamos agradecemos somos sostenemos",
	"financiamos",
)

// supportStems are the beginnings of folded words of support: donations, contributions,
// membership, subscriptions, financing.
var supportStems = newStemSet(
	"spende", "spenden", "unterstutz", "fordermitglied", "forderer", "beitrag", "beitrage",
	"finanzier", "abonnent", "abonnement", "mitgliedschaft",
	"aporte", "aportacion", "aportar", "apoyo", "apoyar", "apoya", "donacion", "donar",
	"colabora", "contribu", "suscrip", "suscrib", "socios", "financia", "mecenas",
)

// supportObjects are the beginnings of folded words of what support pays for: journalism,
// the newsroom, research, independence, the readers, the site's articles.
var supportObjects = newStemSet(
	"journalis", "redaktion", "berichterstattung", "unabhangig", "leserinnen", "leser",
	"medium", "artikel", "inhalte",
	"periodis", "redaccion", "investigacion", "independ", "lectores", "lectoras", "informando",
	"informacion", "contenidos", "medio",
)

// supportAppeal adds evidence for a unit in which the site asks for support of its work (see
// above): a word of supportWe, one of supportStems and one of supportObjects, none of them
// quoted, in a unit of at most maxSupportWords words without a word of reported speech. In a
// longer unit (a paragraph an appeal is glued to) the three count as a candidate, so that the
// caller scores its sentences.
func supportAppeal(sc *scratch) {
	tok := &sc.tok
	n := tok.n()
	if n < 4 {
		return
	}
	reported := false
	// The three must come within supportSpan words of each other: in one sentence, not
	// scattered over a paragraph.
	lastWe, lastSupport, lastObject := -supportSpan-1, -supportSpan-1, -supportSpan-1
	found := false
	for i := 0; i < n; i++ {
		if tok.w[i].quoted {
			continue
		}
		w := tok.word(i)
		if reportWordAt(tok, i) {
			reported = true
		}
		switch {
		case tok.w[i].sets&setFamily != 0 && supportWe[string(w)]:
			lastWe = i
		case supportStems.has(w):
			lastSupport = i
		case supportObjects.has(w):
			lastObject = i
		default:
			continue
		}
		if min(lastWe, lastSupport, lastObject) >= i-supportSpan {
			found = true
		}
	}
	if !found {
		return
	}
	if n > maxSupportWords || reported {
		sc.candidates++
		return
	}
	sc.label = true
	sc.candidates++
	sc.sig = append(sc.sig, signal{"support-appeal", SupportEvidence, supportWeight, classRule})
}

// An affiliate note names the commission and the links it is paid for in one sentence, in
// as many wordings as there are sites: "Für Links auf dieser Seite erhält die Redaktion ggf.
// eine Provision", "Diese Links führen zu Anbietern, von denen wir eine Vergütung erhalten",
// "Ganamos una comisión por las compras hechas a través de los enlaces de este artículo".
// News on affiliate marketing names both too; as a phrase of the affiliate category the note
// is kept in a sentence of reporting (see reportsPhrase), unless it speaks as the site.

// affiliateSpan is how far apart, in words, the commission and the links may be.
const affiliateSpan = 12

// commissionWords and linkWords are the folded German and Spanish words of the commission and
// of the links ("Affiliate-Links" folds to two words).
var (
	commissionWords = wordSet("provision provisionen provisions vergutung vergutungen vergutet",
		"kommission kommissionen comision comisiones")
	linkWords = wordSet("link links verlinkt verlinkten verlinkung verlinkungen partnerlink partnerlinks",
		"provisionslink provisionslinks affiliatelink affiliatelinks werbelink werbelinks",
		"affiliate affiliates enlace enlaces afiliado afiliados afiliada afiliadas")
)

// addAffiliateNote adds the evidence of an affiliate note whose commission and link words
// stand at from and to, unless an affiliate phrase matched already: a second piece of the
// same evidence would outvote a sentence of reporting around it ("Händler zahlen Bloggern eine
// Provision für Affiliate-Links.").
func addAffiliateNote(sc *scratch, from, to int) {
	for _, g := range sc.sig {
		if g.reason == "affiliate-phrase" {
			return
		}
	}
	// The two words are the note's: without them covered, a long unit would read as prose
	// around nothing (containsProse).
	sc.covered[from], sc.covered[to] = true, true
	sc.label = true
	sc.candidates++
	sc.sig = append(sc.sig, signal{"affiliate-note", "affiliate-phrase", affiliateWeight, classRule})
}

// affiliateWeight is the weight of an affiliate note: the affiliate category's.
const affiliateWeight = 0.6

// A newsletter box speaks of the newsletter to the reader: "Der <Name>-Newsletter bringt dir
// die wichtigsten Meldungen", "Tu boletín semanal con las mejores historias", "El boletín llega
// a tu correo cada lunes". News names newsletters in the third person.

// newsletterSpan is how far apart, in words, the newsletter and the reader may be.
const newsletterSpan = 8

// newsletterWords are the folded words of a newsletter; newsletterReader those of the
// familiar "you" of German and Spanish (the formal one is also "she" and "they" in German,
// "his" and "their" in Spanish).
var (
	newsletterWords  = wordSet("newsletter newsletters boletin boletines")
	newsletterReader = wordSet("du dir dich dein deine deinen deinem deiner euch euer eure tu tus te")
)

// addNewsletterVoice adds newsletter evidence for a newsletter word at letter named to the
// reader, unless a newsletter phrase matched already or the unit holds a word of reported
// speech ("…, según el diario").
func addNewsletterVoice(sc *scratch, letter int) {
	for _, g := range sc.sig {
		if g.reason == "newsletter-phrase" {
			return
		}
	}
	if attributed(sc) {
		return
	}
	sc.covered[letter] = true
	sc.label = true
	sc.candidates++
	sc.sig = append(sc.sig, signal{"newsletter-voice", "newsletter-phrase", newsletterWeight, classRule})
}

// The words voiceFamilies looks for, by what they are.
const (
	famWe = 1 << iota
	famCommission
	famLink
	famLetter
	famReader
	famRequest
	famShop // a seller's request (shopVoice): noted for shopFamilies
)

// familyWords maps each word voiceFamilies looks for to what it is (fam… bits), and
// familyBits holds one bit per fold hash of them, so that one look settles nearly every word
// of a unit and one lookup the rest.
var (
	familyWords = func() map[string]uint8 {
		m := map[string]uint8{"sie": famRequest}
		for _, f := range []struct {
			set map[string]bool
			bit uint8
		}{
			{supportWe, famWe}, {commissionWords, famCommission}, {linkWords, famLink},
			{newsletterWords, famLetter}, {newsletterReader, famReader},
			{spanishImperatives, famRequest}, {spanishThirdPersonImperatives, famRequest},
			{germanDuImperatives, famRequest}, {romanceImperatives, famRequest},
			{romanceThirdPersonImperatives, famRequest}, {shopVoice, famShop},
		} {
			for w := range f.set {
				m[w] |= f.bit
			}
		}
		return m
	}()
	familyTable = newWordTable(familyWords) // familyWords for voiceFamilies' loop
	familyBits  = func() *[bitsetWords]uint64 {
		b := new([bitsetWords]uint64)
		for w := range familyWords {
			setBit(b, fnv(w))
		}
		return b
	}()
)

// voiceFamilies adds the evidence of the families of this file (support appeals, affiliate
// notes, newsletters named to the reader) in one pass over the words of the unit t in sc, and
// in the same pass counts a request to the reader inside the unit as a candidate (requestAt,
// imperative.go).
func voiceFamilies(sc *scratch, t string) {
	tok := &sc.tok
	if tok.sets&setFamily == 0 {
		return // most units: no word of the families
	}
	n := tok.n()
	we, request := false, sc.candidates > 0
	exclaims := strings.IndexByte(t, '!') >= 0
	lastCommission, lastLink := -affiliateSpan-1, -affiliateSpan-1
	affFrom, affTo := -1, -1
	lastLetter, lastReader := -newsletterSpan-1, -newsletterSpan-1
	letter := -1
	for i := 0; i < n; i++ {
		if tok.w[i].sets&setFamily == 0 || tok.w[i].quoted {
			continue
		}
		f := familyTable.at(tok, i)
		if f == 0 {
			continue
		}
		if f&famRequest != 0 && !request {
			if tok.w[i].hash == sieHash {
				request = requestAt(sc, i-1, exclaims)
			} else {
				request = requestAt(sc, i, exclaims)
			}
			if request {
				sc.candidates++
			}
		}
		we = we || f&famWe != 0
		sc.shopVoice = sc.shopVoice || f&famShop != 0
		if f&famCommission != 0 {
			lastCommission = i
		} else if f&famLink != 0 {
			lastLink = i
		}
		if affFrom < 0 && min(lastCommission, lastLink) >= i-affiliateSpan {
			affFrom, affTo = min(lastCommission, lastLink), i
		}
		if f&famLetter != 0 {
			lastLetter = i
		} else if f&famReader != 0 {
			lastReader = i
		}
		if letter < 0 && min(lastLetter, lastReader) >= i-newsletterSpan {
			letter = lastLetter
		}
	}
	if we {
		supportAppeal(sc)
	}
	if affFrom >= 0 {
		addAffiliateNote(sc, affFrom, affTo)
	}
	if letter >= 0 {
		addNewsletterVoice(sc, letter)
	}
}

// newsletterWeight is the weight of a newsletter named to the reader: the newsletter
// category's.
const newsletterWeight = 0.55
