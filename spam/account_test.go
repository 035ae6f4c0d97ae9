package spam

import "testing"

// A sign-up form's confirmation (kind_account.rules), written for this test, goes as a line
// and glued to the end of a paragraph; reports on scams that ask victims to activate an
// account stay (more in filter/testdata/newsvoice_kinds.txt).
func TestAccountConfirmations(t *testing.T) {
	assertLinesGo(t, []string{
		"Account created. To finish, check your inbox and click the link we sent you to activate your account.",
		"Konto erstellt. Bitte prüfen Sie Ihr Postfach und klicken Sie auf den Link, den wir Ihnen gesendet haben, um Ihr Konto zu aktivieren.",
		"Compte créé. Consultez votre boîte mail et cliquez sur le lien que nous vous avons envoyé pour activer votre compte.",
		"Conta criada. Verifique a sua caixa de correio e clique no link que enviamos para ativar a sua conta.",
		"Account aangemaakt. Controleer je inbox en klik op de link die we je hebben gestuurd om je account te activeren.",
		"Konto utworzone. Sprawdź swoją skrzynkę i kliknij link, który wysłaliśmy, aby aktywować konto.",
	}, []string{
		"Police said the fake message asked victims to click a link to activate their account.",
		"Die Frau klickte auf den Link, um ihr Konto zu aktivieren, und verlor 4.000 Euro.",
	})
}
