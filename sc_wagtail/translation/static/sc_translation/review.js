// The review screen's keyboard: Ctrl+Enter saves and approves (the server then opens the
// next segment that needs review), Alt+Down/Up move between segments, Alt+N jumps to the
// next segment that needs review, Alt+F applies the segment's typography fixes. Text areas
// grow with their text.
(function () {
  var boxes = Array.prototype.slice.call(document.querySelectorAll("[data-sc-segment-box]"));

  function grow(area) {
    area.style.height = "auto";
    area.style.height = area.scrollHeight + 2 + "px";
  }

  function focusBox(box) {
    if (!box) { return; }
    var area = box.querySelector("textarea[data-sc-segment]");
    box.scrollIntoView({ block: "center" });
    if (area) {
      area.focus();
      area.setSelectionRange(area.value.length, area.value.length);
    } else {
      box.setAttribute("tabindex", "-1");
      box.focus();
    }
  }

  function current() {
    var active = document.activeElement;
    return active ? active.closest("[data-sc-segment-box]") : null;
  }

  function nextOpen(from) {
    var start = from ? boxes.indexOf(from) + 1 : 0;
    var ordered = boxes.slice(start).concat(boxes.slice(0, start));
    return ordered.find(function (box) { return box.classList.contains("sc-segment--open"); });
  }

  document.querySelectorAll("textarea[data-sc-segment]").forEach(function (area) {
    grow(area);
    area.addEventListener("input", function () { grow(area); });
  });

  document.addEventListener("keydown", function (event) {
    var box = current();
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && box) {
      var approve = box.querySelector("[data-sc-approve]");
      if (approve) { event.preventDefault(); approve.click(); }
    } else if (event.altKey && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
      event.preventDefault();
      var index = box ? boxes.indexOf(box) : -1;
      focusBox(boxes[event.key === "ArrowDown" ? index + 1 : Math.max(index - 1, 0)]);
    } else if (event.altKey && (event.code === "KeyN" || event.key === "n")) {
      event.preventDefault();
      focusBox(nextOpen(box));
    } else if (event.altKey && (event.code === "KeyF" || event.key === "f") && box) {
      var fix = box.querySelector("[data-sc-fix]");
      if (fix) { event.preventDefault(); fix.click(); }
    }
  });

  // Back from an action: the segment acted on, or the next one needing review; on a first
  // visit, the first segment that needs review, so the reviewer can start typing.
  var screen = document.querySelector("[data-sc-review]");
  var target = window.location.hash && document.getElementById(window.location.hash.slice(1));
  if (!target && screen && screen.dataset.scNextOpen) {
    target = document.getElementById(screen.dataset.scNextOpen);
  }
  function land() {
    if (target && target.hasAttribute("data-sc-segment-box")) {
      focusBox(target);
    } else if (target && target.id === "publish") {
      var publish = target.querySelector('button[value="publish"]');
      if (publish) { publish.focus(); }
    }
  }
  // After the admin's own scripts have settled (they move the focus when showing messages).
  if (document.readyState === "complete") { setTimeout(land, 0); }
  else { window.addEventListener("load", function () { setTimeout(land, 0); }); }
})();
