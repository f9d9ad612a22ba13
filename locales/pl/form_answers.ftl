# Machine translation; to be reviewed by a native speaker.
## Odpowiedzi napisane na jedno pytanie poza czatem (na Discordzie, w oknie), gdy to pytanie
## jest już nieaktualne.

form-answer-moved-on = Pytanie, na które to napisano, jest już nieaktualne (odpowiedziano na nie inaczej, zmieniono je lub zamknięto), więc nigdzie nie zapisałem Twojej odpowiedzi. Oto co napisano, żeby nic nie przepadło:
    { $text }
