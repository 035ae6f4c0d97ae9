package spam

import (
	"unicode"
	"unicode/utf8"
)

// A box that speaks to the site's readers often opens by saluting them: "Liebe Leserin,
// lieber Leser, …", "Estimado lector: …", "Cari lettori, …", "Hallo, lieber Leser!". It is
// the publisher's letter in a donation appeal, a paywall, an adblock notice, the rules of a
// comment section. An article does not address its readers so: its quotes address a crowd or
// a friend, and a columnist's letter to the readers is the site speaking as a box does. The
// salutation is evidence of the unit's shape, not of its words, so it removes nothing alone:
// the vocabulary model must also read the unit as the site's text from end to end
// (salutedPerWord). Of the realworld clean paragraphs, three average more than that (a job
// posting 1.0 a word, two others 0.79 and 0.72); none opens with a salutation.

// SalutationEvidence is the evidence of a unit that opens by saluting the site's readers and
// whose words the model reads as the site's.
const SalutationEvidence = "reader-salutation"

const (
	// salutedWeight is the weight of a line that salutes the readers and reads as the site's:
	// enough alone, and the line is not damped for its length.
	salutedWeight = 0.6
	// salutedPerWord is the model's log-odds a word the unit must average, with
	// vocabWholeFloor in all: less than a box without a salutation needs (vocabBoxPerWord);
	// the salutation carries the rest.
	salutedPerWord = 0.7
	// salutedLeast is the fewest words of a saluted unit the scorer judges: a salutation and
	// a sentence.
	salutedLeast = 8
	// vocativeReach is how many words after the first word for the readers the vocative may
	// run before its comma, colon or exclamation mark ("Liebe Leserinnen und Leser,").
	vocativeReach = 2
)

// salutationGreetings are folded greetings that may come before the address ("Hallo, lieber
// Leser!", "Hola lectores:").
var salutationGreetings = wordSet(
	"hallo hello hi bonjour hola ciao salve ola oi hoi witaj witajcie",
)

// salutationAddress are the folded words of an address before the readers: "liebe", "sehr
// geehrte", "dear", "cher", "estimado", "querido", "caro", "gentile", "prezado", "beste",
// "drodzy".
var salutationAddress = wordSet(
	"liebe lieber liebes sehr geehrte geehrter",
	"dear",
	"cher chere chers cheres",
	"estimado estimada estimados estimadas querido querida queridos queridas",
	"caro cara cari care gentile gentili",
	"caros caras prezado prezada prezados prezadas",
	"beste lieve geachte",
	"drogi droga drodzy szanowny szanowna szanowni",
)

// salutationReaders are the folded words for a site's readers, users, listeners, viewers,
// subscribers and community, in the eight languages.
var salutationReaders = wordSet(
	"leserin leser leserinnen community nutzerin nutzer nutzerinnen userin user abonnentin",
	"abonnent abonnenten abonnentinnen horerin horer horerinnen zuschauerin zuschauer",
	"zuschauerinnen besucherin besucher mitglieder",
	"reader readers subscriber subscribers user users visitor visitors listener listeners",
	"viewer viewers member members supporter supporters",
	"lecteur lectrice lecteurs lectrices abonne abonnee abonnes abonnees internaute",
	"internautes auditeur auditrice auditeurs utilisateur utilisatrice utilisateurs membres",
	"lector lectora lectores lectoras usuario usuaria usuarios usuarias suscriptor",
	"suscriptora suscriptores oyente oyentes comunidad",
	"lettore lettrice lettori lettrici utente utenti abbonato abbonata abbonati ascoltatore",
	"ascoltatori iscritto iscritti",
	"leitor leitora leitores leitoras assinante assinantes utilizador utilizadores ouvinte",
	"ouvintes internauta internautas",
	"lezer lezeres lezers abonnee abonnees gebruiker gebruikers luisteraar luisteraars",
	"bezoeker bezoekers",
	"czytelniku czytelniczko czytelnicy czytelnikow uzytkowniku uzytkownicy sluchacze",
)

