package spam

import (
	"math/bits"
	"strings"

	"github.com/newsclean/newsclean/internal/text"
	"unicode"
	"unicode/utf8"
)

// A publisher's imprint sits at the foot of every page the scraper took, in as many wordings as
// there are publishers: "Editorial Montaña S.A. de C.V. — Av. Reforma 455, C.P. 06600",
// "Herausgeber: Verlag Nord GmbH, HRB 1234, Amtsgericht Kiel", "Direttore responsabile: …
// Registrazione n. 12 del 2004", "Jornal do Planalto Ltda. CNPJ …". No phrase list holds them,
// but each names two or more of a few things news prose rarely names together: a company's
// legal form, a register or tax number, a masthead field ("Director:", "Redacción:"), a
// street address, a phone number or e-mail address, the reserved rights, a ban on copying,
// the year of the paper's founding. A sentence of news may name one of them ("Siemens AG",
// "en la calle 72"); two in one short unit without a word of reported speech are an imprint.

// ImprintEvidence is the reason of a unit that reads as a publisher's imprint.
const ImprintEvidence = "imprint"

const (
	// imprintWeight is the weight of a unit with two of the imprint's families; each further
	// family adds imprintStep.
	imprintWeight = 0.55
	imprintStep   = 0.15
	// maxImprintWeight keeps the imprint at the weight of the copyright phrases (00_weights.rules), so that a footer with
	// one is reported by its phrase.
	maxImprintWeight = 0.7
	// maxImprintWords bounds the unit: a footer row, not a paragraph of business news.
	maxImprintWords = 50
	// imprintNear is how many words may stand between a street word and its number, or a ban
	// and what it bans.
	imprintNear = 4
	// maxCoveredImprint is the most words of a unit that an imprint explains whole.
	maxCoveredImprint = 24
)

// The families of imprint evidence, as bits.
const (
	impLegalForm = 1 << iota
	impRegister
	impField
	impAddress
	impContact
	impRights
	impBan
	impFounded
	impBanContent // the ban names the site's content: a second family of its own
)

// strongFamilies are the families that news prose rarely names: with one of them, any
// second family makes an imprint. The others (a legal form, an address, a contact, a founding
// year) need a unit that lists them, not a sentence about them: business news says "The
// bakery, founded in 1952, is at 12 High Street".
const strongFamilies = impRegister | impField | impRights | impBan | impBanContent

// legalForms are the abbreviations of company legal forms, as written (case matters: "SA",
// "AG", "Inc." are forms; "sa", "ag" are words of other languages).
var legalForms = wordSet(
	"S.A. S.A S.A.S. S.L. S.L.U. S.R.L. S.r.l. Srl S.p.A. SpA S.A.U. S.C. C.A. C.V. S.A.C.",
	"SARL S.A.R.L. SAS SLU SRL",
	"GmbH gGmbH mbH AG KG KGaA OHG e.V. UG",
	"Ltda Ltda. Lda Lda. Ltd Ltd. LLC Inc. Corp. PLC plc LLP",
	"B.V. N.V. BV NV",
	"sp.k. S.A.B. o.o.",
)

// registerWords are folded words that name a register or a tax number; registerPairs are
// folded pairs of words that do. Names that news uses for other things are left out: courts
// ("Amtsgericht"), councils and companies that share an acronym ("KRS", "RCS"), "sede
// legale", which news gives as a company's seat. numberedPairs count only before a number:
// "le partite Iva" are news, "Partita IVA 01234567890" is an imprint.
var (
	registerWords = wordSet(
		"issn isbn cif nif rif cnpj cuit rnpi dnda hrb hra idnr ustidnr regon siret siren kvk",
	)
	registerPairs = pairSet(
		"p_iva", "deposito_legal", "registro_mercantil", "registro_imprese", "registro_stampa",
		"iscrizione_tribunale", "registrazione_tribunale", "aut_trib", "registro_propiedad",
		"nr_krs", "numer_krs",
	)
	numberedPairs = pairSet("partita_iva", "ust_id", "vat_number", "vat_no", "company_number",
		"capitale_sociale", "capital_social")
)

