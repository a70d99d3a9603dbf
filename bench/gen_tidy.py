"""Writes N rows of tidy CSV (Year, geo, sex, citizenship, age, Value) for the import
benchmark: 2,000 places x 24 years x 2 sexes x 3 citizenship groups x 7 age bands
cycle, so keys are unique up to 2,016,000 rows. Usage: gen_tidy.py N FILE"""
import sys

n, path = int(sys.argv[1]), sys.argv[2]
sexes = ["F", "M"]
cits = ["NAT", "EU27_2020_FOR", "NEU27_2020_FOR"]
with open(path, "w") as f:
    f.write("Year,geo,sex,citizenship,age,Value\n")
    for i in range(n):
        a = i % 7
        s = (i // 7) % 2
        c = (i // 14) % 3
        y = (i // 42) % 24
        g = (i // 1008) % 2000
        f.write(f"{2000 + y},XX{g:04d}C,{sexes[s]},{cits[c]},Y{15 + 5 * a}-{19 + 5 * a},{(i * 7919) % 100000 / 10}\n")
