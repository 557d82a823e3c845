//! Writes the Chinese and Thai catalogs the wasm fetches (see [`super::catalog`]) from the text
//! tables, which stay the one source of every text (native builds only). `make i18n` writes
//! `src/web/i18n/*.json`; a test fails while a committed catalog differs from the tables.

use serde_json::{Map, Value};

use super::catalog::TableId;
use super::{
    Cx, DecideText, EngineText, Hx, Label, LanguageText, Locale, Msg, Rx, StorageText, Ux,
};

/// Every text table: its catalog id and its texts (English, Simplified Chinese, Thai).
macro_rules! tables {
    ($($table:ty),* $(,)?) => {
        vec![$((<$table>::CATALOG, <$table>::TEXTS),)*]
    };
}

/// The text tables that the catalogs carry. A new `text_table!` is added here (a test fails
/// until it is), then `make i18n` rewrites the catalogs.
pub fn tables() -> Vec<(TableId, &'static [[&'static str; 3]])> {
    tables![
        Msg,
        Label,
        Hx,
        LanguageText,
        Cx,
        DecideText,
        EngineText,
        StorageText,
        Rx,
        Ux
    ]
}

/// The directory of the committed catalogs, relative to the crate root; Trunk copies it to
/// `dist/i18n`.
pub const CATALOG_DIR: &str = "src/web/i18n";

/// The catalog of `locale` (Chinese or Thai) as the JSON file holds it, final newline included.
pub fn catalog_json(locale: Locale) -> String {
    let column = locale as usize;
    let mut tables = Map::new();
    for (id, texts) in self::tables() {
        let mut table = Map::new();
        table.insert("fingerprint".into(), id.fingerprint_hex().into());
        table.insert(
            "texts".into(),
            texts.iter().map(|t| Value::from(t[column])).collect(),
        );
        tables.insert(id.name.into(), Value::Object(table));
    }
    let rationales: Map<String, Value> = super::rationales::TABLE
        .iter()
        .map(|(id, zh, th)| {
            let text = if locale == Locale::Th { th } else { zh };
            ((*id).to_owned(), Value::from(*text))
        })
        .collect();
    let mut catalog = Map::new();
    catalog.insert("locale".into(), locale.tag().into());
    catalog.insert("rationales".into(), Value::Object(rationales));
    catalog.insert("tables".into(), Value::Object(tables));
    let mut json = serde_json::to_string_pretty(&Value::Object(catalog)).unwrap_or_default();
    json.push('\n');
    json
}

/// The locales that have a catalog.
pub const TRANSLATED: [Locale; 2] = [Locale::ZhHans, Locale::Th];

#[cfg(test)]
mod tests {
    use super::super::catalog::{self, install, is_ready};
    use super::*;
    use std::path::{Path, PathBuf};

