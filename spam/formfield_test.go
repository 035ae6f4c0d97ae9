package spam

import "testing"

// TestMailFieldRemove: a sign-up form's label of the reader's mailbox, and a newsletter's
// small print of the reader's consent or its weekly rhythm into the reader's mailbox, are
// spam as a line and glued.
func TestMailFieldRemove(t *testing.T) {
	s := Default()
	for _, line := range []string{
		"Escribe aquí tu correo",
		"Tu dirección de correo electrónico",
		"Introduce aquí tu dirección de email",
		"Il tuo indirizzo di posta elettronica",
		"Digite aqui o seu endereço de e-mail",
		"Al enviar este formulario aceptas recibir comunicaciones de nuestro medio.",
		"Todas as sextas-feiras, o melhor da semana na sua caixa de correio.",
	} {
		assertSpamBoth(t, s, line, true)
	}
}

// TestMailFieldNewsKept: sentences on the reader's mailbox with a verb of their own, and
// news on consent, are kept as a line and glued.
func TestMailFieldNewsKept(t *testing.T) {
	s := Default()
	for _, line := range []string{
		"Tu correo puede estar en peligro",
		"Revisa tu correo",
		"Si aceptas las cookies, la web guarda tus datos, advierte la OCU.",
		"Todas as sextas-feiras, os moradores recebem um aviso da prefeitura por correio.",
	} {
		assertSpamBoth(t, s, line, false)
	}
}
