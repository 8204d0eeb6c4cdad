"""*File → Connect to a practice server…*: the window's data becomes the person's rows on
their coaching practice's PostgreSQL server.

The address (server, database, login) is remembered in the settings; the password
never is. It is asked each time, or, when the user ticks *Remember the password*, kept
in the system's keyring (Secret Service, macOS Keychain, Windows Credential Locker) and
read from there next time. Without a usable keyring the box is not offered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL

from netplanner.gui.context import AppContext
from netplanner.paths import ServerLocation

#: The keyring's name for NetPlanner's passwords.
KEYRING_SERVICE = "NetPlanner practice server"
ADDRESS_KEY = "practice/address"


@dataclass(frozen=True)
class Address:
    """Where to connect: a host name (or a socket folder), a database, a login."""

    host: str
    database: str
    login: str

    def key(self) -> str:
        """How the address is remembered (and named in the keyring): no password in it."""
        return f"{self.login}@{self.host}/{self.database}"

    @classmethod
    def from_key(cls, key: str) -> Address:
        login, _, rest = key.partition("@")
        host, _, database = rest.rpartition("/")
        return cls(host=host, database=database, login=login)

    def location(self, password: str) -> ServerLocation:
        host, port = self.host, None
        if not host.startswith("/") and ":" in host:
            host, _, number = host.rpartition(":")
            port = int(number) if number.isdigit() else None
        url = URL.create(
            "postgresql+psycopg",
            username=self.login,
            password=password or None,
            host=None if host.startswith("/") else host,
            port=port,
            database=self.database,
            query={"host": host} if host.startswith("/") else {},
        )
        return ServerLocation(url.render_as_string(hide_password=False))


def _keyring():  # -> the keyring module, or None when no real keyring is usable
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    return None if isinstance(keyring.get_keyring(), fail.Keyring) else keyring


class ConnectDialog(QDialog):
    """Asks for the address and the password."""

    def __init__(self, parent: QWidget | None, address: Address | None, can_remember: bool):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a practice server"))
        self.host = QLineEdit(address.host if address else "")
        self.database = QLineEdit(address.database if address else "")
        self.login = QLineEdit(address.login if address else "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("&Remember the password in this computer's keyring"))
        self.remember.setVisible(can_remember)
        intro = QLabel(
            self.tr(
                "Your coach or practice gave you these. Your data on the server is yours: "
                "only you, and a coach you allow, can see it."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Password:"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        connect = buttons.button(QDialogButtonBox.StandardButton.Ok)
        connect.setText(self.tr("Connect"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(buttons)
        (self.password if address else self.host).setFocus()

    def answer(self) -> tuple[Address, str, bool]:
        address = Address(
            self.host.text().strip(), self.database.text().strip(), self.login.text().strip()
        )
        return address, self.password.text(), self.remember.isChecked()


#: What asks the user: (remembered address, password from the keyring, can remember)
#: -> (address, password, remember), or None when cancelled. Tests pass their own.
Ask = Callable[[Address | None, str, bool], tuple[Address, str, bool] | None]


def ask_with_dialog(parent: QWidget | None) -> Ask:
    def ask(address: Address | None, password: str, can_remember: bool):
        dialog = ConnectDialog(parent, address, can_remember)
        dialog.password.setText(password)
        dialog.remember.setChecked(bool(password))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()

    return ask


def connect_to_practice(context: AppContext, ask: Ask) -> bool:
    """Ask, connect, and make the server the window's data; True when connected. A
    failure is said in one line and asked again; the open data stays until then."""
    from netplanner.datafile import open_data_file
    from netplanner.storage.errors import DataFileError

    remembered = context.settings.value(ADDRESS_KEY)
    address = Address.from_key(remembered) if isinstance(remembered, str) and remembered else None
    store = _keyring()
    password = ""
    if address is not None and store is not None:
        password = store.get_password(KEYRING_SERVICE, address.key()) or ""
    while True:
        answer = ask(address, password, store is not None)
        if answer is None:
            return False
        address, password, remember = answer
        try:
            database = open_data_file(address.location(password))
        except DataFileError as error:
            context.prompts.error(
                QCoreApplication.translate("PracticeConnect", "Not connected"), str(error)
            )
            continue
        break
    context.settings.setValue(ADDRESS_KEY, address.key())
    if store is not None:
        if remember and password:
            store.set_password(KEYRING_SERVICE, address.key(), password)
        elif store.get_password(KEYRING_SERVICE, address.key()) is not None:
            store.delete_password(KEYRING_SERVICE, address.key())
    previous = context.database
    context.database = database
    previous.close()
    return True


def connect_from_window(window: QMainWindow, context: AppContext) -> bool:
    """The menu entry: ask with the dialog; say where it connected."""
    from netplanner.messages import fill

    if not connect_to_practice(context, ask_with_dialog(window)):
        return False
    window.statusBar().showMessage(
        fill(
            QCoreApplication.translate("PracticeConnect", "Connected to %1"),
            str(context.database.location),
        ),
        6000,
    )
    return True
