// The fund form: one submission per click (the server also ignores a second copy of the
// same form), the error summary read first after a failed submission, and a live word count
// under each answer with a word limit, in the page's language.
document.querySelectorAll("form.fund-form").forEach(function (form) {
  form.addEventListener("submit", function (event) {
    var button = event.submitter || form.querySelector("button[data-once]");
    if (button && button.hasAttribute("data-once")) {
      setTimeout(function () { button.disabled = true; }, 0);
    }
  });
  var summary = form.querySelector("#error-summary");
  if (summary) { summary.focus(); }
  form.querySelectorAll("textarea[data-word-limit]").forEach(function (area) {
    var limit = parseInt(area.dataset.wordLimit, 10);
    var template = area.dataset.wordCount || "%(count)s / %(limit)s";
    var counter = document.createElement("p");
    counter.className = "word-count";
    counter.setAttribute("aria-live", "polite");
    area.insertAdjacentElement("afterend", counter);
    function update() {
      var words = area.value.trim() ? area.value.trim().split(/\s+/).length : 0;
      counter.textContent = template.replace("%(count)s", words).replace("%(limit)s", limit);
      counter.classList.toggle("word-count--over", words > limit);
    }
    area.addEventListener("input", update);
    update();
  });
});
