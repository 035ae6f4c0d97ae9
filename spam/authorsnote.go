package spam

// A site disclaims what its signed texts say: "Los artículos firmados son responsabilidad de
// sus autores", "As opiniões expressas nos artigos são de inteira responsabilidade dos seus
// autores", "Le opinioni espresse sono di esclusiva responsabilità dei rispettivi autori".
// The wordings vary in every word but two: the responsibility, and "their" authors, named
// with a possessive a few words after it. Reporting names whose responsibility it is ("la
// responsabilidad de los autores del ataque") with an article, not "their".

// authorsNear is how many words may stand between the responsibility and the possessive.
const authorsNear = 4

// maxAuthorsNoteWords bounds the unit: a footer's sentence.
const maxAuthorsNoteWords = 30

var (
	responsibilityWords = wordSet("responsabilidad responsabilidade responsabilita responsibility")
	theirWords          = wordSet("sus seus suoi rispettivi respectivos respetivos their")
	authorWords         = wordSet("autor autores autore autori author authors firmantes signatarios")
)

// textStems are the beginnings of the folded words of the texts a site disclaims: opinions,
// articles, texts, comments, notes, columns, contents.
var textStems = newStemSet("opinion", "opinio", "articul", "articol", "artig", "texto", "testi", "comentari",
	"comment", "nota", "column", "colonn", "contenid", "contenut", "conteud", "materia", "artikel")

// closesNote reports that the authors' word at end closes the note: it is the unit's last
// word, or a clause of denial follows ("… y no reflejan la opinión del medio", "… e não
// representam …").
func closesNote(tok *tokens, end int) bool {
	n := tok.n()
	if end == n-1 {
		return true
	}
	return end+2 < n && andWords[string(tok.word(end+1))] && negationWords[string(tok.word(end+2))]
}

// respBits holds one bit per fold hash of responsibilityWords: one look settles nearly every
// word.
var respBits = hashBits(responsibilityWords)

// authorsNote adds copyright evidence for a unit that leaves its texts to the responsibility
// of their authors (see above), without reported speech.
func authorsNote(sc *scratch) {
	tok := &sc.tok
	n := tok.n()
	if n < 4 || n > maxAuthorsNoteWords || tok.sets&setResp == 0 {
		return
	}
	at := -1
	for i := 0; i < n && at < 0; i++ {
		if tok.w[i].sets&setResp != 0 && responsibilityWords[string(tok.word(i))] {
			at = i
		}
	}
	if at < 0 {
		return // nearly every unit
	}
	end := -1 // the authors' word
	for j := at + 1; j+1 < min(n, at+authorsNear+2) && end < 0; j++ {
		if theirWords[string(tok.word(j))] && authorWords[string(tok.word(j+1))] {
			end = j + 1
		}
	}
	if end < 0 || !closesNote(tok, end) {
		return
	}
	texts := false
	for i := 0; i < at && !texts; i++ {
		texts = textStems.has(tok.word(i))
	}
	if !texts {
		return // "O tribunal definiu a responsabilidade dos seus autores": not the site's texts
	}
	for i := 0; i < n; i++ {
		if reportingWords[string(tok.word(i))] {
			return
		}
	}
	sc.labelWhole(signal{"authors-note", "copyright-phrase", maxImprintWeight, classRule})
}