// mastheadLabels are the folded words that label a masthead field before a colon ("Director:
// …", "Redacción: …", "V.i.S.d.P.: …"); contactLabels those of a contact field ("Tel.: …",
// "Kontakt: …"), which a news service box has too.
var (
	mastheadLabels = wordSet(
		"director directora directeur directrice direttore diretor diretora dyrektor",
		"editor editora editore editeur herausgeber herausgeberin publisher wydawca redaktor",
		"chefredakteur chefredakteurin chefredaktion redaktion redaccion redacao redazione redaction",
		"propietario propietaria proprietario proprietaria proprietaire eigentumer owner",
		"fundador fundadora founder grunder impressum visdp",
		// the printer's and the ad sales' fields ("Verlag und Druck:", "Stampa:", "Anzeigen:")
		"verlag druck stampa impresion imprenta impressao drukarnia anzeigen pubblicita publicidad",
	)
	contactLabels = wordSet(
		"tel telefono telefone telefon telephone phone fax email mail correo contacto contato kontakt",
		"contatti contact direccion endereco indirizzo anschrift adresse address adres sede domicilio",
	)
)

// streetWords are folded words of a street address; a number must follow within imprintNear
// words. postalWords name a postal code.
var (
	streetWords = wordSet(
		"calle avenida avda av rua via viale piazza piazzale corso plaza paseo alameda travessa",
		"strase str platz allee damm rue boulevard ul ulica aleja street avenue road",
	)
	postalWords = wordSet("cp cep plz cap")
)

// rightsPairs are the folded words of reserved rights; banWords and copyStems the impersonal
// ban on copying ("Queda prohibida la reproducción", "È vietata la riproduzione") and what it
// bans; contentStems the site's content it protects ("los contenidos", "die Inhalte"). A ban
// on copying the content is an imprint's sentence on its own; the verb of a law ("La ley
// prohíbe …") is not a ban of the site's.
var (
	rightsPairs = pairSet(
		"derechos_reservados", "diritti_riservati", "direitos_reservados", "rechte_vorbehalten",
		"rights_reserved", "droits_reserves", "prawa_zastrzezone", "riproduzione_riservata",
		"rechten_voorbehouden",
	)
	banWords = wordSet(
		"prohibida prohibido prohibidas vietata vietato vietati proibida proibido",
		"untersagt verboten interdite interdit prohibited forbidden zabronione",
	)
	// impersonalBans ban only as the impersonal "se prohíbe", "si vieta", "proíbe-se": with
	// a subject they are a law's or a court's ("La ley prohíbe la copia …").
	impersonalBans  = wordSet("prohibe vieta proibe")
	impersonalWords = wordSet("se si")
	// permitWords grant a copy: after a negation they ban it ("No se permite la
	// reproducción", "Non è consentita la riproduzione"), and with the source to cite they
	// are a footer's licence ("La reproducción está permitida citando la fuente").
	permitWords   = wordSet("permitida permitido permite consentita consentito consente permitida autorizada autorizzata")
	negationWords = wordSet("no non nao")
	sourceWords   = wordSet("fuente fonte citando citare citar mencionando")
	// protectedWords and authorsRights: the site's content "protected by copyright" ("Tutti
	// i contenuti sono protetti dalla legge sul diritto d'autore"), its rights reserved in
	// other words.
	protectedWords = wordSet("protegidos protegidas protetti protette protegidos protegees proteges geschutzt")
	authorsRights  = wordSet("autor autore autorais autoral auteur urheberrecht copyright")
	copyStems      = newStemSet("reproduc", "riprodu", "reprodu", "copia", "copie", "redistribu", "vervielfaltig", "kopie", "kopiow")
	contentStems   = newStemSet("contenid", "contenut", "conteud", "contenu", "content", "inhalt", "material", "articul",
		"articol", "artigo", "artikel", "article", "texto", "testi", "texte", "tresc", "fotograf", "imagen", "immagin",
		"bilder", "images", "noticia", "notizi", "materia", "obra")
	foundWords = wordSet("fundado fundada fondato fondata fondee fonde gegrundet founded fundado established")
)

