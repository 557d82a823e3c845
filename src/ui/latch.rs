//! When a part loaded on demand is mounted: from the first moment its condition holds, and from
//! then on (a part once shown is not unloaded when the condition passes).

use leptos::prelude::*;

/// `true` from the first time `condition` is true, for good.
pub fn latch(condition: impl Fn() -> bool + Send + Sync + 'static) -> Memo<bool> {
    Memo::new(move |before: Option<&bool>| before.copied().unwrap_or(false) || condition())
}
