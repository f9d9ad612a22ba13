# Machine translation; to be reviewed by a native speaker.
## Odpowiedzi napisane na jedno pytanie poza czatem (na Discordzie, w oknie), gdy to pytanie
## jest już nieaktualne.

form-answer-moved-on = Pytanie, na które to napisano, jest już nieaktualne (odpowiedziano na nie inaczej, zmieniono je lub zamknięto), więc nigdzie nie zapisałem Twojej odpowiedzi. Oto co napisano, żeby nic nie przepadło:
    { $text }

## A sensitive answer that was refused (too long, too short) is removed from the chat like an
## accepted one; its writer gets it back for ten minutes, to correct it.

form-answer-refused-given-back = Usunąłem Twoją odpowiedź z czatu. Oto co napisano, żeby można było ją poprawić; ta wiadomość zostanie usunięta za 10 minut:
    { $text }