// legalFolds are the folded words of the legal forms ("S.A." folds to "s" and "a", "GmbH" to
// "gmbh"): only a unit with one of them is read for legal forms as written.
var legalFolds = func() map[string]bool {
	m := map[string]bool{}
	for form := range legalForms {
		for _, w := range foldWords(form) {
			m[w] = true
		}
	}
	return m
}()

// imprintBits holds one bit per fold hash of the words of the lists above and of reported
// speech, so that one look settles nearly every word of a unit.
var imprintBits = func() *[bitsetWords]uint64 {
	sets := []map[string]bool{registerWords, streetWords, postalWords, banWords, foundWords, reportingWords, legalFolds,
		impersonalBans, permitWords, protectedWords}
	for _, pairs := range []map[string]map[string]bool{registerPairs, rightsPairs, numberedPairs} {
		firsts := map[string]bool{}
		for w := range pairs {
			firsts[w] = true
		}
		sets = append(sets, firsts)
	}
	return hashBits(sets...)
}()

// impTable is impWords for imprintFams' loop.
var impTable = newWordTable(impWords)

// The kinds of word imprintFams looks at, as flags of impWords.
const (
	iwReporting = 1 << iota
	iwLegal
	iwRegister
	iwStreet
	iwPostal
	iwBan        // banWords
	iwImpersonal // impersonalBans
	iwPermit
	iwProtected
	iwFound
	iwPairFirst // the first word of a pair of registerPairs, rightsPairs or numberedPairs
)

// impWords maps each word of the lists above to its kinds: the words imprintBits lets
// through take one lookup, not one per list.
var impWords = func() map[string]uint16 {
	m := map[string]uint16{}
	for _, l := range []struct {
		set  map[string]bool
		kind uint16
	}{{reportingWords, iwReporting}, {legalFolds, iwLegal}, {registerWords, iwRegister},
		{streetWords, iwStreet}, {postalWords, iwPostal}, {banWords, iwBan},
		{impersonalBans, iwImpersonal}, {permitWords, iwPermit}, {protectedWords, iwProtected},
		{foundWords, iwFound}} {
		for w := range l.set {
			m[w] |= l.kind
		}
	}
	for _, pairs := range []map[string]map[string]bool{registerPairs, rightsPairs, numberedPairs} {
		for w := range pairs {
			m[w] |= iwPairFirst
		}
	}
	return m
}()

// imprint adds evidence for a unit that names two or more of the imprint's families (see
// above) in at most maxImprintWords words, without a word of reported speech.
func imprint(sc *scratch, t string) {
	k, inProse := imprintFamilies(sc, t)
	if inProse {
		// Weak families in a sentence: an imprint may still be one of its sentences,
		// glued to the article's.
		sc.candidates++
	}
	if k < 2 {
		return
	}
	if len(sc.covered) <= maxCoveredImprint {
		// The families are spread over a short unit: all of it is the imprint's, and no run
		// of its words reads as prose glued to it (containsProse). A longer one may be a
		// footer glued to a sentence of the article without a full stop: Lead and Tail cut
		// it there.
		for i := range sc.covered {
			sc.covered[i] = true
		}
	}
	sc.label = true
	sc.candidates++
	sc.sig = append(sc.sig, signal{"imprint", ImprintEvidence, min(maxImprintWeight, imprintWeight+imprintStep*float64(k-2)), classRule})
}

// imprintCount returns how many of the imprint's families (see above) t names: a legal form,
// a register, a masthead field, an address, a phone number or e-mail address, reserved rights,
// a ban on copying, a founding year. It returns 0 for a unit of more than maxImprintWords words
// or one with a word of reported speech, and 1 for weak families in a sentence of prose.
func imprintCount(t string) int {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	if len(t) > maxUnitBytes {
		return 0
	}
	sc.tok.fold(t)
	sc.phone = 0
	k, _ := imprintFamilies(sc, t)
	return k
}

