# Stránka veřejného mínění města (/cities/<code>/opinion).

opinion-profile-link = veřejné mínění
opinion-title = Veřejné mínění: { $city }
opinion-intro = Jak odpověděli obyvatelé města { $city } a srovnatelných měst v šetření Kvalita života v evropských městech 2023 (Eurostat a GŘ REGIO Evropské komise). Otázky jsou v pořadí dotazníku a nejsou vzájemně seřazeny; srovnatelná města jsou v pořadí podle podobnosti s městem { $city }, ne podle svých odpovědí.
opinion-peers-intro = { $count ->
    [one] Srovnatelné město je { $count } město nejpodobnější městu { $city } podle kritérií: { $features }, z měst, která šetření zahrnulo (srovnatelná města na profilu mohou být jiná).
    [few] Srovnatelná města jsou { $count } města nejpodobnější městu { $city } podle kritérií: { $features }, z měst, která šetření zahrnulo (srovnatelná města na profilu mohou být jiná).
    [many] Srovnatelná města jsou { $count } města nejpodobnějšího městu { $city } podle kritérií: { $features }, z měst, která šetření zahrnulo (srovnatelná města na profilu mohou být jiná).
   *[other] Srovnatelná města jsou { $count } měst nejpodobnějších městu { $city } podle kritérií: { $features }, z měst, která šetření zahrnulo (srovnatelná města na profilu mohou být jiná).
}
opinion-peers-none = Město { $city } nemá srovnatelná města: jeho profilu chybějí údaje, podle nichž by se našla.
opinion-method-title = Jak číst údaje
opinion-method-base = Každý podíl je vážený podíl šetření na všech respondentech včetně těch, kdo nevěděli nebo neodpověděli (uvedeni ve vlastním sloupci); počet respondentů je nevážený.
opinion-method-interval = Intervaly jsou 95% intervaly na logitové škále. Šetření zveřejňuje vážené podíly a nevážený počet respondentů, nikoli své váhy, proto každý interval zachází s podílem, jako by pocházel z prostého náhodného výběru stejného počtu respondentů. Designový efekt vážení není zveřejněn: intervaly jsou užší, než by měly být, o jeho druhou odmocninu.
opinion-method-difference = Podíl srovnatelného města je označen jako vyšší nebo nižší, když oboustranný test jeho rozdílu od podílu města (z = rozdíl ÷ √(SE₁² + SE₂²)) dá p pod 5 %; jinak není zřetelný rozdíl.
opinion-caption = Podíl odpovědí „{ $answer }“ ({ $variable }). Zdroj: { $source }.
opinion-col-city = Město
opinion-col-share = „{ $answer }“ (%)
opinion-col-interval = 95% interval (%)
opinion-col-n = Respondenti
opinion-col-dont-know = Neví nebo bez odpovědi (%)
opinion-col-compared = Ve srovnání s městem { $city }
opinion-col-source = Zdroj
opinion-this-city = samo město
opinion-not-surveyed = nezahrnuto do šetření
opinion-no-survey = Město { $city } nepatřilo mezi města šetření: nemá vlastní údaje a srovnatelná města s ním nelze porovnat.
opinion-no-comparison = bez srovnání
opinion-interval = { $lower } – { $upper }
opinion-verdict-higher = vyšší ({ $points } procentního bodu, { $p })
opinion-verdict-lower = nižší ({ $points } procentního bodu, { $p })
opinion-verdict-none = bez zřetelného rozdílu ({ $points } procentního bodu, { $p })
opinion-p = p = { $p }
opinion-p-below = p < { $p }
opinion-back = Zpět na profil města { $city }

# On the city's profile, in place of the survey's answer rows.
opinion-profile-heading = Veřejné mínění (šetření o kvalitě života)
opinion-profile-caption = Co obyvatelé města { $city } odpověděli v šetření Kvalita života v evropských městech 2023, s 95% intervaly podle počtu respondentů.
opinion-profile-col-question = Otázka a započtená odpověď
opinion-profile-col-share = Podíl (%)
opinion-profile-col-peers = Podíly srovnatelných měst oproti tomuto městu
opinion-profile-peers = { $compared ->
    [one] z 1 srovnatelného města: { $higher } vyšší, { $lower } nižší, { $same } bez zřejmého rozdílu
   *[other] z { $compared } srovnatelných měst: { $higher } vyšší, { $lower } nižší, { $same } bez zřejmého rozdílu
}
opinion-profile-more = Každý údaj s hodnotami srovnatelných měst a testy: veřejné mínění ve městě { $city }.
opinion-profile-downloads = Odpovědi na ostatní otázky šetření jsou ke stažení níže.