    fn catalog_file(locale: Locale) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(CATALOG_DIR)
            .join(format!("{}.json", locale.tag()))
    }

    /// `make i18n` runs this test with `TRUECOST_WRITE_I18N=1`: it writes the catalogs.
    /// Otherwise it fails while a committed catalog is not what the tables say.
    #[test]
    fn committed_catalogs_match_the_text_tables() {
        let write = std::env::var_os("TRUECOST_WRITE_I18N").is_some();
        for locale in TRANSLATED {
            let want = catalog_json(locale);
            let file = catalog_file(locale);
            if write {
                std::fs::create_dir_all(file.parent().expect("dir")).expect("create dir");
                std::fs::write(&file, &want).expect("write catalog");
            }
            let have = std::fs::read_to_string(&file).unwrap_or_default();
            assert!(
                have == want,
                "{} is stale (the text tables changed): run `make i18n`",
                file.display()
            );
        }
    }

    /// Names of the `text_table!` invocations in the modules of `src/i18n/` that `mod.rs`
    /// declares (a file that is not compiled has no table).
    fn declared_tables() -> Vec<String> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n");
        let root = std::fs::read_to_string(dir.join("mod.rs")).expect("read mod.rs");
        let mut names = Vec::new();
        for entry in std::fs::read_dir(&dir).expect("read src/i18n") {
            let path = entry.expect("entry").path();
            let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
                continue;
            };
            let declared = root.lines().any(|l| {
                let l = l.trim().trim_start_matches("pub ");
                l == format!("mod {stem};")
            });
            if !declared || path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("read source");
            let mut lines = text.lines().map(str::trim);
            while lines.any(|l| l == concat!("text_table", "! {")) {
                // The name follows the table's doc comment and attributes: `Msg;`.
                let name = lines
                    .find(|l| !l.is_empty() && !l.starts_with("///") && !l.starts_with("#["))
                    .and_then(|l| l.strip_suffix(';'))
                    .unwrap_or("?");
                names.push(name.to_owned());
            }
        }
        names
    }

    #[test]
    fn every_text_table_is_in_the_catalogs() {
        let declared = declared_tables();
        let listed: Vec<&str> = tables().iter().map(|(id, _)| id.name).collect();
        assert!(declared.len() >= 3, "found the tables: {declared:?}");
        for name in &declared {
            assert!(
                listed.contains(&name.as_str()),
                "text table {name} is not in the catalogs: add it to tables() in \
                 src/i18n/catalog_gen.rs, then run `make i18n`"
            );
        }
        let mut fingerprints: Vec<u64> = tables().iter().map(|(id, _)| id.fingerprint).collect();
        fingerprints.sort_unstable();
        fingerprints.dedup();
        assert_eq!(
            fingerprints.len(),
            listed.len(),
            "two tables share a fingerprint"
        );
    }

    #[test]
    fn every_text_is_written_in_every_language() {
        for (id, texts) in tables() {
            for (i, row) in texts.iter().enumerate() {
                for (text, locale) in row.iter().zip(Locale::ALL) {
                    assert!(
                        !text.trim().is_empty(),
                        "{}[{i}] is empty in {locale:?}",
                        id.name
                    );
                }
            }
        }
    }

    /// The wasm's path: a fetched catalog installed, then every text read through it.
    #[test]
    fn an_installed_catalog_gives_every_translated_text() {
        for locale in TRANSLATED {
            install(locale, &catalog_json(locale)).expect("installs");
            assert!(is_ready(locale));
            for (id, texts) in tables() {
                for (i, row) in texts.iter().enumerate() {
                    let got = catalog::text(&id, i, row[0], locale);
                    assert_eq!(got, row[locale as usize], "{}[{i}] in {locale:?}", id.name);
                    assert_eq!(catalog::text(&id, i, row[0], Locale::En), row[0]);
                }
            }
            for (id, zh, th) in super::super::rationales::TABLE {
                let want = if locale == Locale::Th { th } else { zh };
                assert_eq!(catalog::rationale(id, locale), Some(*want));
            }
            assert_eq!(catalog::rationale("no.such.rule", locale), None);
        }
    }

    #[test]
    fn a_table_written_for_other_texts_falls_back_to_english() {
        // A table whose keys or English differ has another fingerprint: its entries are not
        // looked up in the catalog, whatever it holds.
        let changed = TableId::new("Msg", &["AppName", "CRM TrueCost (changed)"]);
        assert_ne!(changed, Msg::CATALOG);
        assert_ne!(
            TableId::new("Msg", &["AppName", "x"]),
            TableId::new("Msg", &["AppNam", "ex"]),
            "key and text boundaries count"
        );
        install(Locale::ZhHans, &catalog_json(Locale::ZhHans)).expect("installs");
        assert_eq!(
            catalog::text(&changed, 0, "English", Locale::ZhHans),
            "English"
        );
        assert_eq!(
            catalog::text(&Msg::CATALOG, 9999, "English", Locale::ZhHans),
            "English"
        );
    }

    #[test]
    fn malformed_catalogs_are_refused() {
        let th = catalog_json(Locale::Th);
        // Installing for the wrong locale, English, or broken JSON is an error (and so the
        // interface stays in the language it is in).
        for (locale, json) in [
            (Locale::ZhHans, th.as_str()),
            (Locale::En, th.as_str()),
            (Locale::Th, "{\"locale\":\"th\""),
            (Locale::Th, "{\"locale\":\"th\"}"),
            (
                Locale::Th,
                "{\"locale\":\"th\",\"tables\":{\"Msg\":{\"texts\":[]}}}",
            ),
            (
                Locale::Th,
                "{\"locale\":\"th\",\"tables\":{\"Msg\":{\"fingerprint\":\"00\",\"texts\":[1]}}}",
            ),
        ] {
            assert!(
                matches!(
                    install(locale, json),
                    Err(catalog::CatalogError::Malformed(_))
                ),
                "{locale:?} {json:.60}"
            );
        }
    }
}
