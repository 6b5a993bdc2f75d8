// Counterpoint's live reload, added by `counterpoint serve` only (never part of a built site).
// Long-polls the build's status: reloads the page when a new build is ready, and shows the
// problems over the page while the briefing has some (the last good build stays below).
(() => {
  const status = "/__counterpoint/status";
  let version = null;
  let box = null;

  function show(problems) {
    if (!problems) {
      if (box) box.remove();
      box = null;
      return;
    }
    if (!box) {
      box = document.createElement("section");
      box.id = "cp-live-problems";
      box.setAttribute("role", "alert");
      box.setAttribute("aria-label", "Problems in the briefing");
      Object.assign(box.style, {
        position: "fixed", inset: "auto 1rem 1rem 1rem", maxHeight: "60vh", overflow: "auto",
        zIndex: "2147483647", background: "#fff6f5", color: "#5c0b05",
        border: "2px solid #b3261e", borderRadius: "8px", padding: "1rem 1.25rem",
        font: "14px/1.45 ui-monospace, SFMono-Regular, Menlo, monospace",
        boxShadow: "0 8px 24px rgba(0,0,0,.25)",
      });
      document.body.appendChild(box);
    }
    box.replaceChildren();
    const head = document.createElement("strong");
    head.textContent = "The briefing has problems. The page shows the last good build; fix these and it reloads.";
    const pre = document.createElement("pre");
    pre.textContent = problems;
    Object.assign(pre.style, { whiteSpace: "pre-wrap", margin: ".5rem 0 0" });
    box.append(head, pre);
  }

  async function poll() {
    for (;;) {
      try {
        const since = version === null ? "" : `?since=${version}`;
        const reply = await fetch(status + since, { cache: "no-store" });
        const s = await reply.json();
        if (version !== null && s.version !== version && !s.problems) {
          location.reload();
          return;
        }
        version = s.version;
        show(s.problems);
      } catch (e) {
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  }
  // A page Chromium prerenders (Speculation Rules) polls only once shown: its long poll would
  // hold one of the six connections the browser keeps per host while it waits.
  if (document.prerendering) document.addEventListener("prerenderingchange", poll, { once: true });
  else poll();
})();
