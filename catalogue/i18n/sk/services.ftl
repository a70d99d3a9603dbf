# "Využívanie mestských služieb" v profile mesta: čo odbory hlásia šablónou o využívaní
# služieb, na 1 000 obyvateľov každej skupiny.

services-title = Využívanie mestských služieb
services-intro = Používatelia každej služby, ako ich hlásia odbory mesta, na 1 000 obyvateľov skupiny. Rozdiel je odchýlka od narodených v krajine (podľa krajiny narodenia) alebo od štátnych občanov (podľa občianstva). Spočítaní sú všetci používatelia, nie vzorka: miery nemajú výberovú chybu. Obyvateľstvo je z roku daného obdobia alebo z posledného roka pred ním (v zátvorke).
services-col-group = Skupina
services-col-users = Používatelia
services-col-population = Obyvateľstvo
services-col-rate = Na 1 000
services-col-gap = Rozdiel
services-no-population = nie je známe
services-source = Zdroj: { $source }.
