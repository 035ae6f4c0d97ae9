package spam

import (
	"iter"
	"strings"
	"unicode/utf8"
)

// HolderName is the evidence of a cut that took a copyright holder's name with its notice.
const HolderName = "holder-name"

// maxHolderFields is how many fields a holder's name after a copyright notice may have when
// holderLead looks for its end ("Consorzio Tutela Vini … e Sannio").
const maxHolderFields = 10

// holderLead cuts a copyright notice and its holder's name off the start of sentence t, when
// the scraper ran the line on into the article's first sentence: "© 2023 Hillside Courier |
// After a long debate …". The notice is a run of ©, "(c)", "Copyright" and years with a © or a
// year in it, a reservation notice ("Tous droits réservés - La Gazette | Le …",
// reservationNotice), a photo credit's label ("Foto: ANP / Sanne de Wit | De oppositie …") or a
// masthead's role ("Direttore responsabile: Marco Bianchi | Il …", mastheadNotice); the
// name after it is a run of capitalised words, figures, domains and legal forms, joined by
// words in lower case such as "de", "of", "by", "e" and by dashes, slashes and ampersands. The
// name ends
//   - after a field that ends on a full stop or a colon, or a domain ("… Media B.V. | Jan
//     …", "© Hafenblatt.de | Vor …");
//   - before a capitalised function word or a conjunction after a word of the name that is
//     none, the name two words or more ("… d'Irpinia e Sannio | Il raccolto …", "… Courier |
//     After a long debate …"; a name of one word may go on: "Diario | La Voz").
//
// Any other word in lower case means the name ran into the article's words with no such
// break ("… Courier Maria Lopez | said …"): where the article's sentence opened is not
// known, and nothing is cut. The rest must read as a sentence (restReads) and the notice
// alone be spam as a glued unit: the name is a name, whatever the scorer makes of it. A
// credit's label says little alone ("Photo :"): the label and the name must be spam together.
func (s *Scorer) holderLead(t string, ctx Context) (end int, v Verdict) {
	notice, credit := copyrightNotice(t), false
	if notice == 0 {
		notice = reservationNotice(t)
	}
	if notice == 0 {
		notice, credit = creditNotice(t), true
	}
	if notice == 0 {
		notice, credit = mastheadNotice(t), true
	}
	if notice == 0 {
		return 0, Verdict{}
	}
	start := notice
	other := scratchPool.Get().(*scratch)
	defer scratchPool.Put(other)
	prev, name, prevLegal := "", 0, false // prevLegal: prev is a legal form
	// A row of links after the name ("… Courier | Privacy policy | Terms of use | Mobile site
	// | The council …"): its separators do not count against maxHolderFields, and an item
	// may hold words in lower case (item counts its fields, -1 before the first separator;
	// plainItem says it opened on a capitalised word that is no function word).
	menu := menuRow(t[notice:])
	item, plainItem := -1, false
	for k := 0; k <= maxHolderFields; k++ {
		from, stop := nextField(t, start)
		if from == stop {
			return 0, Verdict{}
		}
		f := t[from:stop]
		if menu && menuSeparator(f) && name > 0 {
			item, prev, start = 0, f, stop
			k--
			continue
		}
		other.tok.fold(f)
		function := other.tok.n() > 0 && s.stop[string(other.tok.word(0))]
		if item >= 0 {
			if item++; item == 1 {
				plainItem = capitalised(f) && !function
			}
		}
		form := legalForms[strings.TrimRight(f, ",")] || holderLegalForms[f]
		legal := form || f == "z" && prev == "sp."
		if name > 0 && capitalised(f) && !legal {
			last := prev[len(prev)-1]
			// A legal form ends the company's name: "… MEDIA SA | Zadania …".
			closed := last == '.' && !initial(prev) || last == ':' || hasDomain(prev) || prevLegal
			// A function word after a name of one word may go on it: "Diario | La Voz".
			opens := (function || clauseOpener(f)) && name >= 2 && !holderJoiners[prev] && !strings.HasSuffix(prev, ",")
			if closed || opens {
				if !s.restReads(t[from:], function) {
					return 0, Verdict{}
				}
				head := t[:notice]
				if credit {
					head = t[:from] // a credit's label is little alone: the credit is label and name
				}
				w := s.ScoreIn(strings.TrimRight(head, " "), Glued, Context{Doc: ctx.Doc, Para: ctx.Para})
				if !w.Spam {
					return 0, Verdict{}
				}
				w.Evidence = append(w.Evidence, "glued-to-prose", HolderName)
				return len(strings.TrimRight(t[:from], " ")), w
			}
		}
		switch {
		case capitalised(f), capitalised(elided(f)), isNumber([]byte(strings.TrimRight(f, ".,"))), hasDomain(f), legal:
			name++
		case name == 0 && (noticeDashes[f] || f == "by"):
			// "© Copyright 2015 - Example.com", "Tous droits réservés - La Gazette", "©
			// Copyright by Example Media SA"
			start = stop
			continue
		case holderJoiners[f] && name > 0:
		case plainItem && item <= menuItemFields+1:
			// A word in lower case inside an item of the row: "Mentions légales".
		default:
			return 0, Verdict{} // a word in lower case: the article's, or a name that runs on
		}
		if strings.HasSuffix(f, ",") && !legalForms[strings.TrimSpace(firstFields(t[stop:], 1))] {
			return 0, Verdict{} // a comma ends the name only before a legal form: "ABC, S.L."
		}
		prev, prevLegal = f, form
		start = stop
	}
	return 0, Verdict{}
}

