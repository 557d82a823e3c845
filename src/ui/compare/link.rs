//! Compare links: 2–4 scenarios and the chosen baseline in one URL fragment,
//! `#c=<baseline>~<part>~<part>…`, where each part is exactly the payload of a share link
//! (`2.<base64url of raw-deflated JSON>`, or `1.<…>` where the browser cannot compress) — so
//! every part is packed, bounded and validated by the share-link code ([`crate::share`]), and a
//! part that is damaged or too large is named on its own while the others still open.
//!
//! Pure: framing and bounds only. A fragment longer than [`MAX_COMPARE_FRAGMENT`] is refused
//! before anything is split; each part is then bounded by [`MAX_FRAGMENT`] like a share link.

use std::fmt;

use truecost_model::Scenario;
use truecost_model::compare::MAX_OPTIONS;

use crate::share::{self, MAX_FRAGMENT, ShareError, UnpackError};

/// The fragment's key: `c=`.
const PREFIX: &str = "c=";
/// The key of a share fragment, which every part of a compare link omits.
const SHARE_PREFIX: &str = "s=";
/// Between the baseline and the parts.
const SEP: char = '~';

/// The longest compare fragment read or made: four parts at the share-link limit, their
/// separators and the baseline.
pub const MAX_COMPARE_FRAGMENT: usize = MAX_OPTIONS * (MAX_FRAGMENT + 1) + 8;

/// Why a fragment is not a readable compare link as a whole (a single bad part is not an
/// error here: it is reported per part).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// The fragment does not start with `c=`.
    NotACompareLink,
    /// Longer than [`MAX_COMPARE_FRAGMENT`]; nothing was split or decoded.
    TooLong {
        /// The fragment's length.
        len: usize,
        /// [`MAX_COMPARE_FRAGMENT`].
        max: usize,
    },
    /// Fewer than 1 or more than [`MAX_OPTIONS`] parts.
    Count {
        /// How many parts the link holds.
        given: usize,
    },
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::NotACompareLink => f.write_str("this is not a compare link"),
            LinkError::TooLong { len, max } => write!(
                f,
                "the compare link is too long ({len} characters; at most {max} are read)"
            ),
            LinkError::Count { given } => write!(
                f,
                "the compare link holds {given} options; a comparison has 2 to {MAX_OPTIONS}"
            ),
        }
    }
}

/// A compare link read into its baseline and its parts, each a share fragment (`s=…`) to be
/// decoded on its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parts {
    /// The baseline's index among the parts (0 when the link's is missing or out of range).
    pub baseline: usize,
    /// One share fragment per option, in order.
    pub fragments: Vec<String>,
}

/// The compare fragment (without `#`) of these share fragments (each as
/// [`share::frame_link`] makes it, `s=…`) with option `baseline` as the baseline.
pub fn frame(baseline: usize, share_fragments: &[String]) -> Result<String, LinkError> {
    if share_fragments.is_empty() || share_fragments.len() > MAX_OPTIONS {
        return Err(LinkError::Count {
            given: share_fragments.len(),
        });
    }
    let mut out = format!("{PREFIX}{baseline}");
    for part in share_fragments {
        out.push(SEP);
        out.push_str(part.strip_prefix(SHARE_PREFIX).unwrap_or(part));
    }
    if out.len() > MAX_COMPARE_FRAGMENT {
        return Err(LinkError::TooLong {
            len: out.len(),
            max: MAX_COMPARE_FRAGMENT,
        });
    }
    Ok(out)
}

