// "Copy link" copies the address bar, which always holds the current filters (hx-push-url keeps it so).
document.addEventListener("click", async (event) => {
  const button = event.target.closest(".copy-link");
  if (!button) return;
  const label = button.textContent;
  try {
    await navigator.clipboard.writeText(window.location.href);
    button.textContent = button.dataset.copied;
  } catch {
    window.prompt("Copy this link:", window.location.href);
  }
  setTimeout(() => { button.textContent = label; }, 2000);
});
// The button needs JavaScript, so it only appears where it works; it is re-shown after htmx swaps the form.
const showCopyButtons = () => document.querySelectorAll(".copy-link[hidden]").forEach((b) => { b.hidden = false; });
document.addEventListener("DOMContentLoaded", showCopyButtons);
document.addEventListener("htmx:afterSettle", showCopyButtons);
// htmx restores back/forward pages from snapshots taken as the reader was already typing the next
// filter, so the form could show another entry's values; the URL holds the filter, so read it back.
document.addEventListener("htmx:historyRestore", () => {
  const params = new URLSearchParams(window.location.search);
  document.querySelectorAll("#filters input").forEach((input) => {
    if (input.type === "checkbox") input.checked = params.getAll(input.name).includes(input.value);
    else if (input.name) input.value = params.get(input.name) || "";
  });
});
// One reader action, one history entry. The filter form sends only what the reader chose, in the form's
// order with each filter's values sorted (as the server writes its links), so one view has one address.
// The first pause in typing a search adds an entry and later pauses refine it; any other change (Enter, a
// box, a bar, a tag, a chip) adds one; a request for the address already shown adds none.
let typing = false;
const here = () => window.location.pathname + window.location.search;
// After Back or Forward the entry shown is not the one being typed into: the next pause adds one.
window.addEventListener("popstate", () => { typing = false; });
document.addEventListener("htmx:configRequest", (event) => {
  const { elt, verb } = event.detail;
  if (verb !== "get") return;
  // The filter form and the key dates' counts form alike.
  if (elt.tagName === "FORM") {
    const chosen = new FormData();
    const names = [...new Set([...event.detail.formData.keys()])];
    for (const name of names) {
      const values = event.detail.formData.getAll(name).filter((value) => value !== "");
      if (name !== "q") values.sort();
      values.forEach((value) => chosen.append(name, value));
    }
    event.detail.parameters = chosen;
  }
  if (!elt.hasAttribute("hx-push-url") && !elt.hasAttribute("data-history")) return;
  elt.setAttribute("data-history", "");
  const query = elt.tagName === "FORM" ? new URLSearchParams(event.detail.parameters).toString() : null;
  const path = query === null ? event.detail.path : `${window.location.pathname}${query ? "?" + query : ""}`;
  const address = new URL(path, window.location.href);
  const refining = event.detail.triggeringEvent?.type === "input";
  const replace = address.pathname + address.search === here() || (refining && typing);
  typing = refining;
  elt.removeAttribute("hx-push-url");
  elt.removeAttribute("hx-replace-url");
  elt.setAttribute(replace ? "hx-replace-url" : "hx-push-url", address.pathname + address.search);
});
