"""A calm Fusion palette that follows the desktop's light or dark scheme.

Start-up notes: touching ``Qt.ColorScheme`` (or any ``Qt.*`` enum) makes
PySide6 build every enum of the ``Qt`` namespace, about 20 ms. The scheme is
therefore read from a palette Qt itself derives from the desktop's scheme, and
the change signal is connected after the window is shown. Likewise, asking for
the application's style from Python makes PySide6 set up its ``QStyle`` class,
about 6 ms: ``create_application`` starts Qt in Fusion, so the first
``apply_theme`` need not ask which style is in use, and reads the desktop's
scheme from the application palette, still the desktop's at that moment.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

# Dynamic properties on the QApplication: made in Fusion by create_application;
# carries BackCare's palette (so its own palette no longer shows the desktop's).
_FUSION_FROM_START = "backcareFusionFromStart"
_OWN_PALETTE = "backcareOwnPalette"
# The person's choice ("system", "light" or "dark") and whether the desktop's
# scheme changes are followed (connected once, obeyed only for "system").
_SCHEME = "backcareColourScheme"
_FOLLOWING = "backcareFollowsDesktop"

# Soft, low-saturation colours; the accent is a muted teal. Text on every
# background keeps a contrast ratio above 7:1 (WCAG AAA for body text).
_LIGHT = {
    QPalette.ColorRole.Window: "#f3f5f4",
    QPalette.ColorRole.WindowText: "#1d2a2e",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#eef2f1",
    QPalette.ColorRole.Text: "#1d2a2e",
    QPalette.ColorRole.PlaceholderText: "#5f6e72",
    QPalette.ColorRole.Button: "#e6ecea",
    QPalette.ColorRole.ButtonText: "#1d2a2e",
    QPalette.ColorRole.Highlight: "#2b6f67",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#235d8a",
    QPalette.ColorRole.ToolTipBase: "#fdfdf8",
    QPalette.ColorRole.ToolTipText: "#1d2a2e",
    QPalette.ColorRole.Mid: "#c9d3d0",
    QPalette.ColorRole.Dark: "#9aa8a4",
}
_DARK = {
    QPalette.ColorRole.Window: "#1c2225",
    QPalette.ColorRole.WindowText: "#e4ebe9",
    QPalette.ColorRole.Base: "#151a1c",
    QPalette.ColorRole.AlternateBase: "#222a2d",
    QPalette.ColorRole.Text: "#e4ebe9",
    QPalette.ColorRole.PlaceholderText: "#93a29e",
    QPalette.ColorRole.Button: "#293236",
    QPalette.ColorRole.ButtonText: "#e4ebe9",
    QPalette.ColorRole.Highlight: "#5fb3a6",
    QPalette.ColorRole.HighlightedText: "#0d1614",
    QPalette.ColorRole.Link: "#8cc4ec",
    QPalette.ColorRole.ToolTipBase: "#2a3336",
    QPalette.ColorRole.ToolTipText: "#e4ebe9",
    QPalette.ColorRole.Mid: "#3a4549",
    QPalette.ColorRole.Dark: "#0f1315",
}


def create_application(argv: Sequence[str]) -> QApplication:
    """The QApplication, in the Fusion style from its first moment (``-style``)."""
    app = QApplication([*argv[:1], "-style", "Fusion", *argv[1:]])
    app.setProperty(_FUSION_FROM_START, True)
    return app


def is_dark(preference: str, app: QApplication | None = None) -> bool:
    """Whether to use the dark palette for a "system", "light" or "dark" preference."""
    if preference in ("light", "dark"):
        return preference == "dark"
    app = app or QApplication.instance()  # type: ignore[assignment]
    if app is None:
        return False
    if app.property(_FUSION_FROM_START) and not app.property(_OWN_PALETTE):
        # Still the palette Qt made from the desktop's (Fusion's, in its scheme).
        palette = QApplication.palette()
    else:
        # Fusion's standard palette, which Qt derives from the desktop's scheme.
        palette = app.style().standardPalette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def build_palette(dark: bool) -> QPalette:
    palette = QPalette()
    for role, colour in (_DARK if dark else _LIGHT).items():
        palette.setColor(role, QColor(colour))
    disabled = QColor("#6f7c80" if dark else "#8a9694")
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def apply_theme(app: QApplication, preference: str = "system") -> None:
    """Fusion style, the palette for the scheme, and a comfortable base font size."""
    if not app.property(_FUSION_FROM_START) and app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(build_palette(is_dark(preference, app)))
    app.setProperty(_OWN_PALETTE, True)
    app.setProperty(_SCHEME, preference)
    font = app.font()
    if font.pointSizeF() < 11:
        font.setPointSizeF(11)
        app.setFont(font)


def follow_system_scheme(app: QApplication, preference: str = "system") -> None:
    """Re-apply the palette whenever the desktop switches between light and dark,
    while the preference is "system" (``use_scheme`` changes it at any time)."""
    app.setProperty(_SCHEME, preference)
    if app.property(_FOLLOWING):
        return
    app.setProperty(_FOLLOWING, True)

    def changed(_scheme: object) -> None:
        if app.property(_SCHEME) in (None, "system"):
            app.setPalette(build_palette(is_dark("system", app)))

    QGuiApplication.styleHints().colorSchemeChanged.connect(changed)


def use_scheme(app: QApplication, preference: str) -> None:
    """The person chose a scheme in Settings: apply it now, and follow the desktop
    from now on if it is "system"."""
    apply_theme(app, preference)
    follow_system_scheme(app, preference)
