// The menu button of a narrow window: opens and closes the navigation and the user bar, and says so
// to assistive technology (aria-expanded). Escape closes the menu and returns focus to the button.
(function () {
  function setOpen(button, open) {
    document.body.classList.toggle('crm-menu-open', open);
    button.setAttribute('aria-expanded', String(open));
  }
  document.addEventListener('click', function (e) {
    var button = e.target.closest('.crm-menu-button');
    if (button) {
      setOpen(button, !document.body.classList.contains('crm-menu-open'));
    }
  });
  document.addEventListener('keydown', function (e) {
    var button = document.querySelector('.crm-menu-button');
    if (e.key === 'Escape' && button && document.body.classList.contains('crm-menu-open')) {
      setOpen(button, false);
      button.focus();
    }
  });
})();
