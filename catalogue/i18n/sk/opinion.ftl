# Stránka verejnej mienky mesta (/cities/<code>/opinion).

opinion-profile-link = verejná mienka
opinion-title = Verejná mienka: { $city }
opinion-intro = Ako odpovedali obyvatelia mesta { $city } a porovnateľných miest v prieskume Kvalita života v európskych mestách 2023 (Eurostat a GR REGIO Európskej komisie). Otázky sú v poradí dotazníka a nie sú navzájom zoradené; porovnateľné mestá sú v poradí podľa podobnosti s mestom { $city }, nie podľa svojich odpovedí.
opinion-peers-intro = { $count ->
    [one] Porovnateľné mesto je { $count } mesto najpodobnejšie mestu { $city } podľa kritérií: { $features }, spomedzi miest, ktoré prieskum zahrnul (porovnateľné mestá na profile môžu byť iné).
    [few] Porovnateľné mestá sú { $count } mestá najpodobnejšie mestu { $city } podľa kritérií: { $features }, spomedzi miest, ktoré prieskum zahrnul (porovnateľné mestá na profile môžu byť iné).
    [many] Porovnateľné mestá sú { $count } mesta najpodobnejšieho mestu { $city } podľa kritérií: { $features }, spomedzi miest, ktoré prieskum zahrnul (porovnateľné mestá na profile môžu byť iné).
   *[other] Porovnateľné mestá sú { $count } miest najpodobnejších mestu { $city } podľa kritérií: { $features }, spomedzi miest, ktoré prieskum zahrnul (porovnateľné mestá na profile môžu byť iné).
}
opinion-peers-none = Mesto { $city } nemá porovnateľné mestá: jeho profilu chýbajú údaje, podľa ktorých by sa našli.
opinion-method-title = Ako čítať údaje
opinion-method-base = Každý podiel je vážený podiel prieskumu na všetkých respondentoch vrátane tých, ktorí nevedeli alebo neodpovedali (uvedení vo vlastnom stĺpci); počet respondentov je nevážený.
opinion-method-interval = Intervaly sú 95 % intervaly na logitovej škále. Prieskum zverejňuje vážené podiely a nevážený počet respondentov, nie svoje váhy, preto každý interval zaobchádza s podielom, akoby pochádzal z jednoduchého náhodného výberu rovnakého počtu respondentov. Dizajnový efekt váženia nie je zverejnený: intervaly sú užšie, než by mali byť, o jeho druhú odmocninu.
opinion-method-difference = Podiel porovnateľného mesta je označený ako vyšší alebo nižší, keď obojstranný test jeho rozdielu od podielu mesta (z = rozdiel ÷ √(SE₁² + SE₂²)) dá p pod 5 %; inak nie je zreteľný rozdiel.
opinion-caption = Podiel odpovedí „{ $answer }“ ({ $variable }). Zdroj: { $source }.
opinion-col-city = Mesto
opinion-col-share = „{ $answer }“ (%)
opinion-col-interval = 95 % interval (%)
opinion-col-n = Respondenti
opinion-col-dont-know = Nevie alebo bez odpovede (%)
opinion-col-compared = V porovnaní s mestom { $city }
opinion-col-source = Zdroj
opinion-this-city = samotné mesto
opinion-not-surveyed = nezahrnuté do prieskumu
opinion-no-survey = Mesto { $city } nepatrilo medzi mestá prieskumu: nemá vlastné údaje a porovnateľné mestá s ním nemožno porovnať.
opinion-no-comparison = bez porovnania
opinion-interval = { $lower } – { $upper }
opinion-verdict-higher = vyšší ({ $points } percentuálneho bodu, { $p })
opinion-verdict-lower = nižší ({ $points } percentuálneho bodu, { $p })
opinion-verdict-none = bez zreteľného rozdielu ({ $points } percentuálneho bodu, { $p })
opinion-p = p = { $p }
opinion-p-below = p < { $p }
opinion-back = Späť na profil mesta { $city }

# On the city's profile, in place of the survey's answer rows.
opinion-profile-heading = Verejná mienka (prieskum o kvalite života)
opinion-profile-caption = Čo obyvatelia mesta { $city } odpovedali v prieskume Kvalita života v európskych mestách 2023, s 95 % intervalmi podľa počtu respondentov.
opinion-profile-col-question = Otázka a započítaná odpoveď
opinion-profile-col-share = Podiel (%)
opinion-profile-col-peers = Podiely porovnateľných miest oproti tomuto mestu
opinion-profile-peers = { $compared ->
    [one] z 1 porovnateľného mesta: { $higher } vyšší, { $lower } nižší, { $same } bez zjavného rozdielu
   *[other] z { $compared } porovnateľných miest: { $higher } vyššie, { $lower } nižšie, { $same } bez zjavného rozdielu
}
opinion-profile-more = Každý údaj s hodnotami porovnateľných miest a testami: verejná mienka v meste { $city }.
opinion-profile-downloads = Odpovede na ostatné otázky prieskumu sú na stiahnutie nižšie.
