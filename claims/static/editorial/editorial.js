// The annotated article: open a claim's panel, post its forms, follow a running verification.
// Plain JavaScript; without it the same links and forms work as ordinary page loads.
(function () {
  "use strict";
  var host = document.getElementById("panel");
  if (!host) return;
  var panelUrl = function (id) { return host.dataset.panelUrl.replace(/0\/$/, id + "/"); };
  var poller = null;

  function currentClaim() {
    var panel = host.querySelector(".panel");
    return panel ? panel.dataset.claimId : null;
  }

  function markActive(id) {
    document.querySelectorAll("mark.hl.active").forEach(function (m) { m.classList.remove("active"); });
    document.querySelectorAll('mark.hl[data-claim="' + id + '"]').forEach(function (m) { m.classList.add("active"); });
  }

  // After a status change the highlights and the list take the new colour without a reload.
  function recolour(panel) {
    var id = panel.dataset.claimId, status = panel.dataset.claimStatus;
    document.querySelectorAll('mark.hl[data-claim="' + id + '"]').forEach(function (m) {
      Array.from(m.classList).forEach(function (c) {
        if (c.indexOf("hl-") === 0 && c !== "hl-overlap" && c !== "hl-repeat") m.classList.remove(c);
      });
      m.classList.add("hl-" + status);
      if (status === "unverified" && panel.dataset.claimSuggestion) m.classList.add("hl-suggest-" + panel.dataset.claimSuggestion);
    });
    var badge = document.querySelector('[data-claim-badge="' + id + '"]');
    var fresh = panel.querySelector("[data-status]");
    if (badge && fresh) { badge.className = "badge badge-" + status; badge.textContent = fresh.textContent; }
  }

  function show(html) {
    host.innerHTML = html;
    host.classList.add("open");
    var panel = host.querySelector(".panel");
    if (!panel) return;
    markActive(panel.dataset.claimId);
    recolour(panel);
    follow();
  }

  function load(id, remember) {
    return fetch(panelUrl(id), { headers: { "X-Panel": "1" }, credentials: "same-origin" })
      .then(function (r) { return r.text(); })
      .then(function (html) {
        show(html);
        if (remember) history.replaceState(null, "", "?claim=" + id + "#claim-" + id);
      });
  }

  // Poll the job once a second while it is pending or running, then refresh the panel.
  function follow() {
    if (poller) { clearInterval(poller); poller = null; }
    var job = host.querySelector("[data-job-id]");
    if (!job || ["pending", "running"].indexOf(job.dataset.jobStatus) < 0) return;
    var claimId = currentClaim();
    poller = setInterval(function () {
      fetch(job.dataset.jobUrl, { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) {
          if (!data) return;
          var bar = job.querySelector("[data-job-progress]");
          var state = job.querySelector("[data-job-state]");
          if (bar) bar.value = data.progress;
          // The labels come translated from the page (data-label-*); the worker's own progress
          // line is English machine text, so only the bar moves while the job runs.
          var label = job.dataset["label" + data.status.charAt(0).toUpperCase() + data.status.slice(1)];
          if (state) { state.textContent = label || data.status; state.className = "job-status job-" + data.status; }
          if (data.status === "succeeded" || data.status === "failed") {
            clearInterval(poller); poller = null;
            if (currentClaim() === claimId) load(claimId, false);
          }
        });
    }, 1000);
  }

  document.addEventListener("click", function (event) {
    var target = event.target.closest("mark.hl[data-claim], [data-open-claim]");
    if (target) {
      event.preventDefault();
      load(target.dataset.claim || target.dataset.openClaim, true);
      return;
    }
    if (event.target.closest("[data-close-panel]")) {
      if (poller) { clearInterval(poller); poller = null; }
      host.classList.remove("open");
      markActive(null);
    }
  });

  document.addEventListener("keydown", function (event) {
    var mark = event.target.closest && event.target.closest("mark.hl[data-claim]");
    if (mark && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      load(mark.dataset.claim, true);
    }
  });

  document.addEventListener("submit", function (event) {
    var form = event.target.closest("form[data-panel-form]");
    if (!form || !host.contains(form)) return;
    event.preventDefault();
    form.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
    fetch(form.action, {
      method: "POST", body: new FormData(form), headers: { "X-Panel": "1" }, credentials: "same-origin",
    }).then(function (r) { return r.text(); }).then(show);
  });

  var initial = host.querySelector(".panel");
  if (initial) { markActive(initial.dataset.claimId); follow(); }
})();
