// The recovery panel: what the page shows when the app stops (a Rust panic — the panic hook in
// src/main.rs calls window.truecostRecover() — a wasm trap, or a start that failed). It works
// without the wasm: plain DOM, no inline handlers (CSP), and "Download my scenarios" reads
// localStorage raw, so the saved data can be taken away even when the app cannot read it.
(() => {
  const TEXTS = {
    en: {
      title: "Something went wrong",
      body: "CRM TrueCost stopped because of an error. Your saved scenarios are still in this browser: download them to keep a copy, then reload the page.",
      download: "Download my scenarios",
      reload: "Reload",
      none: "No saved scenarios were found in this browser.",
      failed: "This browser's storage could not be read.",
    },
    "zh-Hans": {
      title: "出错了",
      body: "CRM TrueCost 因错误而停止。你保存的方案仍在此浏览器中：请先下载保存一份副本，然后重新加载页面。",
      download: "下载我的方案",
      reload: "重新加载",
      none: "此浏览器中没有找到已保存的方案。",
      failed: "无法读取此浏览器的存储。",
    },
    th: {
      title: "เกิดข้อผิดพลาด",
      body: "CRM TrueCost หยุดทำงานเนื่องจากข้อผิดพลาด สถานการณ์ที่บันทึกไว้ยังอยู่ในเบราว์เซอร์นี้ กรุณาดาวน์โหลดเก็บสำเนาไว้ แล้วโหลดหน้าใหม่",
      download: "ดาวน์โหลดสถานการณ์ของฉัน",
      reload: "โหลดใหม่",
      none: "ไม่พบสถานการณ์ที่บันทึกไว้ในเบราว์เซอร์นี้",
      failed: "ไม่สามารถอ่านที่จัดเก็บของเบราว์เซอร์นี้ได้",
    },
  };
  const PREFIX = "crm-truecost";

  function texts() {
    const lang = (document.documentElement.lang || "en").toLowerCase();
    return TEXTS[lang.startsWith("zh") ? "zh-Hans" : lang.startsWith("th") ? "th" : "en"];
  }

  // Every stored value of the app, exactly as stored (strings), by key.
  function storedValues() {
    const values = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key !== null && key.startsWith(PREFIX)) values[key] = localStorage.getItem(key);
    }
    return values;
  }

  function download(status) {
    const t = texts();
    let values;
    try {
      values = storedValues();
    } catch (e) {
      status.textContent = t.failed;
      return;
    }
    const count = Object.keys(values).length;
    if (count === 0) {
      status.textContent = t.none;
      return;
    }
    const file = JSON.stringify({
      about: "CRM TrueCost: every value it stored in this browser, exactly as stored (localStorage key → text).",
      saved_at: new Date().toISOString(),
      page: location.origin + location.pathname,
      values,
    }, null, 2);
    const url = URL.createObjectURL(new Blob([file], { type: "application/json" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = `crm-truecost-scenarios-${new Date().toISOString().slice(0, 10)}.json`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  function button(text, testid, onClick) {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = text;
    b.dataset.testid = testid;
    b.addEventListener("click", onClick);
    return b;
  }

  function show() {
    if (document.getElementById("recovery")) return;
    const t = texts();
    const panel = document.createElement("div");
    panel.id = "recovery";
    panel.className = "recovery";
    panel.setAttribute("role", "alertdialog");
    panel.setAttribute("aria-labelledby", "recovery-title");
    panel.dataset.testid = "recovery";
    const box = document.createElement("div");
    box.className = "recovery-box";
    const title = document.createElement("h2");
    title.id = "recovery-title";
    title.textContent = t.title;
    const body = document.createElement("p");
    body.textContent = t.body;
    const status = document.createElement("p");
    status.className = "recovery-status";
    status.setAttribute("role", "status");
    const actions = document.createElement("div");
    actions.className = "actions";
    const save = button(t.download, "recovery-download", () => download(status));
    save.className = "primary";
    actions.append(save, button(t.reload, "recovery-reload", () => location.reload()));
    box.append(title, body, actions, status);
    panel.append(box);
    (document.body || document.documentElement).append(panel);
    save.focus();
  }

  window.truecostRecover = show;
  // A panic aborts the wasm with a trap ("unreachable"), which surfaces here.
  const isTrap = (e) => typeof WebAssembly === "object" && e instanceof WebAssembly.RuntimeError;
  window.addEventListener("error", (ev) => { if (isTrap(ev.error)) show(); });
  window.addEventListener("unhandledrejection", (ev) => { if (isTrap(ev.reason)) show(); });
})();