// menuRowFields is how many fields after a copyright notice menuRow looks at.
const menuRowFields = 20

// menuRow reports whether two menu separators (menuSeparator) or more stand among the first
// menuRowFields fields of t: a row of links, not a name and the article's sentence.
func menuRow(t string) bool {
	seps := 0
	start, stop := nextField(t, 0)
	for k := 0; k < menuRowFields && start < stop; k++ {
		if menuSeparator(t[start:stop]) {
			if seps++; seps >= 2 {
				return true
			}
		}
		start, stop = nextField(t, stop)
	}
	return false
}

// copyrightNotice returns where the notice that opens t ends: a run of ©, "(c)", "Copyright"
// and years with a © or a year in it ("© 2023", "Copyright © 2019-2024"); 0 when t opens with
// none ("Copyright infringement …" has no date).
func copyrightNotice(t string) int {
	start, end, dated := 0, 0, false
	for {
		from, stop := nextField(t, start)
		switch f := t[from:stop]; {
		case strings.EqualFold(f, "copyright"):
		case f == "©" || strings.EqualFold(f, "(c)"),
			strings.HasPrefix(f, "©") && yearSpan(f[len("©"):]), yearSpan(strings.TrimRight(f, ".,")):
			dated = true
		default:
			if !dated {
				return 0
			}
			return end
		}
		start, end = stop, stop
	}
}

// noticeDashes are the signs between a notice and its holder's name.
var noticeDashes = wordSet("- – — | : ·")

// reservationWordings are the folded reservation notices that may open a footer before the
// holder's name ("Tous droits réservés - La Gazette du Port 2023", "Todos los derechos
// reservados © 2022 Diario Costero").
var reservationWordings = wordLists(
	"all rights reserved", "tutti i diritti riservati", "riproduzione riservata",
	"alle rechte vorbehalten", "tous droits reserves", "todos los derechos reservados",
	"derechos reservados", "todos os direitos reservados", "alle rechten voorbehouden",
	"wszelkie prawa zastrzezone",
)

// reservationNotice returns where a reservation notice that opens t ends, with the ©, years
// and "Copyright" after it ("Todos los derechos reservados © 2022"); 0 when t opens with
// none.
func reservationNotice(t string) int {
	for end := range openingWordings(t, reservationWordings, 5) {
		if strings.HasSuffix(t[:end], ".") || strings.HasSuffix(t[:end], ",") {
			return 0 // the notice ends there: a sentence of the footer, not a name's label
		}
		for start := end; ; {
			from, stop := nextField(t, start)
			f := strings.TrimRight(t[from:stop], ".,")
			if f == "" || !(f == "©" || strings.EqualFold(f, "copyright") || strings.EqualFold(f, "(c)") || yearSpan(f) ||
				strings.HasPrefix(f, "©") && yearSpan(f[len("©"):])) {
				return end
			}
			start, end = stop, stop
		}
	}
	return 0
}

