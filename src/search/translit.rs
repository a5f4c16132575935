//! Cyrillic to Latin in Polish spelling, so a Polish term typed in Cyrillic (`карта побыту`,
//! `песель`) meets the Polish words that guides in every language quote (`karta pobytu`, PESEL).
//! Not a standard romanisation: a bridge to what Polish offices write.

/// The Latin spelling of an all-Cyrillic word, or `None` when the word has other letters.
pub fn to_polish_latin(word: &str, lang: &str) -> Option<String> {
    let mut out = String::with_capacity(word.len());
    let mut cyrillic = false;
    for c in word.chars().flat_map(char::to_lowercase) {
        let s = match c {
            'а' => "a",
            'б' => "b",
            'в' => "w",
            'г' => {
                if lang == "ru" {
                    "g"
                } else {
                    "h"
                }
            }
            'ґ' => "g",
            'д' => "d",
            'е' => {
                if lang == "uk" {
                    "e"
                } else {
                    "je"
                }
            }
            'є' => "je",
            'ё' => "jo",
            'ж' => "ż",
            'з' => "z",
            'и' => {
                if lang == "uk" {
                    "y"
                } else {
                    "i"
                }
            }
            'і' => "i",
            'ї' => "ji",
            'й' => "j",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' => "u",
            'ў' => "u",
            'ф' => "f",
            'х' => "ch",
            'ц' => "c",
            'ч' => "cz",
            'ш' => "sz",
            'щ' => "szcz",
            'ъ' | 'ь' | '\'' | '’' => "",
            'ы' => "y",
            'э' => "e",
            'ю' => "ju",
            'я' => "ja",
            c if c.is_ascii_digit() => {
                out.push(c);
                continue;
            }
            _ => return None,
        };
        cyrillic = true;
        out.push_str(s);
    }
    cyrillic.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::to_polish_latin;

    #[test]
    fn polish_terms_typed_in_cyrillic() {
        assert_eq!(to_polish_latin("карта", "uk").as_deref(), Some("karta"));
        assert_eq!(to_polish_latin("побиту", "uk").as_deref(), Some("pobytu"));
        assert_eq!(to_polish_latin("побыту", "ru").as_deref(), Some("pobytu"));
        assert_eq!(to_polish_latin("песель", "uk").as_deref(), Some("pesel"));
        assert_eq!(to_polish_latin("PESEL", "uk"), None);
        assert_eq!(to_polish_latin("", "uk"), None);
    }
}
