// nlp_kit report: toggles actor highlights from the legend. Runs offline; touches only this page.
(function () {
  document.documentElement.setAttribute("data-report-ready", "1");
  document.querySelectorAll(".legend button[data-actor]").forEach(function (button) {
    button.addEventListener("click", function () {
      var id = button.getAttribute("data-actor");
      var off = button.classList.toggle("off");
      document.querySelectorAll("mark.actor").forEach(function (mark) {
        if (mark.getAttribute("data-actor") === id) { mark.classList.toggle("off", off); }
      });
    });
  });
})();