// imprintFamilies is imprintCount on a unit sc has folded; inProse reports two or more weak
// families in a sentence of prose, counted as one.
func imprintFamilies(sc *scratch, t string) (k int, inProse bool) {
	fam := imprintFams(sc, t)
	k = bits.OnesCount(fam)
	if k >= 2 && fam&strongFamilies == 0 && proseWord(t) {
		// A company's legal form, an address and a phone number are news too, in a
		// sentence ("La empresa X S.A. tiene su sede en la calle Mayor 12"); an imprint
		// lists them.
		return 1, true
	}
	return k, false
}

// imprintFams returns the set of the imprint's families a unit sc has folded names (0 for one
// of more than maxImprintWords words or with a word of reported speech). A contact counts only
// next to another family.
func imprintFams(sc *scratch, t string) uint {
	tok := &sc.tok
	n := tok.n()
	if n < 2 || n > maxImprintWords {
		return 0
	}
	var fam uint
	legal := false // a word that may be the fold of a legal form: legalForm looks
	firstBan, lastBan := -1, -1
	lastStreet, lastNum := -imprintNear-1, -imprintNear-1
	for i := 0; i < n; i++ {
		word := tok.word(i)
		if isNumber(word) {
			if i-lastStreet <= imprintNear {
				fam |= impAddress
			}
			lastNum = i
			continue
		}
		if tok.w[i].sets&setImprint == 0 {
			continue // nearly every word: none of the lists below holds it
		}
		w := string(word) // no allocation: only compared and looked up
		kind := impTable.at(tok, i)
		if kind == 0 {
			continue // a word whose hash another's shares
		}
		if kind&iwReporting != 0 {
			return 0
		}
		if kind&iwLegal != 0 {
			// "GmbH", "Ltda", or two letters of a dotted form ("S.A.", "C.V."): a lone "a"
			// or "e" is a word of Italian or Portuguese.
			legal = legal || len(w) > 1 || i+1 < n && len(tok.word(i+1)) == 1 && legalFolds[string(tok.word(i+1))]
		}
		switch {
		case kind&iwRegister != 0:
			fam |= impRegister
		case kind&iwStreet != 0:
			// "Calle Mayor 12", or "10 High Street".
			lastStreet = i
			if i-lastNum < imprintNear {
				fam |= impAddress
			}
		case kind&iwPostal != 0 && i+1 < n && isNumber(tok.word(i+1)):
			fam |= impAddress
		case kind&(iwBan|iwImpersonal|iwPermit) != 0 && isBan(tok, i):
			if firstBan < 0 {
				firstBan = i
			}
			lastBan = i
		case kind&iwPermit != 0:
			fam |= licenceFamilies(tok, i)
		case kind&iwProtected != 0:
			fam |= protectedContent(tok, i)
		case kind&iwFound != 0 && numberWithin(tok, i+1, 2):
			fam |= impFounded
		}
		if i+1 < n && kind&iwPairFirst != 0 {
			next := string(tok.word(i + 1))
			switch {
			case registerPairs[w][next]:
				fam |= impRegister
			case rightsPairs[w][next]:
				fam |= impRights
			case numberedPairs[w][next] && numberWithin(tok, i+2, 3):
				fam |= impRegister
			}
		}
	}
	if firstBan >= 0 {
		fam |= banFamilies(tok, firstBan, lastBan)
	}
	if legal {
		fam |= legalForm(t)
	}
	if strings.IndexByte(t, ':') >= 0 {
		fam |= fieldLabels(t)
	}
	if strings.Contains(t, "©") || strings.Contains(t, "(c)") {
		fam |= impRights
	}
	if fam == 0 {
		return 0 // a contact alone is one family: spare the scans
	}
	if hasEmail(t) || sc.hasPhone(t) {
		fam |= impContact
	}
	return fam
}