// openingWordings yields, for each folded wording of lists that t opens with (its first
// fields fields folded), the byte offset in t where the wording's fields end.
func openingWordings(t string, lists [][]string, fields int) iter.Seq[int] {
	return func(yield func(int) bool) {
		sc := scratchPool.Get().(*scratch)
		defer scratchPool.Put(sc)
		sc.tok.fold(firstFields(t, fields))
		for _, ws := range lists {
			if !opensWith(&sc.tok, ws) {
				continue
			}
			end := 0
			for range ws {
				_, end = nextField(t, end)
			}
			if !yield(end) {
				return
			}
		}
	}
}

// creditNotice returns where a photo credit's label that opens t ends: one or two words of
// creditWords (shape.go) and a colon or a full stop, on the last word or as a field of its own
// ("Foto:", "Fot.", "Photo :", "Crédit photo :"); 0 when t opens with none. The agency's or
// photographer's name after it is a holder's name.
func creditNotice(t string) int {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	start := 0
	for k := 0; k < 3; k++ {
		from, stop := nextField(t, start)
		f := t[from:stop]
		if k > 0 && (f == ":" || f == ".") {
			return stop // "Photo :"
		}
		word := strings.TrimRight(f, ":.")
		if sc.tok.fold(word); k == 2 || sc.tok.n() != 1 || !creditWords[string(sc.tok.word(0))] {
			return 0
		}
		if word != f {
			return stop
		}
		start = stop
	}
	return 0
}

// mastheadRoles are the folded roles a masthead names before a person, with a colon
// ("Direttore responsabile: …", "Chefredakteur: …", "Redaktor naczelny: …").
var mastheadRoles = wordLists(
	"direttore responsabile", "direttore editoriale", "vicedirettore", "caporedattore",
	"editor in chief", "managing editor", "deputy editor", "publisher",
	"chefredakteur", "chefredakteurin", "chefredaktion", "herausgeber", "herausgeberin",
	"directeur de la publication", "directrice de la publication", "redacteur en chef", "redactrice en chef",
	"director", "directora", "subdirector", "subdirectora", "redactor jefe",
	"diretor", "diretora", "diretor adjunto", "editor executivo",
	"hoofdredacteur", "hoofdredactie", "adjunct hoofdredacteur", "uitgever",
	"redaktor naczelny", "redaktor naczelna", "wydawca",
)

// mastheadNotice returns where a masthead's role and its colon that open t end ("Direttore
// responsabile:", "Directeur de la publication :"); 0 when t opens with none. The person's
// name after it is a holder's name.
func mastheadNotice(t string) int {
	for end := range openingWordings(t, mastheadRoles, 6) {
		if strings.HasSuffix(t[:end], ":") {
			return end
		}
		if from, stop := nextField(t, end); t[from:stop] == ":" {
			return stop // "Directeur de la publication :"
		}
	}
	return 0
}

// holderLegalForms are legal forms that end a holder's name in a footer, beside legalForms,
// which the imprint's test shares: "SA" without its dots (a word of history and geography
// elsewhere) and the parts of the Polish "sp. z o.o.".
var holderLegalForms = wordSet("SA SAS sp. sp.j.")

// holderJoiners are the words in lower case and the signs that join the parts of a holder's
// name: "La Voz del Valle", "Designed by Studio", "Irpinia e Sannio", "Smith & Sons".
var holderJoiners = wordSet("de del della di e y of and by the da do das dos du des la le van von der für et & - – — | + · /")

// initial reports a field that is a single capital and a full stop, a name's initial ("J.").
func initial(f string) bool {
	return utf8.RuneCountInString(f) == 2 && strings.HasSuffix(f, ".") && capitalised(f)
}

// elided returns what follows an elided article or preposition in field f ("Irpinia" of
// "d'Irpinia"), or f.
func elided(f string) string {
	if k := strings.IndexAny(f, "'’"); k > 0 && k <= 4 {
		return f[k+len(string([]rune(f[k:])[0])):]
	}
	return f
}
