// RoadmapBot dashboard: small progressive enhancements; every action also works without this file.
document.addEventListener("DOMContentLoaded", () => {
  // A status chosen in a card's menu moves it at once.
  document.querySelectorAll("form.move select").forEach(select =>
    select.addEventListener("change", () => select.form.requestSubmit()));
  // On a wide screen a card can be dragged to another column: the same form posts the move.
  if (!window.matchMedia("(min-width: 900px)").matches) return;
  document.querySelectorAll(".kanban .card").forEach(card => {
    card.draggable = true;
    card.addEventListener("dragstart", e => e.dataTransfer.setData("text/plain", card.id));
  });
  document.querySelectorAll(".kanban .column").forEach(column => {
    column.addEventListener("dragover", e => { e.preventDefault(); column.classList.add("drop"); });
    column.addEventListener("dragleave", () => column.classList.remove("drop"));
    column.addEventListener("drop", e => {
      e.preventDefault();
      column.classList.remove("drop");
      const card = document.getElementById(e.dataTransfer.getData("text/plain"));
      const form = card && card.querySelector("form.move");
      if (!form) return;
      form.querySelector("select").value = column.dataset.status;
      form.requestSubmit();
    });
  });
});