// banFamilies reads a unit with a ban word (banWords) from firstBan to lastBan: impBan when
// a word of copying stands near a ban ("Prohibida la reproducción", "Die Vervielfältigung …
// ist untersagt"), and impBanContent too when the unit names the site's content and the ban
// opens or closes it, as a footer's does ("Prohibida la reproducción de los contenidos", "Der
// Nachdruck der Inhalte ist untersagt."): reporting puts it after its subject ("Il giudice ha
// stabilito che è vietata …") or before who decided it ("…, entschied das Gericht"). Bans
// are rare: the stems are looked up only here.
func banFamilies(tok *tokens, firstBan, lastBan int) (fam uint) {
	n := tok.n()
	content := false
	for i := 0; i < n; i++ {
		word := tok.word(i)
		if copyStems.has(word) {
			for j := max(0, i-imprintNear); j <= min(n-1, i+2*imprintNear); j++ {
				if isBan(tok, j) {
					fam |= impBan
					break
				}
			}
		}
		content = content || contentStems.has(word)
	}
	if content && fam&impBan != 0 && (firstBan < imprintNear || lastBan >= n-2) {
		fam |= impBanContent
	}
	return fam
}

// isBan reports a ban on copying at word i: a word of banWords, an impersonal ban or a
// negated permit.
func isBan(tok *tokens, i int) bool {
	w := tok.word(i) // looked up in place: no allocation
	return banWords[string(w)] || impersonalBan(tok, i, w) || negatedPermit(tok, i, w)
}

// impersonalBan reports the impersonal ban of impersonalBans at word i (w): "se prohíbe", "si
// vieta", "proíbe-se".
func impersonalBan(tok *tokens, i int, w []byte) bool {
	if !impersonalBans[string(w)] {
		return false
	}
	return i > 0 && impersonalWords[string(tok.word(i-1))] || i+1 < tok.n() && string(tok.word(i+1)) == "se"
}

// negatedPermit reports a permit (permitWords) at word i (w) after a negation within three
// words: "No se permite la reproducción", "non è consentita", "não é permitida".
func negatedPermit(tok *tokens, i int, w []byte) bool {
	if !permitWords[string(w)] {
		return false
	}
	for j := max(0, i-3); j < i; j++ {
		if negationWords[string(tok.word(j))] {
			return true
		}
	}
	return false
}

// licenceFamilies reads a permit (permitWords) at word i that is not negated: a footer's
// licence to copy the site's content when the source is cited ("La reproducción de este
// artículo está permitida citando la fuente", "È consentita la riproduzione dei contenuti
// citando la fonte"): a ban's two families, as its terms are the site's.
func licenceFamilies(tok *tokens, i int) uint {
	n := tok.n()
	copied, source, content := false, false, false
	for j := 0; j < n; j++ {
		word := tok.word(j)
		copied = copied || j >= i-2*imprintNear && j <= i+imprintNear && copyStems.has(word)
		source = source || sourceWords[string(word)]
		content = content || contentStems.has(word)
	}
	if copied && source && content {
		return impBan | impBanContent
	}
	return 0
}

// protectedContent reads "protected" (protectedWords) at word i: the site's content named in
// the unit's first words and protected by authors' rights (authorsRights) within a few words
// after, closing the unit ("Todos los contenidos están protegidos por derechos de autor"), are
// reserved rights
// and the content they cover. A report names who protects what, or who said so (reported
// speech, which no imprint has).
func protectedContent(tok *tokens, i int) uint {
	n := tok.n()
	content := false
	for j := 0; j < min(i, imprintNear); j++ {
		content = content || contentStems.has(tok.word(j))
	}
	if !content {
		return 0
	}
	for j := i + 1; j < min(n, i+2*imprintNear); j++ {
		// The rights close the unit: a law's protection goes on to its terms ("… protegidos
		// por derechos de autor durante 70 años").
		if authorsRights[string(tok.word(j))] && j >= n-2 {
			return impRights | impBanContent
		}
	}
	return 0
}

