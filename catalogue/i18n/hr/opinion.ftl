# Stranica javnog mnijenja grada (/cities/<code>/opinion).

opinion-profile-link = javno mnijenje
opinion-title = Javno mnijenje: { $city }
opinion-intro = Kako su stanovnici grada { $city } i usporedivih gradova odgovorili u istraživanju Kvaliteta života u europskim gradovima 2023. (Eurostat i GU REGIO Europske komisije). Pitanja su poredana kao u upitniku i ne rangiraju se međusobno; usporedivi gradovi poredani su po sličnosti s gradom { $city }, a ne po svojim odgovorima.
opinion-peers-intro = { $count ->
    [one] Usporedivi grad je { $count } grad najsličniji gradu { $city } prema kriterijima: { $features }, među gradovima koje je istraživanje obuhvatilo (usporedivi gradovi na profilu mogu biti drugi).
    [few] Usporedivi gradovi su { $count } grada najsličnija gradu { $city } prema kriterijima: { $features }, među gradovima koje je istraživanje obuhvatilo (usporedivi gradovi na profilu mogu biti drugi).
   *[other] Usporedivi gradovi su { $count } gradova najsličnijih gradu { $city } prema kriterijima: { $features }, među gradovima koje je istraživanje obuhvatilo (usporedivi gradovi na profilu mogu biti drugi).
}
opinion-peers-none = Grad { $city } nema usporedivih gradova: njegovu profilu nedostaju podaci po kojima bi se pronašli.
opinion-method-title = Kako čitati podatke
opinion-method-base = Svaki udio je ponderirani udio istraživanja u svim ispitanicima, uključujući one koji nisu znali ili nisu odgovorili (prikazani u zasebnom stupcu); broj ispitanika nije ponderiran.
opinion-method-interval = Intervali su 95 %-tni intervali na logitnoj ljestvici. Istraživanje objavljuje ponderirane udjele i neponderirani broj ispitanika, ali ne i pondere, pa svaki interval udio tretira kao da potječe iz jednostavnog slučajnog uzorka s toliko ispitanika. Učinak dizajna ponderiranja nije objavljen: intervali su preuski za njegov drugi korijen.
opinion-method-difference = Udio usporedivog grada naziva se višim ili nižim kada dvostrani test njegove razlike od udjela grada (z = razlika ÷ √(SE₁² + SE₂²)) daje p manji od 5 %; inače nema jasne razlike.
opinion-caption = Udio odgovora „{ $answer }” ({ $variable }). Izvor: { $source }.
opinion-col-city = Grad
opinion-col-share = „{ $answer }” (%)
opinion-col-interval = 95 %-tni interval (%)
opinion-col-n = Ispitanici
opinion-col-dont-know = Ne zna ili bez odgovora (%)
opinion-col-compared = U usporedbi s gradom { $city }
opinion-col-source = Izvor
opinion-this-city = sam grad
opinion-not-surveyed = nije obuhvaćen istraživanjem
opinion-no-survey = Grad { $city } nije bio među gradovima istraživanja: nema vlastitih podataka, a usporedivi gradovi ne mogu se usporediti s njim.
opinion-no-comparison = bez usporedbe
opinion-interval = { $lower } – { $upper }
opinion-verdict-higher = viši ({ $points } postotnih bodova, { $p })
opinion-verdict-lower = niži ({ $points } postotnih bodova, { $p })
opinion-verdict-none = nema jasne razlike ({ $points } postotnih bodova, { $p })
opinion-p = p = { $p }
opinion-p-below = p < { $p }
opinion-back = Natrag na profil grada { $city }

# On the city's profile, in place of the survey's answer rows.
opinion-profile-heading = Javno mnijenje (istraživanje o kvaliteti života)
opinion-profile-caption = Što su stanovnici grada { $city } odgovorili u istraživanju Kvaliteta života u europskim gradovima 2023., s intervalima od 95 % prema broju ispitanika.
opinion-profile-col-question = Pitanje i prebrojani odgovor
opinion-profile-col-share = Udio (%)
opinion-profile-col-peers = Udjeli usporedivih gradova u odnosu na ovaj grad
opinion-profile-peers = { $compared ->
    [one] od 1 usporedivog grada: { $higher } viši, { $lower } niži, { $same } bez jasne razlike
   *[other] od { $compared } usporedivih gradova: { $higher } viši, { $lower } niži, { $same } bez jasne razlike
}
opinion-profile-more = Svaki podatak s vrijednostima usporedivih gradova i testovima: javno mnijenje u gradu { $city }.
opinion-profile-downloads = Odgovori na ostala pitanja istraživanja nalaze se u preuzimanjima ispod.
