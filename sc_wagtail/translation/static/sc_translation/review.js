// Ctrl+Enter (or Cmd+Enter) in a translation saves and approves it.
document.querySelectorAll("textarea[data-sc-segment]").forEach(function (area) {
  area.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      var button = area.form.querySelector('button[value="save_approve"]');
      if (button && !button.disabled) { button.click(); }
    }
  });
});
