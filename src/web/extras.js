// CRM TrueCost: what the page does besides the app (a deferred script; a file, not inline, for
// the Content-Security-Policy). None of it needs the wasm:
//   1. warms up Intl.NumberFormat (its ICU data takes tens of ms to load) while the wasm downloads;
//   2. offers "Reload for the new version" when the service worker has cached a new deploy, and
//      a reload when a part loaded on demand could not be fetched;
//   3. closes an open "i" explanation with Escape and gives the focus back to its button;
//   4. in an embed (<html class="embed">), posts the page's height to the parent window.
(() => {
  const root = document.documentElement;

  // 1. Intl warm-up, in the language the page opens in (prepaint.js set <html lang>).
  // One task per format, none during this script's own evaluation (which shares its task with
  // the page's load events): plain numbers (the locale's ICU data), money, percentages.
  const lang = root.lang || "en";
  const formats = [
    [{}, 1234.5],
    [{ style: "currency", currency: "USD", maximumFractionDigits: 0 }, 1234.5],
    [{ style: "percent", maximumFractionDigits: 1 }, 0.25],
  ];
  const warmNext = () => {
    const next = formats.shift();
    if (!next) return;
    try {
      new Intl.NumberFormat(lang, next[0]).format(next[1]);
    } catch (e) {
      /* the app formats without it */
    }
    setTimeout(warmNext, 0);
  };
  setTimeout(warmNext, 0);

  // 2. A new version. sw.js installs a new deploy in the background and takes over open pages
  // (skipWaiting + clients.claim). When that happens and this page's own code is not in the new
  // cache (the old cache is deleted on activation), the page runs an old version: offer a reload.
  const prompt = document.getElementById("update");
  if ("serviceWorker" in navigator && prompt) {
    // The first worker taking over an uncontrolled page is no new version; a later change is.
    let controlled = !!navigator.serviceWorker.controller;
    const ownCode = () => {
      const link = document.querySelector('link[rel="modulepreload"][href$=".js"]');
      const app = document.getElementById("truecost-app");
      const src = (link && link.href) || (app && app.dataset.js);
      return src ? new URL(src, location.href).href : null;
    };
    // The new worker controls the page from the start of its activation, before its activate
    // step has deleted the old cache: wait for "activated".
    const activated = (w) => new Promise((done) => {
      if (!w || w.state === "activated") return done();
      w.addEventListener("statechange", () => { if (w.state === "activated") done(); });
    });
    const check = async () => {
      await activated(navigator.serviceWorker.controller);
      const code = ownCode();
      if (!code || !("caches" in window)) return;
      const stillCurrent = await caches.match(code);
      if (!stillCurrent) {
        prompt.hidden = false;
        root.dataset.update = "ready";
      }
    };
    navigator.serviceWorker.addEventListener("controllerchange", () => {
      if (controlled) check().catch(() => {});
      controlled = true;
    });
    document.getElementById("update-reload")?.addEventListener("click", () => location.reload());
    // Look for a new deploy when the page comes back to the foreground, at most hourly.
    let lastCheck = Date.now();
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState !== "visible" || Date.now() - lastCheck < 3600e3) return;
      lastCheck = Date.now();
      navigator.serviceWorker.getRegistration().then((r) => r && r.update()).catch(() => {});
    });
  }

  // 2b. A part loaded on demand whose code could not be fetched (src/web/split_chunks.mjs makes
  // the chunk loader send this event instead of stopping the app): say so, offer a reload.
  const failed = document.getElementById("chunk-failed");
  if (failed) {
    window.addEventListener("truecost-chunk-failed", () => { failed.hidden = false; });
    document.getElementById("chunk-reload")?.addEventListener("click", () => location.reload());
  }

  // 3. Escape closes the explanation ("i") of the field the focus is in, or the last one opened.
  document.addEventListener("keydown", (ev) => {
    if (ev.key !== "Escape" || ev.defaultPrevented) return;
    const open = [...document.querySelectorAll('button.info[aria-expanded="true"]')];
    if (open.length === 0) return;
    const here = ev.target instanceof Element ? ev.target.closest(".field") : null;
    const button = open.find((b) => here && here.contains(b)) || open[open.length - 1];
    button.click();
    button.focus();
    ev.preventDefault();
  });

  // 4. Embed: tell the parent our height whenever it changes. Only this message is ever sent;
  // the embed listens to no message and never touches the parent's document.
  if (root.classList.contains("embed") && window.parent !== window && "ResizeObserver" in window) {
    let last = -1;
    const post = () => {
      const height = Math.ceil(document.body.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: "crm-truecost:height", height }, "*");
    };
    const start = () => {
      new ResizeObserver(post).observe(document.body);
      post();
    };
    if (document.body) start();
    else document.addEventListener("DOMContentLoaded", start);
  }
})();
