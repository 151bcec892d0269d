/* The rich-text editor's toolbar in the admin's language.
 *
 * django-prose-editor writes its toolbar buttons' tooltips and its block-style menu in English
 * and does not pass them through gettext (its dialogs do). Django's JavaScript catalogue, loaded
 * on every admin form page, has them (locale/lv/LC_MESSAGES/djangojs.po): each button is given
 * its translated title and accessible name, each menu entry its text, as soon as the editor
 * adds them. */
(function () {
  "use strict";

  if (typeof window.gettext !== "function") {
    return;
  }

  function translated(text) {
    var heading = /^(heading|Heading) (\d)$/.exec(text);
    if (heading) {
      return window.interpolate(window.gettext(heading[1] + " %s"), [heading[2]]);
    }
    return window.gettext(text);
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

  // The block-style menu's entries ("Paragraph", "Heading 2"): text elements, not buttons
  // (a toolbar button's text is its icon's name).
  function translateEntry(element) {
    if (element.children.length || element.closest(".prose-menubar__button")) {
      return;
    }
    var text = element.textContent.trim();
    var result = text && translated(text);
    if (result && result !== text) {
      element.textContent = result;
    }
  }

  function translateWithin(node) {
    if (node.nodeType !== Node.ELEMENT_NODE) {
      return;
    }
    var selector = ".prose-menubar [title]";
    var entries = ".prose-menubar :is(p, h1, h2, h3, h4, h5, h6)";
    if (node.matches(selector)) {
      translate(node);
    }
    if (node.matches(entries)) {
      translateEntry(node);
    }
    node.querySelectorAll(selector).forEach(translate);
    node.querySelectorAll(entries).forEach(translateEntry);
  }

  // Only added nodes are watched, so setting a title does not call this again.
  new MutationObserver(function (mutations) {
    mutations.forEach(function (mutation) {
      mutation.addedNodes.forEach(translateWithin);
    });
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
