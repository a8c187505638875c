// Public posting of proposals to the province: names, titles, achievements; objections with a name and a contact.
(function () {
  "use strict";
  var status = document.getElementById("status");
  var list = document.getElementById("postings");
  var section = document.getElementById("objection");
  var form = document.getElementById("objection-form");
  var about = document.getElementById("objection-about");
  var result = document.getElementById("objection-result");
  var target = null;

  function el(tag, text) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function day(iso) {
    if (!iso) { return ""; }
    var p = iso.split("-");
    return p[2] + "/" + p[1] + "/" + p[0];
  }

  function open(posting, item) {
    target = { id: posting.id, itemId: item ? item.itemId : null };
    about.textContent = "Về: " + (item ? item.name + " (" + item.title + ")" : "cả danh sách") + " — " + posting.unitName;
    result.textContent = "";
    result.className = "";
    section.hidden = false;
    document.getElementById("objection-name").focus();
  }

  function render(postings) {
    list.textContent = "";
    if (!postings.length) {
      status.textContent = "Hiện không có danh sách nào đang niêm yết.";
      document.body.dataset.state = "empty";
      return;
    }
    status.textContent = postings.length + " danh sách đang niêm yết.";
    postings.forEach(function (posting) {
      var h = el("h2", posting.unitName + " — đề nghị khen thưởng năm " + posting.year);
      h.id = "posting-" + posting.id;
      list.appendChild(h);
      list.appendChild(el("p", "Niêm yết đến hết ngày " + day(posting.postingUntil) + "."));
      var table = el("table");
      var head = el("tr");
      ["STT", "Cá nhân, tập thể", "Danh hiệu, hình thức đề nghị", "Thành tích", ""].forEach(function (t) { head.appendChild(el("th", t)); });
      table.appendChild(head);
      posting.items.forEach(function (item) {
        var row = el("tr");
        row.appendChild(el("td", item.position));
        row.appendChild(el("td", item.name + " (" + item.holderType + ")"));
        row.appendChild(el("td", item.title));
        row.appendChild(el("td", item.achievement));
        var cell = el("td");
        var button = el("button", "Phản ánh");
        button.type = "button";
        button.addEventListener("click", function () { open(posting, item); });
        cell.appendChild(button);
        row.appendChild(cell);
        table.appendChild(row);
      });
      list.appendChild(table);
      var all = el("button", "Phản ánh về cả danh sách");
      all.type = "button";
      all.addEventListener("click", function () { open(posting, null); });
      list.appendChild(all);
    });
    document.body.dataset.state = "ready";
  }

  fetch("/api/commendation/public/postings", { headers: { Accept: "application/json" } })
    .then(function (r) { if (!r.ok) { throw new Error("HTTP " + r.status); } return r.json(); })
    .then(render)
    .catch(function () { status.textContent = "Không tải được danh sách niêm yết. Vui lòng thử lại sau."; document.body.dataset.state = "error"; });

  // The Chairman's decisions of this year: who was awarded what, and the decision as signed.
  var decisionsStatus = document.getElementById("decisions-status");
  var decisionsList = document.getElementById("decisions-list");
  fetch("/api/commendation/public/decisions", { headers: { Accept: "application/json" } })
    .then(function (r) { if (!r.ok) { throw new Error("HTTP " + r.status); } return r.json(); })
    .then(function (decisions) {
      decisionsList.textContent = "";
      decisionsStatus.textContent = decisions.length
        ? decisions.length + " quyết định trong năm nay."
        : "Năm nay chưa có quyết định khen thưởng nào được ban hành.";
      decisions.forEach(function (d) {
        var h = el("h3", "Quyết định số " + d.decisionNumber + " ngày " + day(d.decisionDate) + " — " + d.unitName);
        decisionsList.appendChild(h);
        decisionsList.appendChild(el("p", "Năm thi đua " + d.year + ", " + d.kindLabel + "."));
        var ul = el("ul");
        d.awarded.forEach(function (a) { ul.appendChild(el("li", a.name + " (" + a.holderType + "): " + a.title)); });
        decisionsList.appendChild(ul);
        var link = el("a", "Xem quyết định (PDF)");
        link.href = d.pdf;
        decisionsList.appendChild(link);
      });
      document.body.dataset.decisions = "ready";
    })
    .catch(function () { decisionsStatus.textContent = "Không tải được danh sách quyết định. Vui lòng thử lại sau."; });

  document.getElementById("objection-cancel").addEventListener("click", function () { section.hidden = true; });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (!target) { return; }
    var body = {
      name: document.getElementById("objection-name").value,
      contact: document.getElementById("objection-contact").value,
      content: document.getElementById("objection-content").value,
      itemId: target.itemId
    };
    fetch("/api/commendation/public/postings/" + target.id + "/objections", {
      method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json" }, body: JSON.stringify(body)
    }).then(function (r) {
      return r.json().then(function (data) { return { ok: r.ok, data: data }; });
    }).then(function (answer) {
      if (answer.ok) {
        result.textContent = answer.data.message;
        result.className = "ok";
        form.reset();
      } else {
        var fields = (answer.data.fields || []).map(function (f) { return f.message; }).join(" ");
        result.textContent = fields || answer.data.message || "Không gửi được ý kiến.";
        result.className = "error";
      }
    }).catch(function () { result.textContent = "Không gửi được ý kiến. Vui lòng thử lại."; result.className = "error"; });
  });
})();
