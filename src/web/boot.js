// Starts CRM TrueCost: registers the service worker and loads the app's wasm. It is a file, not
// an inline script, so the page's Content-Security-Policy allows no inline script at all. The
// names of this build's hashed js and wasm come from the element Trunk writes in their place
// (Trunk.toml `pattern_script`).
if ("serviceWorker" in navigator) {
  // Relative URL: works at / and under any sub-path; the scope is index.html's folder.
  window.addEventListener("load", () => {
    navigator.serviceWorker
      .register("./sw.js", { updateViaCache: "none" })
      .then((r) => { document.documentElement.dataset.sw = r && r.scope ? "registered" : "blocked"; })
      .catch((e) => { document.documentElement.dataset.sw = "failed"; console.warn("service worker:", e); });
  });
}

const app = document.getElementById("truecost-app");
try {
  // The static page (masthead and headline) is painted first: on a slow line the js and wasm
  // never compete with it, and its headline stays the largest paint (LCP). Then both are
  // fetched at once (index.html has no preload for them: Trunk.toml `pattern_preload`).
  await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
  const wasm = fetch(app.dataset.wasm);
  wasm.catch(() => {});
  const { default: init } = await import(app.dataset.js);
  await init({ module_or_path: wasm });
} catch (e) {
  // A failed download or a panic during start: the recovery panel still offers the data.
  console.error("CRM TrueCost stopped:", e);
  window.truecostRecover?.();
}
