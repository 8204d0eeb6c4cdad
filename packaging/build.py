"""Build NetPlanner as a double-click app: ``python3 run.py package [options]``.

Steps, each needed because PyInstaller only copies what is already there:

1. compile the translations (``resources/translations/*.ts`` to ``.qm``) with
   ``packaging/translations.py``, when that module exists;
2. render the icon (``resources/icons/netplanner.svg``) to PNGs, ``.ico`` and
   ``.icns``, and write the Windows version resource, into ``<work>/assets``;
3. run PyInstaller on ``packaging/netplanner.spec`` (windowed, one folder);
4. on Linux, put the menu entry, AppStream metainfo, icons and ``install.sh``
   into the folder, so ``NetPlanner/install.sh`` adds NetPlanner to the menu.

The app lands in ``packaging/dist/NetPlanner`` (``NetPlanner.app`` on macOS);
``--dist`` and ``--work`` put it and PyInstaller's work files elsewhere. Builds
only for the system it runs on: build on Windows for Windows, on a Mac for macOS.
"""

from __future__ import annotations

import argparse
import importlib.util
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

from appinfo import APP_ID, PACKAGING_DIR, ROOT, AppInfo, read_app_info
from icons import SVG, make_icons
from version_info import write_version_info

SPEC = PACKAGING_DIR / "netplanner.spec"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def compile_translations() -> list[Path]:
    """Run ``packaging/translations.py``'s ``compile_translations()`` if the module exists."""
    module_path = PACKAGING_DIR / "translations.py"
    if not module_path.exists():
        print("translations: packaging/translations.py is not there; building without .qm files")
        return []
    spec = importlib.util.spec_from_file_location("netplanner_packaging_translations", module_path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    compiled: list[Path] = module.compile_translations()
    present = sorted(module.TRANSLATIONS.glob("*.qm"))
    print(
        f"translations: {', '.join(p.name for p in present) or 'none'} "
        f"({len(compiled)} compiled now, the others were up to date)"
    )
    return present


def run_pyinstaller(dist: Path, work: Path, assets: Path, *, clean: bool) -> None:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(SPEC),
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
    ]
    if clean:
        command.append("--clean")
    command += ["--", "--assets", str(assets)]
    subprocess.run(command, check=True, cwd=ROOT)


def add_linux_desktop_files(app_dir: Path, assets: Path) -> None:
    """The freedesktop files, laid out as under /usr/share, plus install.sh to use them."""
    share = app_dir / "share"
    applications = share / "applications"
    metainfo = share / "metainfo"
    for folder in (applications, metainfo):
        folder.mkdir(parents=True, exist_ok=True)
    linux = PACKAGING_DIR / "linux"
    shutil.copy2(linux / f"{APP_ID}.desktop", applications)
    shutil.copy2(linux / f"{APP_ID}.metainfo.xml", metainfo)
    hicolor = share / "icons" / "hicolor"
    for size in HICOLOR_SIZES:
        target = hicolor / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(assets / "png" / f"{size}.png", target / f"{APP_ID}.png")
    scalable = hicolor / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(SVG, scalable / f"{APP_ID}.svg")
    installer = app_dir / "install.sh"
    shutil.copy2(linux / "install.sh", installer)
    installer.chmod(0o755)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def make_archive(app: Path, info: AppInfo) -> Path:
    """One file to hand out: NetPlanner-<version>-<system>-<machine>.tar.gz / .zip.

    Linux: a .tar.gz (keeps the executable bit). Windows: a .zip, what Explorer
    opens. macOS: a .zip made by ``ditto``, which keeps the symbolic links and
    extended attributes inside NetPlanner.app that a plain zip would break.
    """
    machine = {"amd64": "x86_64", "aarch64": "arm64"}.get(
        platform.machine().lower(), platform.machine().lower() or "unknown"
    )
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    stem = app.parent / f"{info.display_name}-{info.version}-{system}-{machine}"
    if system == "linux":
        archive = stem.with_name(stem.name + ".tar.gz")
        with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
            tar.add(app, arcname=app.name)
        return archive
    archive = stem.with_name(stem.name + ".zip")
    if system == "macos":
        subprocess.run(["ditto", "-c", "-k", "--keepParent", str(app), str(archive)], check=True)
        return archive
    return Path(shutil.make_archive(str(stem), "zip", app.parent, app.name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument(
        "--dist",
        type=Path,
        default=PACKAGING_DIR / "dist",
        help="where the app goes (default: packaging/dist)",
    )
    parser.add_argument(
        "--work",
        type=Path,
        default=PACKAGING_DIR / "build",
        help="PyInstaller's work folder (default: packaging/build)",
    )
    parser.add_argument(
        "--clean", action="store_true", help="forget PyInstaller's cache and build from scratch"
    )
    parser.add_argument(
        "--archive", action="store_true", help="also pack the app into a .tar.gz to hand out"
    )
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    info = read_app_info()
    started = time.monotonic()

    compile_translations()
    assets = work / "assets"
    make_icons(assets)
    write_version_info(info, assets / "file_version_info.txt")
    run_pyinstaller(dist, work, assets, clean=args.clean)

    if sys.platform == "darwin":
        app = dist / f"{info.display_name}.app"
        executable = app / "Contents" / "MacOS" / info.display_name
    else:
        app = dist / info.display_name
        executable = app / (info.display_name + (".exe" if sys.platform == "win32" else ""))
    if sys.platform.startswith("linux"):
        add_linux_desktop_files(app, assets)
    seconds = time.monotonic() - started
    size = folder_size(app)
    print(
        f"Built {info.display_name} {info.version} in {seconds:.0f} s: {app} ({size / 1e6:.0f} MB)"
    )
    print(f"Start it with: {executable}")
    if args.archive:
        archive = make_archive(app, info)
        print(f"Archive: {archive} ({archive.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