// legalForm returns impLegalForm when t holds a legal form as written: a word of ASCII letters,
// dots and hyphens.
func legalForm(t string) uint {
	for i := 0; i < len(t); i++ {
		if t[i]|0x20-'a' >= 26 || i > 0 && asciiWordByte(t[i-1]) {
			continue
		}
		j := i
		for j < len(t) && asciiWordByte(t[j]) {
			j++
		}
		if w := t[i:j]; legalForms[w] || legalForms[strings.TrimRight(w, ".")] {
			return impLegalForm
		}
		i = j
	}
	return 0
}

// asciiWordByte reports an ASCII letter, a dot or a hyphen: the bytes of a legal form.
func asciiWordByte(c byte) bool {
	return c|0x20-'a' < 26 || c == '.' || c == '-'
}

// fieldLabels returns the families of the field labels of t: the words right before a colon.
func fieldLabels(t string) (fam uint) {
	for rest, off := t, 0; ; {
		c := strings.IndexByte(rest, ':')
		if c < 0 {
			return fam
		}
		end := strings.TrimRight(t[:off+c], " ")
		start := strings.LastIndexFunc(end, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' && r != '-' })
		fam |= fieldLabel(end[start+1:])
		off += c + 1
		rest = t[off:]
	}
}

// fieldLabel returns the family of word, as written before a colon, when it labels a masthead
// field (impField) or a contact field (impContact).
func fieldLabel(word string) uint {
	if len(word) > 24 {
		return 0
	}
	var buf [24]byte
	b := buf[:0]
	for i := 0; i < len(word); i++ {
		switch c := word[i]; {
		case c >= utf8.RuneSelf:
			// Accents ("Redacción"): the full fold, rarely needed.
			b = append(buf[:0], strings.ReplaceAll(text.Fold(word), " ", "")...)
			i = len(word)
		case c != '.' && c != '-':
			b = append(b, c|0x20)
		}
	}
	switch {
	case mastheadLabels[string(b)]:
		return impField
	case contactLabels[string(b)]:
		return impContact
	}
	return 0
}

// proseWord reports whether t has a word of prose: one of more than three letters in lower
// case, other than a street's ("calle", "via").
func proseWord(t string) bool {
	for w := range strings.FieldsFuncSeq(t, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && utf8.RuneCountInString(w) > 3 &&
			!streetWords[strings.ReplaceAll(text.Fold(w), " ", "")] {
			return true
		}
	}
	return false
}

// numberWithin reports a number among the k words from word i on.
func numberWithin(tok *tokens, i, k int) bool {
	for j := i; j < tok.n() && j < i+k; j++ {
		if isNumber(tok.word(j)) {
			return true
		}
	}
	return false
}

// maxPieceWords bounds an imprint piece (ImprintPiece): one field of a masthead.
const maxPieceWords = 10

// ImprintPiece reports a sentence that is one piece of an imprint the splitter cut at its full
// stops: at most maxPieceWords words naming one of the imprint's families (a contact alone
// too), without a word of prose or of reported speech ("Director: Juan Pérez.", "Tel. 958 000
// 111.", "CNPJ 12.345.678/0001-90."). masthead reports a family news rarely names
// (strongFamilies: a masthead field, a register, the rights, a ban), as a list of a venue's
// address and phone does not. Alone a piece is no evidence; the caller takes it only next to
// an imprint or a copyright line.
func ImprintPiece(t string) (piece, masthead bool) {
	words := 0
	for range strings.FieldsSeq(t) {
		if words++; words > maxPieceWords {
			return false, false // nearly every sentence of an article: no allocation
		}
	}
	if len(t) > maxUnitBytes {
		return false, false
	}
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.tok.fold(t)
	sc.phone = 0
	fam := imprintFams(sc, t)
	if fam == 0 && !hasEmail(t) && !sc.hasPhone(t) {
		return false, false // nearly every short sentence: no family, no contact
	}
	return !proseWord(t), fam&strongFamilies != 0
}