// Salutes reports whether t opens by saluting the site's readers: an optional greeting, one
// or two address words and a word for the readers, with a comma, colon or exclamation mark
// after it or within vocativeReach words ("Liebe Leserinnen und Leser,", "Querido lector,
// querida lectora:", "Hallo, lieber Leser!"). A greeting with the readers alone does too
// ("Hola lectores:"). Without the mark it is not a vocative: "Liebe Leser dieser Zeitung
// wissen, dass …" is a sentence about them.
func Salutes(t string) bool {
	var w [8]string
	var after [8]rune // the first rune after word i that is not a space: its punctuation
	n := 0
	for i := 0; i < len(t) && n < len(w); {
		r, size := utf8.DecodeRuneInString(t[i:])
		if !unicode.IsLetter(r) {
			if n > 0 && after[n-1] == 0 && !unicode.IsSpace(r) {
				after[n-1] = r
			}
			i += size
			continue
		}
		j := i
		for j < len(t) {
			r, size := utf8.DecodeRuneInString(t[j:])
			if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
				break
			}
			j += size
		}
		if n == 0 && !mayOpenSalutation(t[i:j]) {
			return false // most units: their first word settles it
		}
		f := foldWords(t[i:j])
		if len(f) != 1 {
			return false
		}
		w[n] = f[0]
		n++
		i = j
	}
	k := 0
	greeted := salutationGreetings[w[0]]
	if greeted {
		k++
	}
	addressed := 0
	for addressed < 2 && k < n && salutationAddress[w[k]] {
		k++
		addressed++
	}
	if k >= n || !salutationReaders[w[k]] || !greeted && addressed == 0 {
		return false
	}
	for i := k; i < n && i <= k+vocativeReach; i++ {
		switch after[i] {
		case ',', ':', '!':
			return true
		}
	}
	return false
}

// salutedBox reports whether the unit t in sc opens by saluting the readers (Salutes) and the
// model reads it as the site's text throughout: log-odds vocabWholeFloor and salutedPerWord a
// word.
func salutedBox(sc *scratch, m *vocabTable, t string) bool {
	if sc.tok.n() < salutedLeast {
		return false
	}
	// The folded first word settles most units without reading t again.
	if w := sc.tok.word(0); !salutationGreetings[string(w)] && !salutationAddress[string(w)] {
		return false
	}
	return Salutes(t) && throughout(sc.logOdds(m), sc.tok.n(), salutedPerWord)
}

// SalutedBox reports whether t opens by saluting the site's readers (Salutes), has
// salutedLeast words or more, and the model reads it as the site's text throughout. The spam
// stage asks it of the run of sentences from a salutation to the end of a paragraph: a box
// glued after the article's last sentence ("… Vier Spieler wurden gesperrt. Liebe Leserin,
// lieber Leser, …"). It is false without the built-in rules.
func (s *Scorer) SalutedBox(t string) bool {
	if s.vocab == nil || len(t) > maxUnitBytes {
		return false
	}
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.tok.fold(t)
	sc.vocabKnown = false
	return salutedBox(sc, s.vocab, t)
}

// mayOpenSalutation reports whether word may be a greeting or an address word. It folds
// the word into a buffer on the stack: the scorer asks it of the first word of every line.
func mayOpenSalutation(word string) bool {
	var b [16]byte
	n := 0
	table := foldTable()
	for _, r := range word {
		if r >= foldTableSize {
			return false
		}
		f := table[r]
		switch {
		case f < 0:
			continue // a combining mark
		case f == 0 || n+utf8.RuneLen(f) > len(b):
			return false
		}
		n += utf8.EncodeRune(b[n:], f)
	}
	return salutationGreetings[string(b[:n])] || salutationAddress[string(b[:n])]
}
