// One submission per click: the server also ignores a second copy of the same form.
document.querySelectorAll("form.fund-form").forEach(function (form) {
  form.addEventListener("submit", function () {
    var button = form.querySelector("button[data-once]");
    setTimeout(function () { button.disabled = true; }, 0);
  });
});
