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