/// Reads a compare fragment (with or without `#`): its baseline and one share fragment per
/// part. Nothing is split from a fragment longer than [`MAX_COMPARE_FRAGMENT`].
pub fn unframe(fragment: &str) -> Result<Parts, LinkError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.len() > MAX_COMPARE_FRAGMENT {
        return Err(LinkError::TooLong {
            len: fragment.len(),
            max: MAX_COMPARE_FRAGMENT,
        });
    }
    let rest = fragment
        .strip_prefix(PREFIX)
        .ok_or(LinkError::NotACompareLink)?;
    let mut pieces = rest.split(SEP);
    let baseline = pieces.next().and_then(|b| b.parse::<usize>().ok());
    let fragments: Vec<String> = pieces.map(|p| format!("{SHARE_PREFIX}{p}")).collect();
    if fragments.is_empty() || fragments.len() > MAX_OPTIONS {
        return Err(LinkError::Count {
            given: fragments.len(),
        });
    }
    let baseline = baseline.filter(|b| *b < fragments.len()).unwrap_or(0);
    Ok(Parts {
        baseline,
        fragments,
    })
}

/// What a compare link opens: the baseline and, per part, its scenario or why it could not be
/// read.
pub type Opened = (usize, Vec<Result<Scenario, ShareError>>);

/// Reads a compare fragment with a synchronous unpacker (as [`share::decode_with`]); the page
/// does the same per part asynchronously.
pub fn decode_with(
    fragment: &str,
    unpack: impl Fn(&[u8], usize) -> Result<Vec<u8>, UnpackError>,
) -> Result<Opened, LinkError> {
    let parts = unframe(fragment)?;
    let scenarios = parts
        .fragments
        .iter()
        .map(|f| share::decode_with(f, &unpack))
        .collect();
    Ok((parts.baseline, scenarios))
}

/// The baseline to use once some parts could not be read: the link's own when it opened, else
/// the first that did (indices are among the readable parts).
pub fn readable_baseline<T, E>(baseline: usize, parts: &[Result<T, E>]) -> usize {
    if parts.get(baseline).is_some_and(Result::is_ok) {
        parts[..baseline].iter().filter(|p| p.is_ok()).count()
    } else {
        0
    }
}

