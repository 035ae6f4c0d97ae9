package spam

// A sign-up form labels its field with the reader's mailbox, and an extractor keeps the label
// as a line of its own: "Tu dirección de correo electrónico", "Escribe aquí tu correo", "Il tuo
// indirizzo email", "Seu e-mail". Such a unit is only the reader's "your" before a mailbox,
// the field's words and a request to fill it in: a sentence on someone's mailbox has a verb of
// its own ("Tu correo puede estar en peligro").

// maxFieldWords bounds a form field's label.
const maxFieldWords = 6

// fieldWords are the folded words a mail field's label may hold besides the mailbox and the
// reader's "your": the address, its kind, a request to type it in, "here".
var fieldWords = wordSet(
	"direccion indirizzo endereco adresse address adres adresu electronico electronica elettronica eletronico",
	"escribe introduce ingresa ingrese inserisci scrivi digita digite insira informe indica",
	"enter type gib geben saisissez entrez aqui aca qui here hier ici",
)

// mailField adds the evidence of a mail field's label (see above) for the unit sc holds.
func (s *Scorer) mailField(sc *scratch) {
	tok := &sc.tok
	n := tok.n()
	if n < 2 || n > maxFieldWords {
		return
	}
	your, mailbox := false, false
	for i := 0; i < n; i++ {
		word := tok.word(i)
		f := boxTable.at(tok, i)
		switch {
		case f&bxMailbox != 0:
			// The reader's mailbox: "your" at most two words before ("tu correo", "seu
			// e-mail", "la tua email", "tu dirección de correo").
			for j := max(0, i-3); j < i; j++ {
				your = your || boxTable.at(tok, j)&(bxYour|bxMine) != 0
			}
			mailbox = true
		case f&(bxYour|bxMine) != 0, fieldWords[string(word)], s.stop[string(word)]:
		default:
			return // a word of a sentence
		}
	}
	if !your || !mailbox {
		return
	}
	sc.labelWhole(signal{"mail-field", "newsletter-phrase", boxWeight, classRule})
}
