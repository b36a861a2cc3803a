// Where JavaScript runs, each event's time also in the reader's own time zone, when it
// differs from the event's: "(18:00 your time)", in the page's language.
document.querySelectorAll("[data-local-start]").forEach(function (slot) {
  var start = new Date(slot.dataset.localStart);
  if (isNaN(start)) { return; }
  var language = document.documentElement.lang || undefined;
  var reader = new Intl.DateTimeFormat(language, { hour: "numeric", minute: "2-digit" });
  var there = new Intl.DateTimeFormat(language, {
    hour: "numeric", minute: "2-digit", timeZone: slot.dataset.zone
  });
  var readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (readerZone === slot.dataset.zone || reader.format(start) === there.format(start)) { return; }
  slot.textContent = " " + slot.dataset.template.replace("{time}", reader.format(start));
});
