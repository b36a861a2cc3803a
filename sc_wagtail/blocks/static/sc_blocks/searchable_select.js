// Long lists in the editor (every country) get a search box: typing filters the options by
// name, ignoring case and accents ("cote" finds "Côte d’Ivoire"). Works for lists added later
// (new StreamField blocks), and leaves the select itself as it is.
(function () {
  function plain(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function enhance(select) {
    if (select.dataset.scSearchReady) { return; }
    select.dataset.scSearchReady = "1";
    var box = document.createElement("input");
    box.type = "search";
    box.className = "sc-select-search";
    box.placeholder = select.dataset.scSearchable || "";
    box.setAttribute("aria-label", select.dataset.scSearchable || "");
    box.addEventListener("input", function () {
      var words = plain(box.value.trim());
      var first = null;
      Array.prototype.forEach.call(select.options, function (option) {
        var shown = !words || !option.value || plain(option.text).indexOf(words) !== -1;
        option.hidden = !shown;
        if (shown && option.value && !first) { first = option; }
      });
      if (first && !select.multiple) { select.value = first.value; select.dispatchEvent(new Event("change", { bubbles: true })); }
    });
    select.parentNode.insertBefore(box, select);
  }
  function scan(root) {
    (root.querySelectorAll ? root : document).querySelectorAll("select[data-sc-searchable]").forEach(enhance);
  }
  document.addEventListener("DOMContentLoaded", function () {
    scan(document);
    new MutationObserver(function (changes) {
      changes.forEach(function (change) {
        change.addedNodes.forEach(function (node) { if (node.nodeType === 1) { scan(node); } });
      });
    }).observe(document.body, { childList: true, subtree: true });
  });
})();
