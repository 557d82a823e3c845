// CRM TrueCost, before the first paint (a classic script in <head>, so it runs before the body
// is drawn; a file, not inline, for the Content-Security-Policy). It decides three things on
// <html> that the stylesheet and the static masthead of index.html read at once:
//   data-theme="light|dark"  the remembered toggle (localStorage "crm-truecost.theme"), else
//                            the system's prefers-color-scheme; follows the system live while
//                            nothing is remembered. A click on any [data-theme-toggle] flips it.
//   class="embed"            ?embed or #embed in the address (any value: a malformed one is
//                            still the normal embed); see README "Embedding".
//   lang                     the language the app will open in: ?lang= / #lang= in an embed,
//                            else the saved setting, else the browser's languages; the static
//                            texts in index.html show the span of that language.
// Nothing here is needed for the app to work: storage that throws is treated as empty.
(() => {
  const root = document.documentElement;
  const THEME_KEY = "crm-truecost.theme";
  const read = (key) => {
    try {
      return localStorage.getItem(key);
    } catch (e) {
      return null; // storage blocked (e.g. a sandboxed or partitioned iframe): defaults
    }
  };

  // --- theme
  const system = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;
  let chosen = read(THEME_KEY);
  const theme = () =>
    chosen === "dark" || chosen === "light" ? chosen : system && system.matches ? "dark" : "light";
  const apply = () => {
    const t = theme();
    root.dataset.theme = t;
    for (const b of document.querySelectorAll("[data-theme-toggle]")) {
      b.setAttribute("aria-pressed", String(t === "dark"));
    }
  };
  apply();
  if (system && system.addEventListener) system.addEventListener("change", apply);
  document.addEventListener("click", (ev) => {
    const button = ev.target instanceof Element ? ev.target.closest("[data-theme-toggle]") : null;
    if (!button) return;
    chosen = theme() === "dark" ? "light" : "dark";
    try {
      localStorage.setItem(THEME_KEY, chosen);
    } catch (e) {
      /* not remembered, still switched */
    }
    apply();
  });

  // --- embed mode
  const query = new URLSearchParams(location.search);
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ""));
  const embed = query.has("embed") || fragment.has("embed");
  if (embed) root.classList.add("embed");

  // --- language (mirrors Locale::from_tag / negotiate in src/i18n/mod.rs)
  const fromTag = (tag) => {
    const parts = String(tag || "").trim().toLowerCase().replace(/_/g, "-").split("-");
    if (parts[0] === "en") return "en";
    if (parts[0] === "th") return "th";
    if (parts[0] === "zh") {
      const rest = parts.slice(1);
      const traditional = rest.some((p) => ["hant", "tw", "hk", "mo"].includes(p));
      return rest.includes("hans") || !traditional ? "zh-Hans" : null;
    }
    return null;
  };
  let saved = null;
  try {
    saved = JSON.parse(read("crm-truecost") || "null")?.settings?.locale ?? null;
  } catch (e) {
    saved = null;
  }
  const asked = embed ? fromTag(query.get("lang") || fragment.get("lang")) : null;
  const browser = (navigator.languages || [navigator.language]).map(fromTag).find(Boolean);
  root.lang = asked || fromTag(saved) || browser || "en";
})();
