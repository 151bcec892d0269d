/* The rich-text editor's toolbar in the admin's language.
 *
 * django-prose-editor writes its toolbar buttons' tooltips in English and does not pass them
 * through gettext (its dialogs do). Django's JavaScript catalogue, loaded on every admin form
 * page, has them (locale/lv/LC_MESSAGES/djangojs.po): each button is given its translated
 * title and accessible name as soon as the editor adds it. */
(function () {
  "use strict";

  if (typeof window.gettext !== "function") {
    return;
  }

  function translated(title) {
    var heading = /^heading (\d)$/.exec(title);
    if (heading) {
      return window.interpolate(window.gettext("heading %s"), [heading[1]]);
    }
    return window.gettext(title);
  }

  function translate(button) {
    var title = button.getAttribute("title");
    if (!title) {
      return;
    }
    var text = translated(title);
    if (text === title) {
      return;
    }
    button.setAttribute("title", text);
    if (button.getAttribute("aria-label") === title) {
      button.setAttribute("aria-label", text);
    }
  }

  function translateWithin(node) {
    if (node.nodeType !== Node.ELEMENT_NODE) {
      return;
    }
    if (node.matches(".prose-menubar [title]")) {
      translate(node);
    }
    node.querySelectorAll(".prose-menubar [title]").forEach(translate);
  }

  // Only added nodes are watched, so setting a title does not call this again.
  new MutationObserver(function (mutations) {
    mutations.forEach(function (mutation) {
      mutation.addedNodes.forEach(translateWithin);
    });
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
