//! Prints the catalogue's texts as (key, English) TSV, for translators:
//! `cargo run -p catalogue --example texts`.

fn main() {
    let cat = catalogue::Catalogue::embedded().expect("the built-in catalogue is valid");
    for (k, v) in cat.texts() {
        println!("{k}\t{}", v.replace('\n', " "));
    }
}
