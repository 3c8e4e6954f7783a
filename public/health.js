const list = document.getElementById("health");
fetch("/v1/health")
  .then((r) => r.json())
  .then((report) => {
    list.replaceChildren(
      ...report.components.map((c) => {
        const item = document.createElement("li");
        item.className = c.status;
        item.textContent = `${c.name}: ${c.status} (${c.latencyMs} ms)${c.detail ? ` — ${c.detail}` : ""}`;
        return item;
      }),
    );
  })
  .catch((error) => {
    list.innerHTML = "";
    const item = document.createElement("li");
    item.className = "fail";
    item.textContent = `health check failed: ${error}`;
    list.append(item);
  });