// Native only: packing uses miniz_oxide, a native dev-dependency (the wasm has none).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use truecost_model::{Count, CurrencyCode, template};

    fn pack(bytes: &[u8]) -> Option<Vec<u8>> {
        Some(miniz_oxide::deflate::compress_to_vec(bytes, 9))
    }

    fn unpack(bytes: &[u8], limit: usize) -> Result<Vec<u8>, UnpackError> {
        use miniz_oxide::inflate::{TINFLStatus, decompress_to_vec_with_limit};
        decompress_to_vec_with_limit(bytes, limit).map_err(|e| match e.status {
            TINFLStatus::HasMoreOutput => UnpackError::OverLimit,
            _ => UnpackError::Corrupt,
        })
    }

    fn options() -> Vec<Scenario> {
        let mut a = template("small-team-saas").expect("template");
        a.name = "Vendor A ~ 中文".into();
        let mut b = template("mid-size-on-premise").expect("template");
        b.name = "Vendor B".into();
        let mut c = template("default").expect("template");
        c.organisation.users = Count::new(25).expect("users");
        c.name = "Vendor C".into();
        vec![a, b, c]
    }

    fn link(baseline: usize, scenarios: &[Scenario]) -> String {
        let parts: Vec<String> = scenarios
            .iter()
            .map(|s| share::encode_with(s, pack).expect("fits"))
            .collect();
        frame(baseline, &parts).expect("fits")
    }

    #[test]
    fn every_option_and_the_baseline_round_trip() {
        let scenarios = options();
        let fragment = link(2, &scenarios);
        assert!(fragment.starts_with("c=2~2."), "{fragment}");
        let (baseline, opened) = decode_with(&format!("#{fragment}"), unpack).expect("opens");
        assert_eq!(baseline, 2);
        let opened: Vec<Scenario> = opened.into_iter().map(|r| r.expect("part")).collect();
        assert_eq!(opened, scenarios);
        // Plain parts (a browser that cannot compress) open too.
        let plain: Vec<String> = scenarios
            .iter()
            .map(|s| share::encode_with(s, |_| None).expect("fits"))
            .collect();
        let (_, opened) = decode_with(&frame(0, &plain).expect("fits"), unpack).expect("opens");
        assert!(opened.iter().all(Result::is_ok));
    }

    #[test]
    fn a_damaged_part_is_named_and_the_others_still_open() {
        let scenarios = options();
        let fragment = link(0, &scenarios);
        let mut pieces: Vec<&str> = fragment.split('~').collect();
        let cut = &pieces[2][..pieces[2].len() / 2];
        pieces[2] = cut;
        let damaged = pieces.join("~");
        let (_, opened) = decode_with(&damaged, unpack).expect("the link as a whole opens");
        assert_eq!(opened.len(), 3);
        assert_eq!(opened[0].as_ref().ok(), Some(&scenarios[0]));
        assert!(opened[1].is_err(), "the second part is damaged");
        assert_eq!(opened[2].as_ref().ok(), Some(&scenarios[2]));
        // The baseline among the readable ones: option 3 is the 2nd readable.
        assert_eq!(readable_baseline(2, &opened), 1);
        assert_eq!(
            readable_baseline(1, &opened),
            0,
            "a broken baseline falls back"
        );
    }

    #[test]
    fn an_oversized_part_is_refused_alone() {
        let scenarios = options();
        let fragment = link(1, &scenarios[..2]);
        let huge = format!("{fragment}~2.{}", "A".repeat(MAX_FRAGMENT + 10));
        assert!(huge.len() <= MAX_COMPARE_FRAGMENT);
        let (baseline, opened) = decode_with(&huge, unpack).expect("opens");
        assert_eq!(baseline, 1);
        assert!(opened[0].is_ok() && opened[1].is_ok());
        assert!(matches!(opened[2], Err(ShareError::TooLong { .. })));
    }

    #[test]
    fn links_out_of_bounds_are_refused_whole() {
        assert_eq!(unframe("#s=2.abc"), Err(LinkError::NotACompareLink));
        assert_eq!(unframe(""), Err(LinkError::NotACompareLink));
        assert_eq!(unframe("c=0"), Err(LinkError::Count { given: 0 }));
        let five = format!("c=0{}", "~1.e30".repeat(5));
        assert_eq!(unframe(&five), Err(LinkError::Count { given: 5 }));
        let long = format!("c=0~1.{}", "A".repeat(MAX_COMPARE_FRAGMENT));
        assert!(matches!(unframe(&long), Err(LinkError::TooLong { .. })));
        assert!(matches!(
            frame(0, &vec!["s=1.e30".to_string(); 5]),
            Err(LinkError::Count { given: 5 })
        ));
        // A missing or impossible baseline is the first option.
        assert_eq!(unframe("c=x~1.e30~1.e30").map(|p| p.baseline), Ok(0));
        assert_eq!(unframe("c=7~1.e30~1.e30").map(|p| p.baseline), Ok(0));
        // One readable option still opens (the page then says there is nothing to compare).
        let (_, one) = decode_with("c=0~1.e30", unpack).expect("opens");
        assert_eq!(one, vec![Ok(Scenario::default())]);
    }

    #[test]
    fn an_invalid_part_says_which_field() {
        let euro = Scenario {
            currency: CurrencyCode::new("EUR").expect("code"),
            ..Scenario::default()
        };
        let good = share::encode_with(&euro, pack).expect("fits");
        // A hand-made part with a negative user count.
        let mut invalid = String::from("s=1.");
        invalid.push_str("eyJvcmdhbmlzYXRpb24iOnsidXNlcnMiOi00fX0"); // {"organisation":{"users":-4}}
        let (_, opened) =
            decode_with(&frame(0, &[good, invalid]).expect("fits"), unpack).expect("opens");
        assert!(opened[0].is_ok());
        match &opened[1] {
            Err(ShareError::Invalid(e)) => assert!(e.to_string().contains("organisation.users")),
            other => panic!("expected an invalid part, got {other:?}"),
        }
    }
}
